using McnHub.Platform.Data;
using McnHub.Features.Members.People;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Indicators;

/// <summary>A value as a viewer may see it.</summary>
public sealed record ShownValue(IndicatorValue Value, ShownFigure Shown);

/// <summary>
/// Indicator values as a given viewer may see them: what the pages, the JSON API, FHIR and the reports all use, so
/// suppression is applied the same way everywhere. Organisation figures are suppressed as one table per period whose
/// total is the network figure (so a single withheld organisation cannot be worked out from the network total);
/// a single organisation is always cut from that whole table, never computed alone.
/// </summary>
public sealed class IndicatorValues(AppDbContext db, IndicatorCalculator calculator)
{
    public Task<List<Indicator>> ActiveAsync(CancellationToken ct) =>
        db.Set<Indicator>().AsNoTracking().Where(i => i.Active).OrderBy(i => i.Name).ToListAsync(ct);

    public Task<Indicator?> FindAsync(string code, CancellationToken ct)
    {
        var upper = code.Trim().ToUpperInvariant();
        return db.Set<Indicator>().AsNoTracking().FirstOrDefaultAsync(i => i.Code.ToUpper() == upper && i.Active, ct);
    }

    /// <summary>The last quarter that has ended (reports and dashboards end there by default).</summary>
    public static Period LastCompleteQuarter() => Period.Containing(PeriodType.Quarterly, UkDates.Today()).Previous;

    public async Task<IReadOnlyList<ShownValue>> ShownAsync(Indicator indicator, IndicatorQuery query, Viewer viewer, CancellationToken ct)
    {
        var isCount = IndicatorFormat.IsCount(indicator);
        var format = IndicatorFormat.For(indicator);
        if (query.Level != IndicatorLevel.Organisation)
        {
            var values = await calculator.ComputeAsync([indicator], query, ct);
            return values.Select(v => new ShownValue(v, Suppression.Show(v.ToFigure(), isCount, viewer, format))).ToList();
        }

        var tables = await OrganisationTablesAsync(indicator, query, viewer, ct);
        var result = tables.SelectMany(t => t.Rows).ToList();
        return query.SubjectId is int id ? result.Where(r => r.Value.Subject.Id == id).ToList() : result;
    }

    /// <summary>
    /// Several indicators for the network or an area, computed together (one query over the values they share),
    /// each shown as <see cref="ShownAsync"/> would show it alone. By indicator code.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ShownValue>>> ShownManyAsync(IReadOnlyList<Indicator> indicators, IndicatorQuery query, Viewer viewer, CancellationToken ct)
    {
        if (query.Level == IndicatorLevel.Organisation)
        {
            throw new ArgumentException("Organisation figures are suppressed as one table per indicator: use ShownAsync.", nameof(query));
        }

        var values = indicators.Count == 0 ? [] : await calculator.ComputeAsync(indicators, query, ct);
        var byCode = values.ToLookup(v => v.IndicatorCode);
        return indicators.ToDictionary(
            i => i.Code,
            i => (IReadOnlyList<ShownValue>)byCode[i.Code].Select(v => new ShownValue(v, Suppression.Show(v.ToFigure(), IndicatorFormat.IsCount(i), viewer, IndicatorFormat.For(i)))).ToList());
    }

    /// <summary>Per period: every organisation's value and the network total, suppressed together as one table.</summary>
    public async Task<IReadOnlyList<(Period Period, IReadOnlyList<ShownValue> Rows, ShownValue Total)>> OrganisationTablesAsync(Indicator indicator, IndicatorQuery query, Viewer viewer, CancellationToken ct)
    {
        var isCount = IndicatorFormat.IsCount(indicator);
        var all = await calculator.ComputeAsync([indicator], query with { Level = IndicatorLevel.Organisation, SubjectId = null }, ct);
        var network = await calculator.ComputeAsync([indicator], query with { Level = IndicatorLevel.Network, SubjectId = null }, ct);
        var result = new List<(Period, IReadOnlyList<ShownValue>, ShownValue)>();
        foreach (var total in network)
        {
            var rows = all.Where(v => v.Period == total.Period).ToList();
            var (shown, shownTotal) = Suppression.ShowTable(rows.Select(r => r.ToFigure()).ToList(), total.ToFigure(), isCount, viewer, IndicatorFormat.For(indicator));
            result.Add((total.Period, rows.Select((r, i) => new ShownValue(r, shown[i])).ToList(), new ShownValue(total, shownTotal!)));
        }

        return result;
    }
}
