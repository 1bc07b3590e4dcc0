using McnHub.Features.Evaluation.Indicators;

namespace McnHub.Tests.Features.Evaluation.Indicators;

public sealed class SuppressionTests
{
    private static readonly Func<double, string> Percent = v => $"{v:0.0}%";
    private static readonly Func<double, string> Plain = v => $"{v:0}";

    private static Figure Ratio(int org, double numerator, double denominator) => new(org, numerator / denominator * 100, numerator, denominator);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(120, false)]
    public void Counts_from_1_to_4_are_small(double count, bool small) => Assert.Equal(small, Suppression.IsSmall(count));

    [Fact]
    public void A_small_count_is_shown_as_less_than_five_to_the_public()
    {
        var shown = Suppression.Show(new Figure(7, 3, 3, 1), isCount: true, Viewer.Public, Plain);

        Assert.True(shown.Suppressed);
        Assert.Equal("<5", shown.Text);
        Assert.Null(shown.Value);
    }

    [Fact]
    public void A_percentage_with_a_small_numerator_or_denominator_is_withheld_but_zero_is_shown()
    {
        Assert.True(Suppression.Show(Ratio(1, 3, 40), false, Viewer.Public, Percent).Suppressed);
        Assert.True(Suppression.Show(Ratio(1, 2, 3), false, Viewer.Public, Percent).Suppressed);
        Assert.Equal("0.0%", Suppression.Show(Ratio(1, 0, 40), false, Viewer.Public, Percent).Text);
        Assert.Equal("75.0%", Suppression.Show(Ratio(1, 15, 20), false, Viewer.Public, Percent).Text);
    }

    [Fact]
    public void The_coordinator_and_the_organisations_own_people_see_small_numbers_in_full()
    {
        var own = new Viewer(false, new HashSet<int> { 1 });

        Assert.Equal("66.7%", Suppression.Show(Ratio(1, 2, 3), false, Viewer.Coordinator, Percent).Text);
        Assert.Equal("66.7%", Suppression.Show(Ratio(1, 2, 3), false, own, Percent).Text);
        Assert.True(Suppression.Show(Ratio(2, 2, 3), false, own, Percent).Suppressed);
    }

    [Fact]
    public void A_single_withheld_row_under_a_shown_total_takes_the_next_smallest_row_with_it()
    {
        var rows = new[] { Ratio(1, 30, 40), Ratio(2, 2, 10), Ratio(3, 8, 10), Ratio(4, 20, 25) };
        var total = new Figure(null, 60.0 / 85 * 100, 60, 85);

        var (shown, shownTotal) = Suppression.ShowTable(rows, total, false, Viewer.Public, Percent);

        Assert.Equal([false, true, true, false], shown.Select(s => s.Suppressed));
        Assert.False(shownTotal!.Suppressed);
    }

    [Fact]
    public void Two_withheld_rows_protect_each_other_so_nothing_more_is_withheld()
    {
        var rows = new[] { Ratio(1, 30, 40), Ratio(2, 2, 10), Ratio(3, 3, 10) };
        var (shown, _) = Suppression.ShowTable(rows, new Figure(null, 35.0 / 60 * 100, 35, 60), false, Viewer.Public, Percent);

        Assert.Equal([false, true, true], shown.Select(s => s.Suppressed));
    }

    [Fact]
    public void A_row_the_viewer_sees_in_full_does_not_protect_another_so_the_total_is_withheld_when_nothing_else_can_be()
    {
        // Organisation 1's own lead sees its 2/10; organisation 2's 3/10 would be total minus 1's minus nothing else.
        var viewer = new Viewer(false, new HashSet<int> { 1 });
        var rows = new[] { Ratio(1, 2, 10), Ratio(2, 3, 10) };

        var (shown, total) = Suppression.ShowTable(rows, new Figure(null, 25, 5, 20), false, viewer, Percent);

        Assert.False(shown[0].Suppressed);
        Assert.True(shown[1].Suppressed);
        Assert.True(total!.Suppressed);
    }

    [Fact]
    public void Without_a_total_only_the_small_rows_are_withheld()
    {
        var rows = new[] { Ratio(1, 30, 40), Ratio(2, 2, 10), Ratio(3, 8, 10) };
        var (shown, total) = Suppression.ShowTable(rows, null, false, Viewer.Public, Percent);

        Assert.Equal([false, true, false], shown.Select(s => s.Suppressed));
        Assert.Null(total);
    }

    [Fact]
    public void Counts_in_a_table_show_less_than_five_and_a_complementary_row_reads_suppressed()
    {
        var rows = new[] { new Figure(1, 3, 3, 1), new Figure(2, 12, 12, 1), new Figure(3, 40, 40, 1) };
        var (shown, _) = Suppression.ShowTable(rows, new Figure(null, 55, 55, 1), true, Viewer.Public, Plain);

        Assert.Equal(["<5", "suppressed", "40"], shown.Select(s => s.Text));
    }
}
