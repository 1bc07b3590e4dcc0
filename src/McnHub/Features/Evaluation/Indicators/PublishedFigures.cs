using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Indicators;

/// <summary>
/// Suppression over everything published for an indicator and period at once: every organisation, every area and
/// the network, with the sums among them (<see cref="SumRelation"/>), so no view can be differenced against another
/// (docs/adr/0012-small-number-suppression.md). Figures covering more than a quarter (rolling years, years) are
/// also withheld when any quarter they cover is withheld for the same subject.
/// </summary>
public sealed class PublishedFigures(AppDbContext db, IndicatorCalculator calculator, IndicatorCache cache)
{
    /// <summary>The values of <paramref name="query"/>'s level (and subject, if given), suppressed as published with all the others.</summary>
    public async Task<IReadOnlyList<ShownValue>> ShowAsync(Indicator indicator, IndicatorQuery query, Viewer viewer, CancellationToken ct)
    {
        if (viewer.SeesEverything)
        {
            // Nothing is withheld from those who see everything: only the level asked for needs computing.
            var values = await calculator.ComputeAsync([indicator], query with { SubjectId = null }, ct);
            return InFull(indicator, values, viewer)
                .Where(v => query.SubjectId is null || v.Value.Subject.Id == query.SubjectId)
                .ToList();
        }

        return (await AllLevelsAsync(indicator, query, viewer, ct))
            .Where(v => v.Value.Subject.Level == query.Level && (query.SubjectId is null || v.Value.Subject.Id == query.SubjectId))
            .ToList();
    }

    /// <summary>
    /// Organisations, areas and the network for the query's periods, suppressed together; kept per class of viewer
    /// (their own organisations) until the data changes, since deciding it is far dearer than computing the values.
    /// </summary>
    public async Task<IReadOnlyList<ShownValue>> AllLevelsAsync(Indicator indicator, IndicatorQuery query, Viewer viewer, CancellationToken ct)
    {
        var all = query with { SubjectId = null, Level = IndicatorLevel.Network };
        var key = "published\u001d" + IndicatorCache.Key([indicator], all) + "\u001d" + viewer.SeesEverything + "\u001d" + string.Join(',', viewer.OwnOrganisations.Order());
        return await cache.GetOrComputeAsync<IReadOnlyList<ShownValue>>(key, () => DecideAllLevelsAsync(indicator, all, viewer, ct), ct);
    }

    private static IEnumerable<ShownValue> InFull(Indicator indicator, IEnumerable<IndicatorValue> values, Viewer viewer)
    {
        var isCount = IndicatorFormat.IsCount(indicator);
        var format = IndicatorFormat.For(indicator);
        return values.Select(v => new ShownValue(v, Suppression.Show(v.ToFigure(), isCount, viewer, format)));
    }

    private async Task<IReadOnlyList<ShownValue>> DecideAllLevelsAsync(Indicator indicator, IndicatorQuery all, Viewer viewer, CancellationToken ct)
    {
        var values = await ComputeAllLevelsAsync(indicator, all, ct);
        if (viewer.SeesEverything)
        {
            return InFull(indicator, values, viewer).OrderBy(v => v.Value.Period).ToArray();
        }

        var fromQuarters = new HashSet<(IndicatorLevel, int?, Period)>();
        if (all.RollingYear || all.OutputType == PeriodType.Yearly)
        {
            fromQuarters = await WithheldQuartersAsync(indicator, all, values, viewer, ct);
        }

        var areaOrganisations = await AreaOrganisationsAsync(ct);
        var isCount = IndicatorFormat.IsCount(indicator);
        var format = IndicatorFormat.For(indicator);
        var result = new List<ShownValue>();
        foreach (var period in values.GroupBy(v => v.Period))
        {
            var cells = period.ToList();
            var relations = Relations(cells, areaOrganisations);
            var pre = cells.Select((c, i) => (c, i)).Where(x => fromQuarters.Contains((x.c.Subject.Level, x.c.Subject.Id, x.c.Period))).Select(x => x.i);
            var shown = Suppression.ShowAll(cells.Select(c => c.ToFigure()).ToList(), relations, isCount, viewer, format, pre);
            result.AddRange(cells.Select((c, i) => new ShownValue(c, shown[i])));
        }

        return result.OrderBy(v => v.Value.Period).ToArray();
    }

    private async Task<List<IndicatorValue>> ComputeAllLevelsAsync(Indicator indicator, IndicatorQuery query, CancellationToken ct)
    {
        var values = new List<IndicatorValue>();
        foreach (var level in new[] { IndicatorLevel.Organisation, IndicatorLevel.Area, IndicatorLevel.Network })
        {
            values.AddRange(await calculator.ComputeAsync([indicator], query with { Level = level }, ct));
        }

        return values;
    }

    /// <summary>For each subject and longer period: whether any quarter it covers is withheld when quarters are published.</summary>
    private async Task<HashSet<(IndicatorLevel, int?, Period)>> WithheldQuartersAsync(Indicator indicator, IndicatorQuery query, List<IndicatorValue> values, Viewer viewer, CancellationToken ct)
    {
        var first = Period.Containing(PeriodType.Quarterly, query.Window(query.From).Start);
        var last = Period.Containing(PeriodType.Quarterly, query.To.End);
        var quarters = await AllLevelsAsync(indicator, new IndicatorQuery(IndicatorLevel.Network, first, last, false, query.IncludeSubmitted), viewer, ct);
        var withheld = quarters.Where(q => q.Shown.Suppressed).Select(q => (q.Value.Subject.Level, q.Value.Subject.Id, q.Value.Period)).ToList();
        var result = new HashSet<(IndicatorLevel, int?, Period)>();
        foreach (var v in values)
        {
            var (start, end) = query.Window(v.Period);
            if (withheld.Any(w => w.Level == v.Subject.Level && w.Id == v.Subject.Id && w.Period.Start >= start && w.Period.End <= end))
            {
                result.Add((v.Subject.Level, v.Subject.Id, v.Period));
            }
        }

        return result;
    }

    private async Task<Dictionary<int, HashSet<int>>> AreaOrganisationsAsync(CancellationToken ct) =>
        (await db.Set<OrganisationArea>().AsNoTracking().Select(a => new { a.AreaId, a.OrganisationId }).ToListAsync(ct))
            .GroupBy(a => a.AreaId)
            .ToDictionary(g => g.Key, g => g.Select(a => a.OrganisationId).ToHashSet());

    /// <summary>The network and each area as sums of organisations, and every aggregate minus one it contains.</summary>
    public static List<SumRelation> Relations(IReadOnlyList<IndicatorValue> cells, IReadOnlyDictionary<int, HashSet<int>> areaOrganisations)
    {
        var organisations = cells.Select((c, i) => (c, i)).Where(x => x.c.Subject.Level == IndicatorLevel.Organisation)
            .ToDictionary(x => x.c.Subject.Id!.Value, x => x.i);
        var aggregates = new List<(int Cell, HashSet<int> Members)>();
        for (var i = 0; i < cells.Count; i++)
        {
            var s = cells[i].Subject;
            if (s.Level == IndicatorLevel.Network)
            {
                aggregates.Add((i, organisations.Keys.ToHashSet()));
            }
            else if (s.Level == IndicatorLevel.Area && s.Id is int area)
            {
                aggregates.Add((i, areaOrganisations.TryGetValue(area, out var m) ? m.Where(organisations.ContainsKey).ToHashSet() : []));
            }
        }

        var relations = aggregates.Select(a => new SumRelation(a.Cell, a.Members.Select(o => organisations[o]).ToList())).ToList();
        foreach (var a in aggregates)
        {
            foreach (var b in aggregates.Where(b => b.Cell != a.Cell && b.Members.IsSubsetOf(a.Members)))
            {
                if (b.Members.SetEquals(a.Members))
                {
                    // The same organisations: the two figures are equal, so one is only shown with the other.
                    relations.Add(new SumRelation(a.Cell, [b.Cell]));
                }
                else
                {
                    relations.Add(new SumRelation(a.Cell, a.Members.Except(b.Members).Select(o => organisations[o]).ToList(), b.Cell));
                }
            }
        }

        return relations;
    }
}
