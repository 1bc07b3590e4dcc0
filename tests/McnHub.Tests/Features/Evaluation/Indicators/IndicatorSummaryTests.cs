using McnHub.Features.Evaluation;
using McnHub.Features.Evaluation.Indicators;

namespace McnHub.Tests.Features.Evaluation.Indicators;

public class IndicatorSummaryTests
{
    private static readonly Indicator Percent = new() { Code = "PCT", Name = "Per cent", Factor = 100, Decimals = 0, Target = 75 };

    private static List<(Period, double?)> Quarters(params double?[] values) =>
        values.Select((v, i) => (Period.Quarter(2025, i + 1), v)).ToList();

    [Fact]
    public void A_series_that_ends_where_it_began_but_dipped_on_the_way_says_how_low_it_went()
    {
        var summary = IndicatorFormat.Summary(Percent, Quarters(100, 77, 100));

        Assert.StartsWith("Ended where it began at 100", summary, StringComparison.Ordinal);
        Assert.Contains("(lowest 77", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flat_series_stays_level_and_a_steady_rise_names_no_range()
    {
        Assert.StartsWith("Stayed level at 80", IndicatorFormat.Summary(Percent, Quarters(80, 80, 80)), StringComparison.Ordinal);
        Assert.DoesNotContain("lowest", IndicatorFormat.Summary(Percent, Quarters(60, 70, 80)), StringComparison.Ordinal);
    }
}
