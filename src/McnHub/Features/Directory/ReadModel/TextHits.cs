using McnHub.Features.Directory.Search;

namespace McnHub.Features.Directory.ReadModel;

/// <summary>The services some search text matched: a membership test, and (when ranked) the hits best first.</summary>
public sealed class TextHits
{
    private readonly Dictionary<int, double> scores;

    private TextHits(bool[] matched, Dictionary<int, double> scores, int[] ranked)
    {
        Matched = matched;
        this.scores = scores;
        Ranked = ranked;
    }

    /// <summary>Entry indexes best first (score, then name ignoring case, then id); empty unless asked for ranked hits.</summary>
    public int[] Ranked { get; }

    /// <summary>A flag per entry of the snapshot (by <see cref="DirectoryEntry.Index"/>): the cheapest membership test.</summary>
    public bool[] Matched { get; }


    public double Score(int serviceId) => scores.GetValueOrDefault(serviceId);

    public static TextHits From(DirectorySnapshot snapshot, List<SearchHit> hits, bool ranked)
    {
        var matched = new bool[snapshot.Entries.Count];
        foreach (var hit in hits)
        {
            if (snapshot.ById.TryGetValue(hit.ServiceId, out var entry))
            {
                matched[entry.Index] = true;
            }
        }

        if (!ranked)
        {
            return new TextHits(matched, [], []);
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
            .Select(e => e.Index)
            .ToArray();
        return new TextHits(matched, scores, order);
    }
}
