using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Indicators;

public sealed class EditModel(AppDbContext db, ExpressionService expressions) : PageModel, IIndicatorFormPage
{
    [BindProperty]
    public IndicatorInput Input { get; set; } = new();

    public IReadOnlyList<string> Codes { get; private set; } = [];

    public string Heading { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.Set<Indicator>().FindAsync([id], ct) is not { } indicator)
        {
            return NotFound();
        }

        Input = IndicatorInput.From(indicator);
        return await ShowAsync(indicator, ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await db.Set<Indicator>().FindAsync([id], ct) is not { } indicator)
        {
            return NotFound();
        }

        await IndicatorForm.ValidateAsync(db, expressions, Input, id, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return await ShowAsync(indicator, ct);
        }

        if (indicator.Version != Input.Version)
        {
            return await StaleAsync(indicator, ct);
        }

        db.Entry(indicator).Property(i => i.Version).OriginalValue = Input.Version;
        Input.ApplyTo(indicator);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Set<Indicator>().FindAsync([id], ct);
            return current is null ? NotFound() : await StaleAsync(current, ct);
        }

        TempData["Success"] = $"Changes to the indicator “{indicator.Name}” have been saved";
        return Redirect("/indicators/manage");
    }

    private async Task<IActionResult> StaleAsync(Indicator saved, CancellationToken ct)
    {
        StaleEdit.Report(ModelState, "indicator", Input.Compare(saved));
        StaleEdit.TakeVersion(ModelState, "Input.Version");
        Input.Version = saved.Version;
        return await ShowAsync(saved, ct);
    }

    private async Task<IActionResult> ShowAsync(Indicator indicator, CancellationToken ct)
    {
        Heading = indicator.Name;
        Codes = [.. (await IndicatorForm.KnownReferencesAsync(db, ct)).Order()];
        return Page();
    }
}
