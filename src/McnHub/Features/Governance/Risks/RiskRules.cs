using Microsoft.AspNetCore.Mvc.Rendering;

namespace McnHub.Features.Governance.Risks;

/// <summary>Score bands of likelihood × impact: Low 1–4, Moderate 5–9, High 10–15, Extreme 16–25.</summary>
public enum RiskBand
{
    Low,
    Moderate,
    High,
    Extreme,
}

/// <summary>How risks are scored, banded and described.</summary>
public static class RiskRules
{
    public const int MinScale = 1;
    public const int MaxScale = 5;

    public static RiskBand Band(int score) => score switch
    {
        <= 4 => RiskBand.Low,
        <= 9 => RiskBand.Moderate,
        <= 15 => RiskBand.High,
        _ => RiskBand.Extreme,
    };

    /// <summary>The inclusive score range of a band, for filtering.</summary>
    public static (int From, int To) Range(RiskBand band) => band switch
    {
        RiskBand.Low => (1, 4),
        RiskBand.Moderate => (5, 9),
        RiskBand.High => (10, 15),
        _ => (16, 25),
    };

    /// <summary>The tag colour: a supplement only (the band is always written out), lighter for lower bands.</summary>
    public static string TagClass(RiskBand band) => band switch
    {
        RiskBand.Low => "nhsuk-tag--green",
        RiskBand.Moderate => "nhsuk-tag--yellow",
        RiskBand.High => "nhsuk-tag--orange",
        _ => "nhsuk-tag--red",
    };

    public static string Describe(RiskTrend trend) => trend switch
    {
        RiskTrend.Improving => "Improving",
        RiskTrend.Worsening => "Worsening",
        _ => "Stable",
    };

    public static string Describe(RiskStatus status) => status == RiskStatus.Closed ? "Closed" : "Open";

    public static IEnumerable<SelectListItem> TrendItems =>
        Enum.GetValues<RiskTrend>().Select(t => new SelectListItem(Describe(t), t.ToString()));

    public static IEnumerable<SelectListItem> StatusItems =>
        Enum.GetValues<RiskStatus>().Select(s => new SelectListItem(Describe(s), s.ToString()));

    public static IEnumerable<SelectListItem> BandItems =>
        Enum.GetValues<RiskBand>().Select(b => new SelectListItem($"{b} ({Range(b).From} to {Range(b).To})", b.ToString()));
}

/// <summary>One cell of the 5×5 heat map: the risks whose current (after-mitigation) score sits there.</summary>
public sealed record HeatMapCell(int Likelihood, int Impact, IReadOnlyList<string> Titles)
{
    public int Score => Likelihood * Impact;

    public RiskBand Band => RiskRules.Band(Score);

    public int Count => Titles.Count;
}

public static class HeatMap
{
    /// <summary>Rows from likelihood 5 (top) down to 1, columns impact 1 to 5, as risk matrices are usually read.</summary>
    public static IReadOnlyList<IReadOnlyList<HeatMapCell>> Build(IEnumerable<(int Likelihood, int Impact, string Title)> risks)
    {
        var list = risks.ToList();
        return Enumerable.Range(RiskRules.MinScale, RiskRules.MaxScale).Reverse()
            .Select(l => (IReadOnlyList<HeatMapCell>)Enumerable.Range(RiskRules.MinScale, RiskRules.MaxScale)
                .Select(i => new HeatMapCell(l, i, list.Where(r => r.Likelihood == l && r.Impact == i).Select(r => r.Title).Order(StringComparer.CurrentCultureIgnoreCase).ToList()))
                .ToList())
            .ToList();
    }
}
