using McnHub.Features.Directory.Services;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Directory.Taxonomy;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(TaxonomyTerm Term, int Services);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var usage = await db.Set<ServiceType>().GroupBy(t => t.TaxonomyTermId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var terms = await db.Set<TaxonomyTerm>().AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Label).ToListAsync(ct);
        Rows = terms.Select(t => new Row(t, usage.GetValueOrDefault(t.Id))).ToList();
    }
}
