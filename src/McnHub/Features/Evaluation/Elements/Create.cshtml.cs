using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace McnHub.Features.Evaluation.Elements;

public sealed class CreateModel(AppDbContext db) : PageModel, IElementFormPage
{
    [BindProperty]
    public ElementInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Combos { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Combos = await ElementInput.CombosAsync(db, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Combos = await ElementInput.CombosAsync(db, ct);
        await Input.ValidateAsync(db, null, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var element = new DataElement();
        Input.ApplyTo(element);
        db.Add(element);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"The data element “{element.Name}” has been added";
        return Redirect($"/data/elements#element-{element.Code.ToLowerInvariant()}");
    }
}
