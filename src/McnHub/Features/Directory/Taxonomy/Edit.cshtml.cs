using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Directory.Taxonomy;

public sealed class EditModel(AppDbContext db) : TaxonomyFormPage(db)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public string CurrentLabel { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var term = await Db.Set<TaxonomyTerm>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == Id, ct);
        if (term is null)
        {
            return NotFound();
        }

        CurrentLabel = term.Label;
        Usage = await TaxonomyRules.UsageAsync(Db, Id, ct);
        Input = TaxonomyForm.From(term);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var term = await Db.Set<TaxonomyTerm>().SingleOrDefaultAsync(t => t.Id == Id, ct);
        if (term is null)
        {
            return NotFound();
        }

        CurrentLabel = term.Label;
        Usage = await TaxonomyRules.UsageAsync(Db, Id, ct);
        if (CodeFixed && !string.Equals(Input.Code?.Trim(), term.Code, StringComparison.Ordinal))
        {
            // The field is not offered, but a crafted post must not change a published code either.
            ModelState.AddModelError("Input.Code", $"The code cannot change: {Usage} services use it");
            Input.Code = term.Code;
        }

        await Input.ValidateAsync(Db, ModelState, Id, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Input.ApplyTo(term, CodeFixed);
        Db.Entry(term).Property(t => t.Version).OriginalValue = Input.Version;
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            var saved = await Db.Set<TaxonomyTerm>().AsNoTracking().SingleAsync(t => t.Id == Id, ct);
            var changes = Differences(Input, TaxonomyForm.From(saved));
            Input.Version = saved.Version;
            ModelState.Remove("Input.Version");
            ModelState.AddModelError(string.Empty, "Someone else changed this service type while you were editing it"
                + (changes.Count == 0 ? "" : ": " + string.Join("; ", changes))
                + ". Your entries are below: save again to keep them.");
            return Page();
        }

        TempData["Success"] = $"Your changes to {term.Label} have been saved";
        return Redirect("/directory/taxonomy");
    }

    private static List<string> Differences(TaxonomyForm mine, TaxonomyForm saved)
    {
        static string B(bool b) => b ? "yes" : "no";
        var pairs = new (string Field, string? Yours, string? Saved)[]
        {
            ("code", mine.Code, saved.Code), ("label", mine.Label, saved.Label), ("description", mine.Description, saved.Description),
            ("URI", mine.Uri, saved.Uri), ("order", mine.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture), saved.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("required in every area", B(mine.RequiredInEveryArea), B(saved.RequiredInEveryArea)), ("required 24/7", B(mine.Required24x7), B(saved.Required24x7)),
        };
        return pairs.Where(p => (p.Yours?.Trim() ?? "") != (p.Saved?.Trim() ?? ""))
            .Select(p => $"{p.Field} is now \"{p.Saved}\" (you entered \"{p.Yours}\")")
            .ToList();
    }
}
