using McnHub.Features.Evaluation.Indicators;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Evaluation.Dashboards;

public sealed record IndicatorCard(Indicator Indicator, ShownValue? Latest, string Summary);

/// <summary>Every active indicator for the network: its latest quarter against the target and its trend in one line.</summary>
public sealed class IndexModel(IndicatorValues values) : PageModel
{
    public IReadOnlyList<IndicatorCard> Cards { get; private set; } = [];

    public Period From { get; private set; }

    public Period To { get; private set; }

    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanManage = User.IsInRole(McnHub.Platform.Accounts.Roles.Coordinator);
        To = IndicatorValues.LastCompleteQuarter();
        From = To;
        for (var i = 1; i < 8; i++)
        {
            From = From.Previous;
        }

        var viewer = Viewer.For(User);
        var cards = new List<IndicatorCard>();
        var indicators = await values.ActiveAsync(ct);
        var trends = await values.ShownManyAsync(indicators, new IndicatorQuery(IndicatorLevel.Network, From, To), viewer, ct);
        foreach (var indicator in indicators)
        {
            var trend = trends[indicator.Code];
            var latest = trend.LastOrDefault(t => t.Value.Value is not null);
            cards.Add(new IndicatorCard(indicator, latest, IndicatorFormat.Summary(indicator, trend.Select(t => (t.Value.Period, t.Shown.Value)).ToList())));
        }

        Cards = cards;
    }
}
