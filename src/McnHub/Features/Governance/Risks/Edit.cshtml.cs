using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Risks;

public sealed class EditModel(AppDbContext db) : PageModel, IRiskFormPage
{
    [BindProperty]
    public RiskInput Input { get; set; } = new();

    public IReadOnlyList<Choice> People { get; private set; } = [];

    public IReadOnlyList<Choice> Groups { get; private set; } = [];

    public string Heading { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var risk = await db.Set<Risk>().FindAsync([id], ct);
        if (risk is null)
        {
            return NotFound();
        }

        Input = RiskInput.From(risk);
        return await ShowAsync(risk, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var risk = await db.Set<Risk>().FindAsync([id], ct);
        if (risk is null)
        {
            return NotFound();
        }

        await RiskForm.ValidateAsync(db, Input, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return await ShowAsync(risk, ct);
        }

        if (risk.Version != Input.Version)
        {
            return await StaleAsync(risk, ct);
        }

        db.Entry(risk).Property(r => r.Version).OriginalValue = Input.Version;
        Input.ApplyTo(risk);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Set<Risk>().FindAsync([id], ct);
            return current is null ? NotFound() : await StaleAsync(current, ct);
        }

        TempData["Success"] = $"Changes to the risk “{risk.Title}” have been saved";
        return Redirect("/governance/risks");
    }

    private async Task<IActionResult> StaleAsync(Risk saved, CancellationToken ct)
    {
        StaleEdit.Report(ModelState, "risk", Input.Compare(saved));
        StaleEdit.TakeVersion(ModelState, "Input.Version");
        Input.Version = saved.Version;
        return await ShowAsync(saved, ct);
    }

    private async Task<IActionResult> ShowAsync(Risk risk, CancellationToken ct)
    {
        Heading = risk.Title;
        People = await RiskForm.PeopleAsync(db, ct);
        Groups = await RiskForm.GroupsAsync(db, ct);
        return Page();
    }
}
