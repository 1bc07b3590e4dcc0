using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Evaluation.Indicators;

public sealed class CreateModel(AppDbContext db, ExpressionService expressions) : PageModel, IIndicatorFormPage
{
    [BindProperty]
    public IndicatorInput Input { get; set; } = new();

    public IReadOnlyList<string> Codes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Codes = [.. (await IndicatorForm.KnownReferencesAsync(db, ct)).Order()];

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await IndicatorForm.ValidateAsync(db, expressions, Input, null, ModelState, ct);
        if (!ModelState.IsValid)
        {
            Codes = [.. (await IndicatorForm.KnownReferencesAsync(db, ct)).Order()];
            return Page();
        }

        var indicator = new Indicator();
        Input.ApplyTo(indicator);
        db.Add(indicator);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"The indicator “{indicator.Name}” has been added";
        return Redirect("/indicators/manage");
    }
}
