using McnHub.Platform.Data;
using McnHub.Features.Members.People;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Indicators;

/// <summary>A value as a viewer may see it.</summary>
public sealed record ShownValue(IndicatorValue Value, ShownFigure Shown);

/// <summary>
/// Indicator values as a given viewer may see them: what the pages, the JSON API, FHIR and the reports all use, so
/// suppression is applied the same way everywhere: organisations, areas and the network of a period are always
/// suppressed together (<see cref="PublishedFigures"/>), and a single subject is cut from that whole, never computed alone.
/// </summary>
public sealed class IndicatorValues(AppDbContext db, PublishedFigures published, IndicatorCalculator calculator)
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

    /// <summary>Values at the query's level, suppressed together with every other level (<see cref="PublishedFigures"/>).</summary>
    public Task<IReadOnlyList<ShownValue>> ShownAsync(Indicator indicator, IndicatorQuery query, Viewer viewer, CancellationToken ct) =>
        published.ShowAsync(indicator, query, viewer, ct);

    /// <summary>
    /// Several indicators for the network or an area, each shown exactly as <see cref="ShownAsync"/> would show it
    /// alone (suppressed with every other level; computed in one query for those who see everything). By code.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ShownValue>>> ShownManyAsync(IReadOnlyList<Indicator> indicators, IndicatorQuery query, Viewer viewer, CancellationToken ct)
    {
        if (query.Level == IndicatorLevel.Organisation)
        {
            throw new ArgumentException("Organisation figures are suppressed as one table per indicator: use ShownAsync.", nameof(query));
        }

        if (viewer.SeesEverything)
        {
            // Nothing is withheld: one query over the values the indicators share, each evaluated from its own elements.
            var values = indicators.Count == 0 ? [] : await calculator.ComputeAsync(indicators, query, ct);
            var byCode = values.ToLookup(v => v.IndicatorCode);
            return indicators.ToDictionary(
                i => i.Code,
                i => (IReadOnlyList<ShownValue>)byCode[i.Code].Select(v => new ShownValue(v, Suppression.Show(v.ToFigure(), IndicatorFormat.IsCount(i), viewer, IndicatorFormat.For(i)))).ToList());
        }

        var result = new Dictionary<string, IReadOnlyList<ShownValue>>();
        foreach (var indicator in indicators)
        {
            result[indicator.Code] = await published.ShowAsync(indicator, query, viewer, ct);
        }

        return result;
    }

    /// <summary>Per period: every organisation's value and the network total, suppressed with everything else published.</summary>
    public async Task<IReadOnlyList<(Period Period, IReadOnlyList<ShownValue> Rows, ShownValue Total)>> OrganisationTablesAsync(Indicator indicator, IndicatorQuery query, Viewer viewer, CancellationToken ct)
    {
        var all = await published.AllLevelsAsync(indicator, query, viewer, ct);
        var result = new List<(Period, IReadOnlyList<ShownValue>, ShownValue)>();
        foreach (var total in all.Where(v => v.Value.Subject.Level == IndicatorLevel.Network))
        {
            var rows = all.Where(v => v.Value.Period == total.Value.Period && v.Value.Subject.Level == IndicatorLevel.Organisation).ToList();
            result.Add((total.Value.Period, rows, total));
        }

        return result;
    }
}
