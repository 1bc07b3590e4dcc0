using McnHub.Features.Directory.Services;
using McnHub.Features.Directory.Taxonomy;
using McnHub.Features.Members.Network;
using McnHub.Platform.Data;
using McnHub.Platform.Ui;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Directory.Search;

/// <summary>
/// The one directory query: free text ranked by the full-text index of whichever database is configured
/// (FTS5 bm25 on SQLite, ts_rank on PostgreSQL; see <see cref="FullTextIndex"/>), plus the filters, sorting and
/// paging. Used by the public directory page; the Open Referral API can call it too.
/// </summary>
public sealed class DirectorySearch(AppDbContext db, IOptions<DirectoryOptions> options, TimeProvider clock)
{
    public async Task<Page<DirectorySearchResult>> SearchAsync(DirectorySearchCriteria criteria, CancellationToken ct = default)
    {
        var size = (int)Math.Clamp(criteria.PageSize, 1, DirectorySearchCriteria.MaxPageSize);
        var terms = SearchTerms.Parse(criteria.Text);
        var filtered = await FilterAsync(criteria, ct);
        var byRelevance = !terms.IsEmpty && (criteria.Sort ?? DirectorySort.Relevance) == DirectorySort.Relevance;

        // Membership (Id IN the index's hits) for counting and for the name order: the index is searched once and
        // no score is computed. A join with the hits here lets SQLite put the service table outside and search the
        // index again for every service (seconds at 50,000 services; see docs/benchmarks.md).
        var matching = filtered;
        if (!terms.IsEmpty)
        {
            var hitIds = FullTextIndex.Hits(db, terms).Select(h => h.ServiceId);
            matching = filtered.Where(s => hitIds.Contains(s.Id));
        }

        // Only the relevance order needs the scores: a join driven by the index (each hit scored once, then its service looked up).
        IQueryable<Ranked> ranked = byRelevance
            ? from hit in FullTextIndex.Hits(db, terms)
              join s in filtered on hit.ServiceId equals s.Id
              select new Ranked { Service = s, Score = hit.Score }
            : matching.Select(s => new Ranked { Service = s, Score = 0 });
        var ordered = byRelevance
            ? ranked.OrderByDescending(r => r.Score).ThenBy(r => r.Service.Name.ToLower()).ThenBy(r => r.Service.Id)
            : ranked.OrderBy(r => r.Service.Name.ToLower()).ThenBy(r => r.Service.Id);

        var total = await matching.CountAsync(ct);
        var lastPage = Math.Max(1, (total + size - 1) / size);
        var page = (int)Math.Clamp(criteria.Page, 1, lastPage);
        var rows = await ordered
            .Skip((page - 1) * size)
            .Take(size)
            .Select(r => new
            {
                r.Service.Id,
                r.Service.Name,
                r.Service.Description,
                r.Service.OrganisationId,
                OrganisationName = r.Service.Organisation!.Name,
                r.Service.Organisation.Sector,
                r.Service.MinimumAge,
                r.Service.MaximumAge,
                r.Service.Is24x7,
                r.Service.Status,
                r.Service.LastVerifiedOn,
                r.Score,
            })
            .ToListAsync(ct);

        var ids = rows.Select(r => r.Id).ToList();
        var types = (await db.Set<ServiceType>().AsNoTracking()
                .Where(t => ids.Contains(t.ServiceId))
                .Select(t => new { t.ServiceId, t.Term!.Label, t.Term.SortOrder })
                .ToListAsync(ct))
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Label, StringComparer.OrdinalIgnoreCase)
            .ToLookup(t => t.ServiceId, t => t.Label);
        var areas = (await db.Set<ServiceArea>().AsNoTracking()
                .Where(a => ids.Contains(a.ServiceId))
                .Select(a => new { a.ServiceId, a.Area!.Name })
                .ToListAsync(ct))
            .OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
            .ToLookup(a => a.ServiceId, a => a.Name);

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var items = rows.Select(r => new DirectorySearchResult(
                r.Id, r.Name, r.Description, r.OrganisationId, r.OrganisationName, r.Sector, r.MinimumAge, r.MaximumAge,
                r.Is24x7, r.Status, r.LastVerifiedOn, Freshness.IsStale(r.Status, r.LastVerifiedOn, today, options.Value),
                types[r.Id].ToList(), areas[r.Id].ToList(), r.Score))
            .ToList();
        return new Page<DirectorySearchResult>(items, page, size, total);
    }

    private async Task<IQueryable<Service>> FilterAsync(DirectorySearchCriteria criteria, CancellationToken ct)
    {
        var services = db.Set<Service>().AsNoTracking()
            .Where(s => s.Status == ServiceStatus.Active || (criteria.IncludeTemporarilyClosed && s.Status == ServiceStatus.TemporarilyClosed));

        if (criteria.TaxonomyTermId is { } termId)
        {
            services = services.Where(s => s.Types.Any(t => t.TaxonomyTermId == termId));
        }

        if (!string.IsNullOrWhiteSpace(criteria.TaxonomyTermCode))
        {
            var code = criteria.TaxonomyTermCode.Trim();
            var termIds = db.Set<TaxonomyTerm>().Where(t => t.Code == code).Select(t => t.Id);
            services = services.Where(s => s.Types.Any(t => termIds.Contains(t.TaxonomyTermId)));
        }

        if (criteria.AreaId is { } areaId)
        {
            var related = await RelatedAreasAsync(areaId, ct);
            services = services.Where(s => s.Areas.Any(a => related.Contains(a.AreaId)));
        }

        if (criteria.Age is { } age)
        {
            services = services.Where(s => (s.MinimumAge == null || s.MinimumAge <= age) && (s.MaximumAge == null || s.MaximumAge >= age));
        }

        if (criteria.Only24x7)
        {
            services = services.Where(s => s.Is24x7);
        }

        if (criteria.Sector is { } sector)
        {
            services = services.Where(s => s.Organisation!.Sector == sector);
        }

        return services;
    }

    /// <summary>The area, every area above it and every area within it: a service for the whole ICB serves each of its local areas.</summary>
    private async Task<List<int>> RelatedAreasAsync(int areaId, CancellationToken ct)
    {
        var all = await db.Set<Area>().AsNoTracking().Select(a => new { a.Id, a.ParentId }).ToListAsync(ct);
        var parentOf = all.ToDictionary(a => a.Id, a => a.ParentId);
        if (!parentOf.TryGetValue(areaId, out var up))
        {
            return [];
        }

        var related = new HashSet<int> { areaId };
        while (up is { } parent && related.Add(parent))
        {
            up = parentOf.GetValueOrDefault(parent);
        }

        var children = all.Where(a => a.ParentId is not null).ToLookup(a => a.ParentId!.Value, a => a.Id);
        var queue = new Queue<int>([areaId]);
        var below = new HashSet<int> { areaId };
        while (queue.Count > 0)
        {
            foreach (var child in children[queue.Dequeue()].Where(below.Add))
            {
                related.Add(child);
                queue.Enqueue(child);
            }
        }

        return [.. related];
    }

    private sealed class Ranked
    {
        public required Service Service { get; init; }

        public double Score { get; init; }
    }
}
