using McnHub.Features.Directory.Search;

namespace McnHub.Features.Directory.ReadModel;

/// <summary>The services some search text matched: a membership test, and (when ranked) the hits best first.</summary>
public sealed class TextHits
{
    private readonly HashSet<int> ids;
    private readonly Dictionary<int, double> scores;

    private TextHits(HashSet<int> ids, Dictionary<int, double> scores, IReadOnlyList<DirectoryEntry> ranked)
    {
        this.ids = ids;
        this.scores = scores;
        Ranked = ranked;
    }

    /// <summary>Best first (score, then name ignoring case, then id); empty unless asked for ranked hits.</summary>
    public IReadOnlyList<DirectoryEntry> Ranked { get; }

    public bool Contains(int serviceId) => ids.Contains(serviceId);

    public double Score(int serviceId) => scores.GetValueOrDefault(serviceId);

    public static TextHits From(DirectorySnapshot snapshot, List<SearchHit> hits, bool ranked)
    {
        var ids = hits.Select(h => h.ServiceId).ToHashSet();
        if (!ranked)
        {
            return new TextHits(ids, [], []);
        }

        var scores = new Dictionary<int, double>(hits.Count);
        foreach (var hit in hits)
        {
            scores[hit.ServiceId] = hit.Score;
        }

        var order = hits
            .Select(h => snapshot.ById.GetValueOrDefault(h.ServiceId))
            .OfType<DirectoryEntry>()
            .OrderByDescending(e => scores[e.Id]).ThenBy(e => e.NameLower, StringComparer.Ordinal).ThenBy(e => e.Id)
            .ToList();
        return new TextHits(ids, scores, order);
    }
}

/// <summary>Filtering, counting and paging an ordered list of entries in one pass.</summary>
public static class EntryPaging
{
    /// <summary>Every entry the filter keeps is counted; only those on the page are collected.</summary>
    public static (int Total, List<DirectoryEntry> Items) Page(IEnumerable<DirectoryEntry> ordered, Func<DirectoryEntry, bool> keep, long skip, int take)
    {
        var total = 0;
        var items = new List<DirectoryEntry>(Math.Max(0, take));
        foreach (var entry in ordered)
        {
            if (!keep(entry))
            {
                continue;
            }

            if (total >= skip && items.Count < take)
            {
                items.Add(entry);
            }

            total++;
        }

        return (total, items);
    }
}
