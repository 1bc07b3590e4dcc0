using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Directory.Taxonomy;

/// <summary>Deleting a type is only possible while no service uses it; otherwise the page says why.</summary>
public sealed class DeleteModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public TaxonomyTerm Term { get; private set; } = null!;

    public int Usage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var term = await db.Set<TaxonomyTerm>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == Id, ct);
        if (term is null)
        {
            return NotFound();
        }

        Term = term;
        Usage = await TaxonomyRules.UsageAsync(db, Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var term = await db.Set<TaxonomyTerm>().SingleOrDefaultAsync(t => t.Id == Id, ct);
        if (term is null)
        {
            return NotFound();
        }

        Term = term;
        Usage = await TaxonomyRules.UsageAsync(db, Id, ct);
        if (Usage > 0)
        {
            ModelState.AddModelError(string.Empty, $"{term.Label} cannot be deleted: {Usage} services use it. Change those services first.");
            return Page();
        }

        db.Remove(term);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"The service type {term.Label} has been deleted";
        return Redirect("/directory/taxonomy");
    }
}
