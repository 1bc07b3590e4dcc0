using System.Globalization;
using McnHub.Features.Evaluation.Indicators;
using McnHub.Platform.Data;
using McnHub.Platform.Export;
using McnHub.Platform.Reports;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Reports;

/// <summary>
/// The evaluation part of the quarterly and annual reports (order 100): each indicator for the network with its
/// trend and target, and the completeness and timeliness of data returns. A report is a publication, so its
/// figures are suppressed as for the public, whoever reads it.
/// </summary>
public sealed class EvaluationReportSection(AppDbContext db, IndicatorValues values) : IReportSectionSource
{
    public int Order => 100;

    public async Task<ReportSection?> BuildAsync(ReportPeriod period, CancellationToken ct)
    {
        var indicators = await values.ActiveAsync(ct);
        var completeness = await CompletenessAsync(period, ct);
        if (indicators.Count == 0 && completeness.Count == 0)
        {
            return null;
        }

        var paragraphs = new List<string>();
        var tables = new List<Table>();
        if (indicators.Count > 0)
        {
            var (trendPeriods, headline) = TrendPeriods(period);
            var rows = new List<IReadOnlyList<object?>>();
            foreach (var indicator in indicators)
            {
                var query = new IndicatorQuery(IndicatorLevel.Network, trendPeriods[0], trendPeriods[^1]);
                var shown = await values.ShownAsync(indicator, query, Viewer.Public, ct);
                var series = shown.Select(s => (s.Value.Period, s.Shown.Value)).ToList();
                paragraphs.Add($"{indicator.Name}: {IndicatorFormat.Summary(indicator, series)}");
                var cells = new List<object?> { indicator.Name, IndicatorFormat.Target(indicator) };
                cells.AddRange(shown.Select(s => s.Shown.Text));
                var latest = shown.LastOrDefault(s => s.Value.Period == headline);
                cells.Add(indicator.Target is null || latest?.Shown.Value is not double v ? "–" : indicator.MeetsTarget(v) ? "Yes" : "No");
                rows.Add(cells);
            }

            var headings = new List<string> { "Indicator", "Target" };
            headings.AddRange(trendPeriods.Select(p => p.Id));
            headings.Add($"Target met in {headline.Id}");
            tables.Add(new Table("Indicators for the network", headings, rows));
        }

        if (completeness.Count > 0)
        {
            tables.Add(new Table("Data returns: completeness and timeliness", ["Dataset", "Expected", "Received", "Received (%)", "On time", "On time (%)", "Approved"], completeness));
            paragraphs.Add("Completeness counts returns submitted or approved against those expected from assigned organisations for periods that have ended; on time means submitted by the due date.");
        }

        return new ReportSection("evaluation", "Indicators and data returns", paragraphs, tables);
    }

    /// <summary>A quarter: it and the three before; a year: its four quarters.</summary>
    private static (List<Period> Periods, Period Headline) TrendPeriods(ReportPeriod period)
    {
        var last = Period.Containing(PeriodType.Quarterly, period.End);
        var list = new List<Period> { last };
        for (var i = 0; i < 3; i++)
        {
            list.Insert(0, list[0].Previous);
        }

        return (list, last);
    }

    private async Task<List<IReadOnlyList<object?>>> CompletenessAsync(ReportPeriod period, CancellationToken ct)
    {
        var rows = new List<IReadOnlyList<object?>>();
        var datasets = await db.Set<Dataset>().AsNoTracking().Where(d => d.Active).Include(d => d.Assignments).OrderBy(d => d.Name).ToListAsync(ct);
        foreach (var dataset in datasets)
        {
            var periods = Period.Range(dataset.PeriodType, period.Start, period.End).Where(p => p.End <= period.End).ToList();
            var expected = periods.Sum(p => dataset.Assignments.Count(a => a.From is null || a.From <= p.End));
            if (expected == 0)
            {
                continue;
            }

            var returns = await db.Set<DataReturn>().AsNoTracking()
                .Where(r => r.DatasetId == dataset.Id && r.PeriodStart >= period.Start && r.PeriodStart <= period.End)
                .Select(r => new { r.Period, r.Status, SubmittedAt = r.FirstSubmittedAt ?? r.SubmittedAt })
                .ToListAsync(ct);
            var received = returns.Where(r => r.Status is ReturnStatus.Submitted or ReturnStatus.Approved).ToList();
            var onTime = received.Count(r => r.SubmittedAt is DateTime at && DateOnly.FromDateTime(at) <= dataset.DueDate(r.Period));
            var approved = received.Count(r => r.Status == ReturnStatus.Approved);
            rows.Add([dataset.Name, expected, received.Count, Percent(received.Count, expected), onTime, Percent(onTime, expected), approved]);
        }

        return rows;
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "–" : (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + "%";
}
