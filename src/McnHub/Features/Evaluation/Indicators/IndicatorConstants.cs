using McnHub.Features.Directory.ProvisionMap;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Indicators;

/// <summary>
/// Constants an indicator expression may use besides data elements. <c>[LLC_ESTIMATE]</c>: the estimated children
/// and young people (0–19) with life-limiting conditions, as on the provision map — population × prevalence /
/// 10,000 (the area's own rate, else the 2017/18 baseline of 66.4). An area without a population of its own adds up
/// its sub-areas; an organisation's is the sum over the areas it serves; the network's the sum over the top areas.
/// </summary>
public sealed class IndicatorConstants(AppDbContext db)
{
    public const string LlcEstimate = "LLC_ESTIMATE";

    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        [LlcEstimate] = "Estimated children and young people (0–19) with life-limiting conditions in the area (population × prevalence ÷ 10,000)",
    };

    public static bool IsConstant(string code) => Descriptions.ContainsKey(code.ToUpperInvariant());

    /// <summary>The constant per subject id (0 for the network).</summary>
    public async Task<IReadOnlyDictionary<int, double?>> ForAsync(IndicatorLevel level, CancellationToken ct)
    {
        var areas = await db.Set<Area>().AsNoTracking().Select(a => new { a.Id, a.ParentId, a.Population0To19, a.PrevalencePer10000 }).ToListAsync(ct);
        var children = areas.ToLookup(a => a.ParentId);
        var memo = new Dictionary<int, double>();
        double Estimate(int id)
        {
            if (memo.TryGetValue(id, out var known))
            {
                return known;
            }

            var area = areas.First(a => a.Id == id);
            memo[id] = 0; // guards against a cycle in bad data
            var value = area.Population0To19 > 0
                ? (double)ProvisionMapCalculator.Estimate(area.Population0To19, area.PrevalencePer10000 ?? PrevalenceScenario.Baseline.PerTenThousand)
                : children[id].Sum(c => Estimate(c.Id));
            memo[id] = value;
            return value;
        }

        switch (level)
        {
            case IndicatorLevel.Network:
                return new Dictionary<int, double?> { [0] = children[null].Sum(a => Estimate(a.Id)) };
            case IndicatorLevel.Area:
                return areas.ToDictionary(a => a.Id, a => (double?)Estimate(a.Id));
            default:
                var links = await db.Set<OrganisationArea>().AsNoTracking().Select(l => new { l.OrganisationId, l.AreaId }).ToListAsync(ct);
                return links.GroupBy(l => l.OrganisationId).ToDictionary(g => g.Key, g => (double?)g.Sum(l => Estimate(l.AreaId)));
        }
    }
}
