namespace McnHub.Features.Directory.ProvisionMap;

/// <summary>How well one area is served for one service type.</summary>
public enum Coverage
{
    None,
    OfficeHoursOnly,
    TwentyFourSeven,
}

public enum GapReason
{
    NoService,
    OfficeHoursOnly,
}

public sealed record MapArea(int Id, string Name, int? ParentId, int Population0To19, decimal? PrevalenceOverride);

public sealed record MapType(int Id, string Label, bool RequiredInEveryArea, bool Required24x7);

/// <summary>An active service: its types and the areas it covers (at any level of the hierarchy).</summary>
public sealed record MapService(bool Is24x7, IReadOnlyCollection<int> TypeIds, IReadOnlyCollection<int> AreaIds);

public sealed record ProvisionMapInput(IReadOnlyList<MapArea> Areas, IReadOnlyList<MapType> Types, IReadOnlyList<MapService> ActiveServices);

public sealed record ProvisionMapRow(MapArea Area, decimal Prevalence, bool UsesAreaPrevalence, decimal EstimatedChildren, IReadOnlyList<Coverage> Cells);

public sealed record ProvisionGap(int Rank, MapArea Area, MapType Type, GapReason Reason, decimal EstimatedChildren);

public sealed record ProvisionMapResult(PrevalenceScenario Scenario, IReadOnlyList<MapType> Types, IReadOnlyList<ProvisionMapRow> Rows, IReadOnlyList<ProvisionGap> Gaps);

/// <summary>
/// The provision map, computed from plain data: local areas (the leaves of the area hierarchy) × service types.
/// A service covering an area covers every local area within it. A cell is 24/7 if any covering service is
/// 24/7, office hours only if some covering service is not, none otherwise. Estimated children with
/// life-limiting conditions = 0–19 population × prevalence / 10,000, where prevalence is the area's own rate if
/// it has one, else the scenario's rate. Gaps: each type required in every area that is missing, or not 24/7
/// where 24/7 is required, ranked by the estimated children affected.
/// </summary>
public static class ProvisionMapCalculator
{
    public static ProvisionMapResult Calculate(ProvisionMapInput input, PrevalenceScenario scenario)
    {
        var leaves = LocalAreas(input.Areas);
        var leavesUnder = LeavesUnder(input.Areas, leaves);
        var coverage = new Dictionary<(int Area, int Type), Coverage>();
        foreach (var service in input.ActiveServices)
        {
            var level = service.Is24x7 ? Coverage.TwentyFourSeven : Coverage.OfficeHoursOnly;
            foreach (var leaf in service.AreaIds.SelectMany(a => leavesUnder.GetValueOrDefault(a, [])).Distinct())
            {
                foreach (var type in service.TypeIds)
                {
                    if (coverage.GetValueOrDefault((leaf, type)) < level)
                    {
                        coverage[(leaf, type)] = level;
                    }
                }
            }
        }

        var rows = leaves
            .OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(area =>
            {
                var prevalence = area.PrevalenceOverride ?? scenario.PerTenThousand;
                return new ProvisionMapRow(
                    area,
                    prevalence,
                    area.PrevalenceOverride is not null,
                    Estimate(area.Population0To19, prevalence),
                    input.Types.Select(t => coverage.GetValueOrDefault((area.Id, t.Id))).ToList());
            })
            .ToList();

        var gaps = rows
            .SelectMany(row => input.Types.Select((type, i) => (row, type, cell: row.Cells[i])))
            .Where(x => x.type.RequiredInEveryArea && (x.cell == Coverage.None || (x.type.Required24x7 && x.cell != Coverage.TwentyFourSeven)))
            .OrderByDescending(x => x.row.EstimatedChildren)
            .ThenBy(x => x.row.Area.Name, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(x => input.Types.ToList().IndexOf(x.type))
            .Select((x, i) => new ProvisionGap(
                i + 1,
                x.row.Area,
                x.type,
                x.cell == Coverage.None ? GapReason.NoService : GapReason.OfficeHoursOnly,
                x.row.EstimatedChildren))
            .ToList();

        return new ProvisionMapResult(scenario, input.Types, rows, gaps);
    }

    /// <summary>Population × prevalence per 10,000, to one decimal place.</summary>
    public static decimal Estimate(int population, decimal prevalencePer10000) =>
        Math.Round(population * prevalencePer10000 / 10_000m, 1, MidpointRounding.AwayFromZero);

    /// <summary>The areas nothing else sits beneath (for the demo network: the six local authorities, not the ICB).</summary>
    private static List<MapArea> LocalAreas(IReadOnlyList<MapArea> areas)
    {
        var parents = areas.Where(a => a.ParentId is not null).Select(a => a.ParentId!.Value).ToHashSet();
        return areas.Where(a => !parents.Contains(a.Id)).ToList();
    }

    private static Dictionary<int, List<int>> LeavesUnder(IReadOnlyList<MapArea> areas, List<MapArea> leaves)
    {
        var parentOf = areas.ToDictionary(a => a.Id, a => a.ParentId);
        var result = areas.ToDictionary(a => a.Id, _ => new List<int>());
        foreach (var leaf in leaves)
        {
            // Walk up from each local area; the visited set guards against a (mistaken) cycle in the hierarchy.
            var seen = new HashSet<int>();
            for (int? id = leaf.Id; id is { } current && seen.Add(current) && result.ContainsKey(current); id = parentOf.GetValueOrDefault(current))
            {
                result[current].Add(leaf.Id);
            }
        }

        return result;
    }
}
