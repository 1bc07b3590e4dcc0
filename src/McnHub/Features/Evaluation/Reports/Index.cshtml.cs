using McnHub.Features.Evaluation.Indicators;
using McnHub.Features.Members.People;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Evaluation.Reports;

/// <summary>The quarterly reports of the last two years and the annual reports of the last three, newest first.</summary>
public sealed class IndexModel(ReportBuilder builder) : PageModel
{
    public IReadOnlyList<Period> Quarters { get; private set; } = [];

    /// <summary>Reporting years (id: the year each starts in; label: e.g. "2025/26 (April 2025 to March 2026)").</summary>
    public IReadOnlyList<(string Id, string Label, bool SoFar)> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var quarters = new List<Period> { IndicatorValues.LastCompleteQuarter() };
        while (quarters.Count < 8)
        {
            quarters.Add(quarters[^1].Previous);
        }

        Quarters = quarters;
        var startMonth = await builder.YearStartMonthAsync(ct);
        var current = ReportBuilder.ReportingYearOf(UkDates.Today(), startMonth);
        Years = Enumerable.Range(0, 3).Select(back => current - back)
            .Select(year => (year.ToString(System.Globalization.CultureInfo.InvariantCulture), ReportBuilder.ParsePeriod(year.ToString(System.Globalization.CultureInfo.InvariantCulture), true, startMonth)!.Label, year == current))
            .ToList();
    }
}
