using System.Globalization;
using McnHub.Platform.Export;

namespace McnHub.Features.Directory.ProvisionMap;

/// <summary>The words, symbols and export tables of the provision map, shared by the page and the downloads.</summary>
public static class ProvisionMapText
{
    public static string Describe(Coverage coverage) => coverage switch
    {
        Coverage.TwentyFourSeven => "24/7",
        Coverage.OfficeHoursOnly => "Office hours only",
        _ => "None",
    };

    /// <summary>A shape per level, so the map reads without colour (the text is there too).</summary>
    public static string Symbol(Coverage coverage) => coverage switch
    {
        Coverage.TwentyFourSeven => "\u25CF",
        Coverage.OfficeHoursOnly => "\u25D0",
        _ => "\u25CB",
    };

    public static string CssClass(Coverage coverage) => coverage switch
    {
        Coverage.TwentyFourSeven => "mcn-coverage--24x7",
        Coverage.OfficeHoursOnly => "mcn-coverage--office",
        _ => "mcn-coverage--none",
    };

    public static string Describe(GapReason reason) => reason switch
    {
        GapReason.OfficeHoursOnly => "Office hours only, 24/7 required",
        _ => "No service",
    };

    public static string Number(decimal value, int decimals = 0) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.GetCultureInfo("en-GB"));

    public static string PrevalenceSource(ProvisionMapRow row, PrevalenceScenario scenario) =>
        row.UsesAreaPrevalence ? "Area rate" : scenario.Name;

    public static Table MapTable(ProvisionMapResult map)
    {
        IReadOnlyList<string> headings =
        [
            "Area", "Population aged 0-19", "Prevalence per 10,000", "Prevalence source",
            "Estimated children with life-limiting conditions", .. map.Types.Select(t => t.Label),
        ];
        var rows = map.Rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Area.Name, r.Area.Population0To19, r.Prevalence, PrevalenceSource(r, map.Scenario), r.EstimatedChildren,
            .. r.Cells.Select(c => (object?)Describe(c)),
        ]);
        return new Table($"provision-map-{map.Scenario.Key}", headings, rows.ToList());
    }

    public static Table GapTable(ProvisionMapResult map)
    {
        IReadOnlyList<string> headings = ["Rank", "Area", "Service type", "Gap", "Estimated children affected", "Population aged 0-19"];
        var rows = map.Gaps.Select(g => (IReadOnlyList<object?>)
        [
            g.Rank, g.Area.Name, g.Type.Label, Describe(g.Reason), g.EstimatedChildren, g.Area.Population0To19,
        ]);
        return new Table($"provision-gaps-{map.Scenario.Key}", headings, rows.ToList());
    }
}
