using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;

namespace McnHub.Features.Directory.Taxonomy;

public sealed class CreateModel(AppDbContext db) : TaxonomyFormPage(db)
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await Input.ValidateAsync(Db, ModelState, null, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var term = new TaxonomyTerm();
        Input.ApplyTo(term, codeFixed: false);
        Db.Add(term);
        await Db.SaveChangesAsync(ct);
        TempData["Success"] = $"The service type {term.Label} has been added";
        return Redirect("/directory/taxonomy");
    }
}
