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

        // Array.Sort with the score per entry index in an array, rather than LINQ's OrderBy/ThenBy with dictionary
        // lookups: a cold `nursing` search sorts ~24,000 hits.
        var entries = snapshot.Entries;
        var scoreAt = new double[entries.Count];
        var order = new int[hits.Count];
        var n = 0;
        foreach (var hit in hits)
        {
            if (snapshot.ById.TryGetValue(hit.ServiceId, out var entry))
            {
                scoreAt[entry.Index] = hit.Score;
                order[n++] = entry.Index;
            }
        }

        Array.Resize(ref order, n);
        Array.Sort(order, (a, b) =>
        {
            var byScore = scoreAt[b].CompareTo(scoreAt[a]);
            if (byScore != 0)
            {
                return byScore;
            }

            var byName = string.CompareOrdinal(entries[a].NameLower, entries[b].NameLower);
            return byName != 0 ? byName : entries[a].Id.CompareTo(entries[b].Id);
        });
        return new TextHits(matched, scores, order);
    }
}
