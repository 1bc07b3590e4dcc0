using McnHub.Features.Members.Network;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Indicators;

/// <summary>
/// Computes indicators. The database adds up the values (one GROUP BY over the aggregation index: element ×
/// option × subject × period start; for the network, over the totals it keeps per element × option × period: see
/// <see cref="NetworkTotals"/>), so the work in memory grows with the number of groups, not of stored values;
/// then, per subject and period, each element's figure is made by its aggregation (sum; average; last value in
/// the window) and the numerator and denominator expressions are evaluated. A missing value of an element whose
/// zero is not significant counts as zero when the subject returned something else in the window; otherwise, and
/// for a zero denominator, the value is "no data".
/// </summary>
public sealed class IndicatorCalculator(AppDbContext db, ExpressionService expressions, IndicatorConstants constants, IndicatorCache cache, NetworkTotals totals)
{
    private sealed record Group(int ElementId, int? OptionId, int SubjectId, DateOnly PeriodStart, double Sum, int Count);

    private sealed record ElementInfo(int Id, string Code, AggregationType Aggregation, bool ZeroIsSignificant, IReadOnlyDictionary<int, string> Options);

    /// <summary>The values, from the cache when nothing they are computed from has changed since (see <see cref="IndicatorCache"/>).</summary>
    public Task<IReadOnlyList<IndicatorValue>> ComputeAsync(IReadOnlyList<Indicator> indicators, IndicatorQuery query, CancellationToken ct) =>
        cache.GetOrComputeAsync(indicators, query, () => ComputeUncachedAsync(indicators, query, ct), ct);

    private async Task<IReadOnlyList<IndicatorValue>> ComputeUncachedAsync(IReadOnlyList<Indicator> indicators, IndicatorQuery query, CancellationToken ct)
    {
        var references = indicators.SelectMany(i => expressions.References(i.Numerator).Concat(expressions.References(i.Denominator)))
            .Select(r => r.ElementCode).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var elements = await db.Set<DataElement>().AsNoTracking()
            .Where(e => references.Contains(e.Code))
            .Select(e => new { e.Id, e.Code, e.Aggregation, e.ZeroIsSignificant, Options = e.CategoryCombo == null ? null : e.CategoryCombo.Options.Select(o => new { o.Id, o.Code }).ToList() })
            .ToListAsync(ct);
        var info = elements.Select(e => new ElementInfo(e.Id, e.Code.ToUpperInvariant(), e.Aggregation, e.ZeroIsSignificant, (e.Options ?? []).ToDictionary(o => o.Id, o => o.Code.ToUpperInvariant()))).ToList();

        var (dataFrom, _) = query.Window(query.From);
        var dataTo = query.To.End;
        var groups = info.Count == 0 ? [] : await GroupsAsync(info.Select(e => e.Id).ToList(), query, dataFrom, dataTo, ct);
        var subjects = await SubjectsAsync(query, groups, ct);
        var constantValues = references.Any(IndicatorConstants.IsConstant) ? await constants.ForAsync(query.Level, ct) : null;

        // Several indicators share one query, but each is computed from its own elements' data only, so its values
        // are the same whether it is computed alone or with others (a dashboard computes them all at once).
        var owns = indicators.Select(i =>
        {
            var codes = expressions.References(i.Numerator).Concat(expressions.References(i.Denominator)).Select(r => r.ElementCode).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var own = info.Where(e => codes.Contains(e.Code)).ToList();
            return (Indicator: i, Elements: own, Ids: own.Select(e => e.Id).ToHashSet());
        }).ToList();
        var bySubject = groups.ToLookup(g => g.SubjectId);
        var results = new List<IndicatorValue>();
        foreach (var subject in subjects)
        {
            var subjectGroups = bySubject[subject.Id ?? 0].ToList();
            foreach (var period in query.Periods())
            {
                var (start, end) = query.Window(period);
                var window = subjectGroups.Where(g => g.PeriodStart >= start && g.PeriodStart <= end).ToList();
                foreach (var (indicator, own, ids) in owns)
                {
                    var values = Figures(own, owns.Count == 1 ? window : window.Where(g => ids.Contains(g.ElementId)).ToList());
                    if (constantValues is not null)
                    {
                        values[IndicatorConstants.LlcEstimate] = constantValues.GetValueOrDefault(subject.Id ?? 0);
                    }

                    results.Add(Evaluate(indicator, subject, period, values));
                }
            }
        }

        return results;
    }

    private IndicatorValue Evaluate(Indicator indicator, Subject subject, Period period, IReadOnlyDictionary<string, double?> values)
    {
        var numerator = expressions.Evaluate(indicator.Numerator, values);
        var denominator = expressions.Evaluate(indicator.Denominator, values);
        double? value = numerator is double n && denominator is double d && d != 0
            ? Math.Round(n / d * indicator.Factor, Math.Clamp(indicator.Decimals, 0, 6), MidpointRounding.AwayFromZero)
            : null;
        return new IndicatorValue(indicator.Code, subject, period, numerator, denominator, value);
    }

    /// <summary>Each element's total ("CODE") and per option ("CODE.OPTION") over the window, by its aggregation.</summary>
    private static Dictionary<string, double?> Figures(IReadOnlyList<ElementInfo> elements, List<Group> window)
    {
        var values = new Dictionary<string, double?>(StringComparer.OrdinalIgnoreCase);
        var anyData = window.Count > 0;
        var byElement = window.ToLookup(g => g.ElementId);
        foreach (var element in elements)
        {
            var rows = byElement[element.Id].ToList();
            var zero = anyData && !element.ZeroIsSignificant ? 0d : (double?)null;
            values[element.Code] = rows.Count == 0 ? zero : Aggregate(element.Aggregation, rows);
            foreach (var (optionId, optionCode) in element.Options)
            {
                var optionRows = rows.Where(r => r.OptionId == optionId).ToList();
                values[$"{element.Code}.{optionCode}"] = optionRows.Count == 0 ? zero : Aggregate(element.Aggregation, optionRows);
            }
        }

        return values;
    }

    private static double Aggregate(AggregationType aggregation, List<Group> rows)
    {
        switch (aggregation)
        {
            case AggregationType.Average:
                var count = rows.Sum(r => r.Count);
                return count == 0 ? 0 : rows.Sum(r => r.Sum) / count;
            case AggregationType.LastValue:
                var last = rows.Max(r => r.PeriodStart);
                return rows.Where(r => r.PeriodStart == last).Sum(r => r.Sum);
            default:
                return rows.Sum(r => r.Sum);
        }
    }

    private async Task<List<Group>> GroupsAsync(List<int> elementIds, IndicatorQuery query, DateOnly windowFrom, DateOnly windowTo, CancellationToken ct)
    {
        var statuses = query.IncludeSubmitted ? new[] { ReturnStatus.Approved, ReturnStatus.Submitted } : [ReturnStatus.Approved];
        if (query.Level == IndicatorLevel.Network && await totals.ReadyAsync(windowFrom, windowTo, ct))
        {
            // The network's totals per element × option × period, kept by the database (NetworkTotals): a few rows a
            // period instead of every organisation's values.
            var network = await db.Set<NetworkTotal>()
                .Where(t => elementIds.Contains(t.DataElementId) && t.PeriodStart >= windowFrom && t.PeriodStart <= windowTo && statuses.Contains(t.Status))
                .GroupBy(t => new { t.DataElementId, t.OptionKey, t.PeriodStart })
                .Select(g => new { g.Key.DataElementId, g.Key.OptionKey, g.Key.PeriodStart, Sum = g.Sum(t => t.Sum), Count = g.Sum(t => t.Count) })
                .ToListAsync(ct);
            return network.Select(g => new Group(g.DataElementId, g.OptionKey == 0 ? null : g.OptionKey, 0, g.PeriodStart, g.Sum, g.Count)).ToList();
        }

        // A semi-join (IN the counted returns) rather than a join: SQLite then reads the counted return ids once from
        // IX_DataReturns_Status_Id into a bloom filter instead of looking up each value's return (docs/benchmarks.md, "Evaluation").
        var counted = db.Set<DataReturn>().Where(r => statuses.Contains(r.Status)).Select(r => r.Id);
        var values = db.Set<DataValue>().Where(v =>
            elementIds.Contains(v.DataElementId) && v.PeriodStart >= windowFrom && v.PeriodStart <= windowTo && v.Numeric != null && counted.Contains(v.DataReturnId));
        if (query.Level == IndicatorLevel.Organisation && query.SubjectId is int org)
        {
            values = values.Where(v => v.OrganisationId == org);
        }

        switch (query.Level)
        {
            case IndicatorLevel.Network:
                // Many periods changed at once (their totals are being recomputed in the background): from the values.
                var fromValues = await values
                    .GroupBy(v => new { v.DataElementId, v.CategoryOptionId, v.PeriodStart })
                    .Select(g => new { g.Key.DataElementId, g.Key.CategoryOptionId, g.Key.PeriodStart, Sum = g.Sum(v => v.Numeric!.Value), Count = g.Count() })
                    .ToListAsync(ct);
                return fromValues.Select(g => new Group(g.DataElementId, g.CategoryOptionId, 0, g.PeriodStart, g.Sum, g.Count)).ToList();
            case IndicatorLevel.Area:
                var areaLinks = db.Set<OrganisationArea>().AsQueryable();
                if (query.SubjectId is int area)
                {
                    areaLinks = areaLinks.Where(a => a.AreaId == area);
                }

                var byArea = await (from v in values
                                    join a in areaLinks on v.OrganisationId equals a.OrganisationId
                                    group v by new { v.DataElementId, v.CategoryOptionId, a.AreaId, v.PeriodStart } into g
                                    select new { g.Key.DataElementId, g.Key.CategoryOptionId, g.Key.AreaId, g.Key.PeriodStart, Sum = g.Sum(v => v.Numeric!.Value), Count = g.Count() })
                    .ToListAsync(ct);
                return byArea.Select(g => new Group(g.DataElementId, g.CategoryOptionId, g.AreaId, g.PeriodStart, g.Sum, g.Count)).ToList();
            default:
                var byOrg = await values
                    .GroupBy(v => new { v.DataElementId, v.CategoryOptionId, v.OrganisationId, v.PeriodStart })
                    .Select(g => new { g.Key.DataElementId, g.Key.CategoryOptionId, g.Key.OrganisationId, g.Key.PeriodStart, Sum = g.Sum(v => v.Numeric!.Value), Count = g.Count() })
                    .ToListAsync(ct);
                return byOrg.Select(g => new Group(g.DataElementId, g.CategoryOptionId, g.OrganisationId, g.PeriodStart, g.Sum, g.Count)).ToList();
        }
    }

    /// <summary>
    /// The subjects to report on: the network; areas that organisations serve; organisations assigned a dataset (or
    /// with data). Subjects without data are listed too, with "no data", so gaps show.
    /// </summary>
    private async Task<List<Subject>> SubjectsAsync(IndicatorQuery query, List<Group> groups, CancellationToken ct)
    {
        switch (query.Level)
        {
            case IndicatorLevel.Network:
                var name = await db.Set<NetworkSettings>().Select(n => n.Name).FirstOrDefaultAsync(ct) ?? "The network";
                return [new Subject(IndicatorLevel.Network, null, name)];
            case IndicatorLevel.Area:
                var served = db.Set<OrganisationArea>().Select(a => a.AreaId);
                var areas = await db.Set<Area>().AsNoTracking()
                    .Where(a => query.SubjectId == null ? served.Contains(a.Id) : a.Id == query.SubjectId)
                    .OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct);
                return areas.Select(a => new Subject(IndicatorLevel.Area, a.Id, a.Name)).ToList();
            default:
                var withData = groups.Select(g => g.SubjectId).Distinct().ToList();
                var assigned = db.Set<DatasetAssignment>().Select(a => a.OrganisationId);
                var orgs = await db.Set<Organisation>().AsNoTracking()
                    .Where(o => query.SubjectId == null ? assigned.Contains(o.Id) || withData.Contains(o.Id) : o.Id == query.SubjectId)
                    .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
                return orgs.Select(o => new Subject(IndicatorLevel.Organisation, o.Id, o.Name)).ToList();
        }
    }
}
