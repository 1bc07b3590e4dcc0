using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.Network;

/// <summary>One area in the hierarchy, in display order, with its 0–19 population counted once.</summary>
public sealed record AreaNode(
    int Id,
    string Name,
    string? Code,
    AreaKind Kind,
    int? ParentId,
    string? ParentName,
    int Depth,
    int RecordedPopulation,
    long TotalPopulation,
    int ChildCount)
{
    /// <summary>The total is the sum of the smaller areas' (none was recorded for this area itself).</summary>
    public bool Summed => RecordedPopulation == 0 && ChildCount > 0;
}

/// <summary>
/// The area hierarchy (region → ICB → local authority), walked parent first, children by name. An area's
/// 0–19 population is its own recorded figure; when none is recorded (0) and it has smaller areas, it is
/// the sum of theirs. A partial breakdown (one ward of a town) therefore never shrinks the town, and the
/// network's figure is the sum over the top-level areas, so nobody is counted twice.
/// </summary>
public static class AreaTree
{
    public sealed record AreaFacts(int Id, string Name, string? Code, AreaKind Kind, int? ParentId, int Population0To19);

    public static async Task<IReadOnlyList<AreaNode>> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var areas = await db.Set<Area>().AsNoTracking()
            .Select(a => new AreaFacts(a.Id, a.Name, a.Code, a.Kind, a.ParentId, a.Population0To19))
            .ToListAsync(ct);
        return Build(areas);
    }

    public static IReadOnlyList<AreaNode> Build(IReadOnlyList<AreaFacts> areas)
    {
        var byId = areas.ToDictionary(a => a.Id);
        var children = areas.Where(a => a.ParentId is { } p && byId.ContainsKey(p))
            .ToLookup(a => a.ParentId!.Value);
        var totals = new Dictionary<int, long>();
        long Total(AreaFacts area, HashSet<int> path)
        {
            if (totals.TryGetValue(area.Id, out var known))
            {
                return known;
            }

            // The form refuses cycles; the guard keeps a hand-edited database from hanging the page.
            var kids = children[area.Id].Where(c => !path.Contains(c.Id)).ToList();
            path.Add(area.Id);
            var total = area.Population0To19 > 0 || kids.Count == 0 ? area.Population0To19 : kids.Sum(k => Total(k, path));
            path.Remove(area.Id);
            return totals[area.Id] = total;
        }

        var result = new List<AreaNode>();
        var visited = new HashSet<int>();
        void Walk(AreaFacts area, int depth)
        {
            if (!visited.Add(area.Id))
            {
                return;
            }

            var parent = area.ParentId is { } p && byId.TryGetValue(p, out var found) ? found.Name : null;
            result.Add(new AreaNode(area.Id, area.Name, area.Code, area.Kind, area.ParentId, parent, depth, area.Population0To19, Total(area, []), children[area.Id].Count()));
            foreach (var child in children[area.Id].OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase))
            {
                Walk(child, depth + 1);
            }
        }

        foreach (var root in areas.Where(a => a.ParentId is null || !byId.ContainsKey(a.ParentId.Value)).OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase))
        {
            Walk(root, 0);
        }

        // Areas caught in a cycle have no root: list them anyway, at the top level.
        foreach (var orphan in areas.Where(a => !visited.Contains(a.Id)).OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase))
        {
            Walk(orphan, 0);
        }

        return result;
    }

    /// <summary>The ids of every area below <paramref name="id"/> (children, their children, …).</summary>
    public static HashSet<int> DescendantsOf(int id, IEnumerable<(int Id, int? ParentId)> areas)
    {
        var children = areas.Where(a => a.ParentId is not null).ToLookup(a => a.ParentId!.Value, a => a.Id);
        var found = new HashSet<int>();
        var queue = new Queue<int>([id]);
        while (queue.Count > 0)
        {
            foreach (var child in children[queue.Dequeue()])
            {
                if (child != id && found.Add(child))
                {
                    queue.Enqueue(child);
                }
            }
        }

        return found;
    }

    /// <summary>Population of the whole network: the top-level areas' totals.</summary>
    public static long NetworkPopulation(IReadOnlyList<AreaNode> nodes) =>
        nodes.Where(n => n.Depth == 0).Sum(n => n.TotalPopulation);
}
