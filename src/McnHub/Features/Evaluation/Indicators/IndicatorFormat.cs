using System.Globalization;

namespace McnHub.Features.Evaluation.Indicators;

/// <summary>How indicator values read: "68.2%", "12.5 per 10,000", "37".</summary>
public static class IndicatorFormat
{
    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    public static bool IsCount(Indicator indicator) => indicator.Factor == 1 && indicator.Denominator.Trim() == "1";

    public static string Value(Indicator indicator, double value)
    {
        var number = value.ToString("N" + Math.Clamp(indicator.Decimals, 0, 6), UkCulture);
        return indicator.Factor switch
        {
            100 => number + "%",
            10000 => number + " per 10,000",
            _ => number,
        };
    }

    public static Func<double, string> For(Indicator indicator) => v => Value(indicator, v);

    public static string Target(Indicator indicator) =>
        indicator.Target is double t ? $"{(indicator.Direction == IndicatorDirection.HigherIsBetter ? "at least" : "at most")} {Value(indicator, t)}" : "no target";

    /// <summary>
    /// One line on a series: "Rose from 61% to 68% over 8 quarters; target at least 75%." Withheld and empty points
    /// are skipped; fewer than two points say so.
    /// </summary>
    public static string Summary(Indicator indicator, IReadOnlyList<(Period Period, double? Value)> series)
    {
        var points = series.Where(p => p.Value is not null).ToList();
        var target = indicator.Target is null ? "no target set" : $"target {Target(indicator)}";
        if (points.Count == 0)
        {
            return $"No data to show for these periods; {target}.";
        }

        var first = points[0];
        var last = points[^1];
        if (points.Count == 1)
        {
            return $"{Value(indicator, last.Value!.Value)} in {last.Period.Name}, the only period with data; {target}.";
        }

        var count = series.Count;
        var unit = series[0].Period.Type switch { PeriodType.Monthly => "months", PeriodType.Quarterly => "quarters", _ => "years" };
        // First and last alone can hide the path between them: say the range whenever it went beyond them.
        var low = points.Min(p => p.Value!.Value);
        var high = points.Max(p => p.Value!.Value);
        var beyond = low < Math.Min(first.Value!.Value, last.Value!.Value) || high > Math.Max(first.Value!.Value, last.Value!.Value);
        var range = beyond ? $" (lowest {Value(indicator, low)}, highest {Value(indicator, high)})" : "";
        var verb = last.Value > first.Value ? "Rose" : last.Value < first.Value ? "Fell" : beyond ? "Ended where it began" : "Stayed level";
        var change = last.Value == first.Value ? $"at {Value(indicator, last.Value!.Value)}" : $"from {Value(indicator, first.Value!.Value)} to {Value(indicator, last.Value!.Value)}";
        var met = indicator.Target is null ? "" : indicator.MeetsTarget(last.Value!.Value) ? " (met)" : " (not met)";
        return string.Create(UkCulture, $"{verb} {change} over {count} {unit}{range}; {target}{met}.");
    }
}
