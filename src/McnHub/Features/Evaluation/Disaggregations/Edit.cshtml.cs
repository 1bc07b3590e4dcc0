using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Disaggregations;

public sealed class EditModel(AppDbContext db) : PageModel, IComboFormPage
{
    [BindProperty]
    public ComboInput Input { get; set; } = new();

    public string Heading { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var combo = await LoadAsync(id, ct);
        if (combo is null)
        {
            return NotFound();
        }

        Input = ComboInput.From(combo);
        Heading = combo.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var combo = await LoadAsync(id, ct);
        if (combo is null)
        {
            return NotFound();
        }

        Heading = combo.Name;
        await Input.ValidateAsync(db, combo, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(combo).Property(c => c.Version).OriginalValue = Input.Version;
        Input.ApplyTo(combo, db);
        // Options are rows of their own: touch the combo so its version guards the whole edit.
        db.Entry(combo).State = EntityState.Modified;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await LoadAsync(id, ct);
            if (saved is null)
            {
                return NotFound();
            }

            var now = ComboInput.From(saved);
            StaleEdit.Report(ModelState, "disaggregation",
                [new("Input.Code", "Code", Input.Code, now.Code), new("Input.Name", "Name", Input.Name, now.Name), new("Input.Options", "Options", Input.Options, now.Options)]);
            StaleEdit.TakeVersion(ModelState, "Input.Version");
            Input.Version = saved.Version;
            return Page();
        }

        TempData["Success"] = $"Changes to “{combo.Name}” have been saved";
        return Redirect("/data/disaggregations");
    }

    private Task<CategoryCombo?> LoadAsync(int id, CancellationToken ct) =>
        db.Set<CategoryCombo>().Include(c => c.Options).SingleOrDefaultAsync(c => c.Id == id, ct);
}
