using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Elements;

public sealed class EditModel(AppDbContext db) : PageModel, IElementFormPage
{
    [BindProperty]
    public ElementInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Combos { get; private set; } = [];

    public string Heading { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var element = await db.Set<DataElement>().FindAsync([id], ct);
        if (element is null)
        {
            return NotFound();
        }

        Input = ElementInput.From(element);
        Heading = element.Name;
        Combos = await ElementInput.CombosAsync(db, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var element = await db.Set<DataElement>().FindAsync([id], ct);
        if (element is null)
        {
            return NotFound();
        }

        Heading = element.Name;
        Combos = await ElementInput.CombosAsync(db, ct);
        await Input.ValidateAsync(db, element, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(element).Property(e => e.Version).OriginalValue = Input.Version;
        Input.ApplyTo(element);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await db.Set<DataElement>().FindAsync([id], ct);
            if (saved is null)
            {
                return NotFound();
            }

            StaleEdit.Report(ModelState, "data element", Input.Compare(saved));
            StaleEdit.TakeVersion(ModelState, "Input.Version");
            Input.Version = saved.Version;
            return Page();
        }

        TempData["Success"] = $"Changes to “{element.Name}” have been saved";
        return Redirect($"/data/elements#element-{element.Code.ToLowerInvariant()}");
    }
}
