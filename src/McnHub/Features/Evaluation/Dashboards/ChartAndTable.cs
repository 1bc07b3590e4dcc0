using McnHub.Features.Evaluation.Indicators;

namespace McnHub.Features.Evaluation.Dashboards;

/// <summary>What the chart-beside-its-table partial shows: one row per label, and optionally a total row.</summary>
public sealed record ChartAndTable(string Id, string Title, string Summary, string LabelHeading, IReadOnlyList<(string Label, ShownValue Value)> Rows, ShownValue? Total, Indicator Indicator)
{
    public bool? Meets(ShownValue v) =>
        Indicator.Target is null || v.Shown.Value is not double value ? null : Indicator.MeetsTarget(value);

    public static string Count(double? value, ShownValue v) =>
        v.Shown.Suppressed ? Suppression.WithheldText : value is double d ? d.ToString("#,##0.##", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) : "–";
}
