using System.Collections.Concurrent;
using McnHub.Features.Directory.Search;
using McnHub.Features.Directory.Services;
using McnHub.Features.Directory.Taxonomy;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Directory.ReadModel;

/// <summary>One service as the searches see it: what they filter, sort and list by (the rest, descriptions included, is read by id when shown: 50,000 descriptions would be most of the snapshot).</summary>
public sealed class DirectoryEntry
{
    /// <summary>Position in <see cref="DirectorySnapshot.Entries"/>, for flags per entry.</summary>
    public required int Index { get; init; }

    public required int Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The directory's name order is case-insensitive.</summary>
    public required string NameLower { get; init; }

    public required Organisation Organisation { get; init; }

    public required ServiceStatus Status { get; init; }

    public int? MinimumAge { get; init; }

    public int? MaximumAge { get; init; }

    public bool Is24x7 { get; init; }

    public DateOnly? LastVerifiedOn { get; init; }

    public required int[] TypeIds { get; init; }

    public required int[] AreaIds { get; init; }
}

/// <summary>
/// An immutable copy of the public directory at one value of the change counter: every service (what the searches
/// filter and sort on), every organisation, area and taxonomy term. 50,000 services take a few tens of megabytes.
/// Searches filter, count and page it in memory; the full-text index is still what decides which services match
/// some text and how well (<see cref="TextHitsAsync"/>, cached per snapshot). Never mutated once built: a change
/// in the database means a new snapshot (<see cref="DirectoryReadModel"/>).
/// </summary>
public sealed class DirectorySnapshot
{
    private readonly ConcurrentDictionary<(string Match, bool Ranked), Lazy<Task<TextHits>>> textCache = new();
    private readonly int textCacheSize;
    private readonly ConcurrentDictionary<string, MemoTable> memos = new();
    private int textCacheCount;

    private DirectorySnapshot(long version, int textCacheSize) => (Version, this.textCacheSize) = (version, textCacheSize);

    public long Version { get; }

    /// <summary>Every service, each at its <see cref="DirectoryEntry.Index"/>.</summary>
    public IReadOnlyList<DirectoryEntry> Entries { get; private init; } = [];

    /// <summary>Every service by id.</summary>
    public IReadOnlyDictionary<int, DirectoryEntry> ById { get; private init; } = new Dictionary<int, DirectoryEntry>();

    /// <summary>The fields searches filter on, as arrays, and the name orders.</summary>
    public DirectoryColumns Columns { get; private init; } = DirectoryColumns.From([]);

    public IReadOnlyDictionary<int, Organisation> Organisations { get; private init; } = new Dictionary<int, Organisation>();

    public IReadOnlyList<Area> Areas { get; private init; } = [];

    public IReadOnlyDictionary<int, Area> AreasById { get; private init; } = new Dictionary<int, Area>();

    /// <summary>Taxonomy terms in display order (sort order, then label).</summary>
    public IReadOnlyList<TaxonomyTerm> Terms { get; private init; } = [];

    public IReadOnlyDictionary<int, TaxonomyTerm> TermsById { get; private init; } = new Dictionary<int, TaxonomyTerm>();

    /// <summary>Area select options in hierarchy order, indented under their parents (built once per snapshot).</summary>
    public IReadOnlyList<(string Text, int Id)> AreaOptions { get; private init; } = [];

    /// <summary>The version is read before the rows, so a write committed in between only causes one more rebuild later.</summary>
    public static async Task<DirectorySnapshot> LoadAsync(AppDbContext db, long version, int textCacheSize, CancellationToken ct)
    {
        var organisations = await db.Set<Organisation>().AsNoTracking().ToDictionaryAsync(o => o.Id, ct);
        var areas = await db.Set<Area>().AsNoTracking().ToListAsync(ct);
        var terms = (await db.Set<TaxonomyTerm>().AsNoTracking().ToListAsync(ct))
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Label, StringComparer.Ordinal).ToList();
        var types = (await db.Set<ServiceType>().AsNoTracking().Select(t => new { t.ServiceId, t.TaxonomyTermId }).ToListAsync(ct))
            .ToLookup(t => t.ServiceId, t => t.TaxonomyTermId);
        var serviceAreas = (await db.Set<ServiceArea>().AsNoTracking().Select(a => new { a.ServiceId, a.AreaId }).ToListAsync(ct))
            .ToLookup(a => a.ServiceId, a => a.AreaId);
        var rows = await db.Set<Service>().AsNoTracking()
            .Select(s => new { s.Id, s.Name, s.OrganisationId, s.Status, s.MinimumAge, s.MaximumAge, s.Is24x7, s.LastVerifiedOn })
            .ToListAsync(ct);

        var entries = new List<DirectoryEntry>(rows.Count);
        foreach (var s in rows)
        {
            if (!organisations.TryGetValue(s.OrganisationId, out var organisation))
            {
                continue;
            }

            entries.Add(new DirectoryEntry
            {
                Index = entries.Count,
                Id = s.Id,
                Name = s.Name,
                NameLower = s.Name.ToLowerInvariant(),
                Organisation = organisation,
                Status = s.Status,
                MinimumAge = s.MinimumAge,
                MaximumAge = s.MaximumAge,
                Is24x7 = s.Is24x7,
                LastVerifiedOn = s.LastVerifiedOn,
                TypeIds = [.. types[s.Id]],
                AreaIds = [.. serviceAreas[s.Id]],
            });
        }

        return new DirectorySnapshot(version, textCacheSize)
        {
            Entries = entries,
            ById = entries.ToDictionary(e => e.Id),
            Columns = DirectoryColumns.From(entries),
            Organisations = organisations,
            Areas = areas,
            AreasById = areas.ToDictionary(a => a.Id),
            Terms = terms,
            TermsById = terms.ToDictionary(t => t.Id),
            AreaOptions = BuildAreaOptions(areas),
        };
    }

    /// <summary>
    /// The services matching the terms, from the database's full-text index, kept for the life of this snapshot
    /// (searches repeat; the index only changes when the counter moves, which replaces the snapshot). Ranked asks
    /// the index for its scores too (bm25 / ts_rank, the costly part) and orders the hits best first.
    /// </summary>
    public async Task<TextHits> TextHitsAsync(AppDbContext db, SearchTerms terms, bool ranked, CancellationToken ct)
    {
        if (textCacheSize <= 0)
        {
            return await QueryAsync();
        }

        if (Volatile.Read(ref textCacheCount) >= textCacheSize)
        {
            // Crude but bounded: a burst of distinct searches starts the cache afresh rather than growing it.
            textCache.Clear();
            Volatile.Write(ref textCacheCount, 0);
        }

        var entry = textCache.GetOrAdd((terms.Fts5Match(), ranked), _ =>
        {
            Interlocked.Increment(ref textCacheCount);
            return new Lazy<Task<TextHits>>(QueryAsync);
        });
        try
        {
            return await entry.Value;
        }
        catch
        {
            textCache.TryRemove(new KeyValuePair<(string, bool), Lazy<Task<TextHits>>>((terms.Fts5Match(), ranked), entry));
            throw;
        }

        async Task<TextHits> QueryAsync()
        {
            var hits = await FullTextIndex.HitsAsync(db, terms, ranked, CancellationToken.None);
            return TextHits.From(this, hits, ranked);
        }
    }

    /// <summary>
    /// Something derived from this snapshot's rows and nothing else (e.g. an API's resource for a service), made
    /// once and kept as long as the snapshot: it goes when the directory changes. At most <paramref name="limit"/> of
    /// a kind are kept; beyond that they are made each time, so memory stays bounded whatever is asked for.
    /// </summary>
    public T? Memo<T>(string kind, int id)
        where T : class => memos.TryGetValue(kind, out var table) && table.Items.TryGetValue(id, out var value) ? (T)value : null;

    /// <summary>Keeps a value made for <see cref="Memo{T}(string, int)"/>, if the kind has room left.</summary>
    public void Keep(string kind, int id, object value, int limit)
    {
        // Caching switched off (SearchCacheSize 0, to measure the uncached path): nothing is kept.
        if (textCacheSize > 0)
        {
            memos.GetOrAdd(kind, _ => new MemoTable()).TryKeep(id, value, limit);
        }
    }

    /// <summary>The memo of one kind, or make it now and keep it (see <see cref="Keep"/>).</summary>
    public T Memo<T>(string kind, int id, int limit, Func<T> make)
        where T : class
    {
        if (Memo<T>(kind, id) is { } kept)
        {
            return kept;
        }

        var made = make();
        Keep(kind, id, made, limit);
        return made;
    }

    /// <summary>The area, every area above it and every area within it: a service for the whole ICB serves each of its local areas.</summary>
    public HashSet<int> RelatedAreas(int areaId)
    {
        var parentOf = Areas.ToDictionary(a => a.Id, a => a.ParentId);
        if (!parentOf.TryGetValue(areaId, out var up))
        {
            return [];
        }

        var related = new HashSet<int> { areaId };
        while (up is { } parent && related.Add(parent))
        {
            up = parentOf.GetValueOrDefault(parent);
        }

        var children = Areas.Where(a => a.ParentId is not null).ToLookup(a => a.ParentId!.Value, a => a.Id);
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

        return related;
    }

    private static List<(string Text, int Id)> BuildAreaOptions(List<Area> areas)
    {
        var ids = areas.Select(a => a.Id).ToHashSet();
        var children = areas.ToLookup(a => a.ParentId is { } p && ids.Contains(p) ? p : (int?)null);
        var items = new List<(string, int)>();
        var seen = new HashSet<int>();

        void Add(int? parent, int depth)
        {
            foreach (var area in children[parent].OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase).Where(a => seen.Add(a.Id)))
            {
                items.Add((new string('\u2014', depth) + (depth > 0 ? " " : "") + area.Name, area.Id));
                Add(area.Id, depth + 1);
            }
        }

        Add(null, 0);
        return items;
    }
}

internal sealed class MemoTable
{
    private int count;

    public ConcurrentDictionary<int, object> Items { get; } = new();

    public void TryKeep(int id, object value, int limit)
    {
        if (Volatile.Read(ref count) < limit && Items.TryAdd(id, value))
        {
            Interlocked.Increment(ref count);
        }
    }
}
