using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Decisions;

public sealed class EditModel(AppDbContext db) : DecisionFormPage(db)
{
    public int DecisionId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var decision = await Db.Set<Decision>().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (decision is null)
        {
            return NotFound();
        }

        if (await RefuseAsync(decision, ct) is { } refused)
        {
            return refused;
        }

        DecisionId = id;
        Input = DecisionInput.From(decision);
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var decision = await Db.Set<Decision>().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (decision is null)
        {
            return NotFound();
        }

        if (await RefuseAsync(decision, ct) is { } refused)
        {
            return refused;
        }

        DecisionId = id;
        await DecisionForm.ValidateAsync(Db, User, Input, id, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, ct);
        }

        if (decision.Version != Input.Version)
        {
            return await StaleAsync(decision, ct);
        }

        Db.Entry(decision).Property(d => d.Version).OriginalValue = Input.Version;
        Input.ApplyTo(decision);
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            var current = await Db.Set<Decision>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
            return current is null ? NotFound() : await StaleAsync(current, ct);
        }

        TempData["Success"] = "Changes to the decision have been saved";
        return Redirect($"/governance/decisions/{id}");
    }

    private async Task<IActionResult> StaleAsync(Decision saved, CancellationToken ct)
    {
        await ShowAsync(saved.Id, ct);
        McnHub.Features.Members.People.StaleEdit.Report(ModelState, "decision", Input.Compare(saved, Choices));
        McnHub.Features.Members.People.StaleEdit.TakeVersion(ModelState, "Input.Version");
        Input.Version = saved.Version;
        return Page();
    }
}
