using McnHub.Features.Directory.ReadModel;
using McnHub.Features.Directory.Services;
using McnHub.Platform.Data;
using McnHub.Platform.Ui;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Directory.Search;

/// <summary>
/// The one directory query: free text matched and ranked by the full-text index of whichever database is configured
/// (FTS5 bm25 on SQLite, ts_rank on PostgreSQL; see <see cref="FullTextIndex"/>), plus the filters, sorting and
/// paging, done in memory over the directory's read model (<see cref="DirectoryReadModel"/>, docs/adr/0009): the
/// database is asked only for the change counter and, once per snapshot and search text, for the index's hits.
/// </summary>
public sealed class DirectorySearch(AppDbContext db, DirectoryReadModel readModel, IOptions<DirectoryOptions> options, TimeProvider clock)
{
    public async Task<Page<DirectorySearchResult>> SearchAsync(DirectorySearchCriteria criteria, CancellationToken ct = default) =>
        await SearchAsync(await readModel.GetAsync(db, ct), criteria, ct);

    /// <summary>Searches a snapshot the caller already holds (the page reads its filter lists from the same one).</summary>
    public async Task<Page<DirectorySearchResult>> SearchAsync(DirectorySnapshot snapshot, DirectorySearchCriteria criteria, CancellationToken ct = default)
    {
        var size = (int)Math.Clamp(criteria.PageSize, 1, DirectorySearchCriteria.MaxPageSize);
        var terms = SearchTerms.Parse(criteria.Text);
        var byRelevance = !terms.IsEmpty && (criteria.Sort ?? DirectorySort.Relevance) == DirectorySort.Relevance;
        var hits = terms.IsEmpty ? null : await snapshot.TextHitsAsync(db, terms, byRelevance, ct);
        var filter = Filter(snapshot, criteria, hits);
        var ordered = byRelevance ? hits!.Ranked : snapshot.Columns.ByNameIgnoringCase;

        var page = (int)Math.Clamp(criteria.Page, 1, int.MaxValue);
        var (total, entries) = filter.Page(snapshot, ordered, (long)(page - 1) * size, size);
        var lastPage = Math.Max(1, (total + size - 1) / size);
        if (page > lastPage)
        {
            page = lastPage;
            (total, entries) = filter.Page(snapshot, ordered, (long)(page - 1) * size, size);
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var items = entries.Select(e => new DirectorySearchResult(
                e.Id, e.Name, e.Organisation.Id, e.Organisation.Name, e.Organisation.Sector, e.MinimumAge, e.MaximumAge,
                e.Is24x7, e.Status, e.LastVerifiedOn, Freshness.IsStale(e.Status, e.LastVerifiedOn, today, options.Value),
                TypeLabels(snapshot, e), AreaNames(snapshot, e), hits?.Score(e.Id) ?? 0))
            .ToList();
        return new Page<DirectorySearchResult>(items, page, size, total);
    }

    private static EntryFilter Filter(DirectorySnapshot snapshot, DirectorySearchCriteria criteria, TextHits? hits)
    {
        var filter = new EntryFilter
        {
            Text = hits,
            AgeFrom = criteria.Age,
            AgeTo = criteria.Age,
            Only24x7 = criteria.Only24x7,
            Sector = criteria.Sector,
        };
        filter.Statuses(criteria.IncludeTemporarilyClosed ? [ServiceStatus.Active, ServiceStatus.TemporarilyClosed] : [ServiceStatus.Active]);
        if (criteria.TaxonomyTermId is { } termId)
        {
            filter.TypeSets.Add([termId]);
        }

        if (!string.IsNullOrWhiteSpace(criteria.TaxonomyTermCode))
        {
            var code = criteria.TaxonomyTermCode.Trim();
            filter.TypeSets.Add([.. snapshot.Terms.Where(t => t.Code == code).Select(t => t.Id)]);
        }

        if (criteria.AreaId is { } areaId)
        {
            filter.AreaSets.Add(snapshot.RelatedAreas(areaId));
        }

        return filter;
    }

    private static List<string> TypeLabels(DirectorySnapshot snapshot, DirectoryEntry entry) =>
    [
        .. entry.TypeIds.Select(id => snapshot.TermsById.GetValueOrDefault(id)).OfType<Taxonomy.TaxonomyTerm>()
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Label, StringComparer.OrdinalIgnoreCase).Select(t => t.Label),
    ];

    private static List<string> AreaNames(DirectorySnapshot snapshot, DirectoryEntry entry)
    {
        var names = snapshot.AreasById;
        return [.. entry.AreaIds.Select(id => names.GetValueOrDefault(id)?.Name).OfType<string>().Order(StringComparer.OrdinalIgnoreCase)];
    }
}
