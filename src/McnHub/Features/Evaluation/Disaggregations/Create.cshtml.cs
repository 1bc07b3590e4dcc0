using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Evaluation.Disaggregations;

public sealed class CreateModel(AppDbContext db) : PageModel, IComboFormPage
{
    [BindProperty]
    public ComboInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await Input.ValidateAsync(db, null, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var combo = new CategoryCombo();
        Input.ApplyTo(combo, db);
        db.Add(combo);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"The disaggregation “{combo.Name}” has been added";
        return Redirect("/data/disaggregations");
    }
}
