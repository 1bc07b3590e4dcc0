using McnHub.Features.Evaluation.Indicators;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Evaluation.Dashboards;

/// <summary>
/// One indicator: its trend for the network, and areas and organisations compared against the target for one
/// period — each chart with its table and a one-line summary; figures suppressed for the viewer.
/// </summary>
public sealed class DetailsModel(IndicatorValues values) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Rolling { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Submitted { get; set; }

    public Indicator Indicator { get; private set; } = new();

    public Viewer Viewer { get; private set; } = Viewer.Public;

    public IndicatorQuery Query { get; private set; } = new(IndicatorLevel.Network, default, default);

    public IReadOnlyList<ShownValue> Trend { get; private set; } = [];

    public string TrendSummary { get; private set; } = "";

    public Period Latest { get; private set; }

    public IReadOnlyList<ShownValue> Areas { get; private set; } = [];

    public string AreaSummary { get; private set; } = "";

    public IReadOnlyList<ShownValue> Organisations { get; private set; } = [];

    public ShownValue? NetworkTotal { get; private set; }

    public string OrganisationSummary { get; private set; } = "";

    public bool IsCount => IndicatorFormat.IsCount(Indicator);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await values.FindAsync(code, ct) is not { } indicator)
        {
            return NotFound();
        }

        Indicator = indicator;
        Viewer = Viewer.For(User);
        var errors = IndicatorQuery.ParsePeriods(From, To, out var from, out var to, IndicatorValues.LastCompleteQuarter(), 8);
        foreach (var (key, messages) in errors)
        {
            ModelState.AddModelError(key == "from" ? nameof(From) : nameof(To), messages[0]);
        }

        if (errors.Count > 0)
        {
            to = IndicatorValues.LastCompleteQuarter();
            from = to;
            for (var i = 1; i < 8; i++)
            {
                from = from.Previous;
            }
        }

        Query = new IndicatorQuery(IndicatorLevel.Network, from, to, Rolling, Submitted && Viewer.SeesEverything);
        Latest = to;
        Trend = await values.ShownAsync(indicator, Query, Viewer, ct);
        TrendSummary = IndicatorFormat.Summary(indicator, Trend.Select(t => (t.Value.Period, t.Shown.Value)).ToList());

        var latestOnly = Query with { From = to, To = to };
        Areas = await values.ShownAsync(indicator, latestOnly with { Level = IndicatorLevel.Area }, Viewer, ct);
        AreaSummary = CompareSummary(Areas, "areas");
        var table = (await values.OrganisationTablesAsync(indicator, latestOnly, Viewer, ct)).Single();
        Organisations = table.Rows;
        NetworkTotal = table.Total;
        OrganisationSummary = CompareSummary(Organisations, "organisations");
        return Page();
    }

    public bool? Meets(ShownValue v) =>
        Indicator.Target is null || v.Shown.Value is not double value ? null : Indicator.MeetsTarget(value);

    private string CompareSummary(IReadOnlyList<ShownValue> rows, string what)
    {
        var withData = rows.Where(r => r.Shown.Value is not null).ToList();
        var withheld = rows.Count(r => r.Shown.Suppressed);
        var hidden = withheld > 0 ? $"; {withheld} withheld to protect small numbers" : "";
        if (withData.Count == 0)
        {
            return $"No {what} have data to show for {Latest.Id}{hidden}.";
        }

        var meeting = Indicator.Target is null ? "" : $"{withData.Count(r => Meets(r) == true)} of {withData.Count} {what} with data meet the target ({IndicatorFormat.Target(Indicator)}); ";
        var best = Indicator.Direction == IndicatorDirection.HigherIsBetter ? withData.MaxBy(r => r.Shown.Value) : withData.MinBy(r => r.Shown.Value);
        return $"{Latest.Id}: {meeting}best {best!.Value.Subject.Name} at {best.Shown.Text}{hidden}.";
    }
}
