using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.WorkPlan;

/// <summary>The shared objective fields' model: the page itself.</summary>
public abstract class ObjectiveFields : PageModel
{
    [BindProperty]
    public ObjectiveInput Input { get; set; } = new();

    public IReadOnlyList<Choice> People { get; protected set; } = [];
}

public sealed class ObjectiveCreateModel(AppDbContext db, TimeProvider clock) : ObjectiveFields
{
    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.Year = int.TryParse(Request.Query["year"], out var year) && year is >= 2000 and <= 2100 ? year : WorkPlanRules.YearOf(UkDates.Today(clock));
        People = await WorkPlanRules.PeopleAsync(db, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await ObjectiveInput.ValidateAsync(db, Input, ModelState, ct);
        if (!ModelState.IsValid)
        {
            People = await WorkPlanRules.PeopleAsync(db, ct);
            return Page();
        }

        var objective = new Objective();
        Input.ApplyTo(objective);
        db.Add(objective);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"The objective “{objective.Title}” has been added";
        return Redirect($"/governance/work-plan?year={objective.Year}");
    }
}

public sealed class ObjectiveEditModel(AppDbContext db) : ObjectiveFields
{
    public string Heading { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var objective = await db.Set<Objective>().FindAsync([id], ct);
        if (objective is null)
        {
            return NotFound();
        }

        Input = ObjectiveInput.From(objective);
        return await ShowAsync(objective, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var objective = await db.Set<Objective>().FindAsync([id], ct);
        if (objective is null)
        {
            return NotFound();
        }

        await ObjectiveInput.ValidateAsync(db, Input, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return await ShowAsync(objective, ct);
        }

        if (objective.Version != Input.Version)
        {
            return await StaleAsync(objective, ct);
        }

        db.Entry(objective).Property(o => o.Version).OriginalValue = Input.Version;
        Input.ApplyTo(objective);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Set<Objective>().FindAsync([id], ct);
            return current is null ? NotFound() : await StaleAsync(current, ct);
        }

        TempData["Success"] = $"Changes to the objective “{objective.Title}” have been saved";
        return Redirect($"/governance/work-plan?year={objective.Year}");
    }

    private async Task<IActionResult> StaleAsync(Objective saved, CancellationToken ct)
    {
        await ShowAsync(saved, ct);
        StaleEdit.Report(ModelState, "objective", Input.Compare(saved, People));
        StaleEdit.TakeVersion(ModelState, "Input.Version");
        Input.Version = saved.Version;
        return Page();
    }

    private async Task<IActionResult> ShowAsync(Objective objective, CancellationToken ct)
    {
        Heading = objective.Title;
        People = await WorkPlanRules.PeopleAsync(db, ct);
        return Page();
    }
}
