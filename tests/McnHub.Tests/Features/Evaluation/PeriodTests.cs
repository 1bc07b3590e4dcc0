using McnHub.Features.Evaluation;

namespace McnHub.Tests.Features.Evaluation;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2026Q1", PeriodType.Quarterly, "2026-01-01", "2026-03-31")]
    [InlineData("2026Q4", PeriodType.Quarterly, "2026-10-01", "2026-12-31")]
    [InlineData("2024-02", PeriodType.Monthly, "2024-02-01", "2024-02-29")]
    [InlineData("2026-12", PeriodType.Monthly, "2026-12-01", "2026-12-31")]
    [InlineData("2026", PeriodType.Yearly, "2026-01-01", "2026-12-31")]
    public void A_period_id_parses_to_its_type_and_dates_and_formats_back_the_same(string id, PeriodType type, string start, string end)
    {
        var period = Period.Parse(id);

        Assert.Equal(type, period.Type);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
        Assert.Equal(id, period.Id);
        Assert.Equal(id, period.ToString());
    }

    [Theory]
    [InlineData("2026q2", "2026Q2")]
    [InlineData(" 2026-03 ", "2026-03")]
    public void Parsing_forgives_case_and_surrounding_spaces(string typed, string id) => Assert.Equal(id, Period.Parse(typed).Id);

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2026Q5")]
    [InlineData("2026Q0")]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("2026-3")]
    [InlineData("26Q1")]
    [InlineData("Q1 2026")]
    [InlineData("2026W01")]
    [InlineData("abcd")]
    public void Anything_else_is_not_a_period(string? text)
    {
        Assert.False(Period.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Period.Parse(text ?? ""));
    }

    [Theory]
    [InlineData("2026Q1", "2025Q4", "2026Q2")]
    [InlineData("2026-01", "2025-12", "2026-02")]
    [InlineData("2026", "2025", "2027")]
    public void Previous_and_next_cross_year_boundaries(string id, string previous, string next)
    {
        var period = Period.Parse(id);

        Assert.Equal(previous, period.Previous.Id);
        Assert.Equal(next, period.Next.Id);
        Assert.Equal(period, period.Previous.Next);
    }

    [Fact]
    public void The_same_period_a_year_before_keeps_its_quarter() => Assert.Equal("2025Q3", Period.Parse("2026Q3").YearBefore.Id);

    [Fact]
    public void Periods_read_naturally_in_British_English()
    {
        Assert.Equal("January to March 2026", Period.Quarter(2026, 1).Name);
        Assert.Equal("March 2026", Period.Month(2026, 3).Name);
        Assert.Equal("2026", Period.OfYear(2026).Name);
    }

    [Fact]
    public void The_period_containing_a_date_and_a_range_of_periods_are_found()
    {
        Assert.Equal("2026Q2", Period.Containing(PeriodType.Quarterly, new DateOnly(2026, 6, 30)).Id);
        Assert.Equal("2026-06", Period.Containing(PeriodType.Monthly, new DateOnly(2026, 6, 30)).Id);
        var range = Period.Range(PeriodType.Quarterly, new DateOnly(2025, 11, 5), new DateOnly(2026, 4, 1)).Select(p => p.Id);
        Assert.Equal(["2025Q4", "2026Q1", "2026Q2"], range);
    }

    [Fact]
    public void Periods_order_by_their_start()
    {
        Assert.True(Period.Parse("2025Q4") < Period.Parse("2026Q1"));
        Assert.True(Period.Parse("2026-02") > Period.Parse("2026-01"));
        Assert.Equal(["2025Q1", "2025Q4", "2026Q1"], new[] { "2026Q1", "2025Q1", "2025Q4" }.Select(Period.Parse).Order().Select(p => p.Id));
    }

    [Fact]
    public void A_quarter_that_does_not_exist_cannot_be_created() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.Quarter(2026, 5));

    [Fact]
    public void A_dataset_due_thirty_days_after_the_quarter_is_due_on_the_thirtieth_of_the_next_month_and_open_after_that_for_its_late_window()
    {
        var dataset = new Dataset { DueDays = 30, OpenForLateEntryDays = 60 };
        var q1 = Period.Quarter(2026, 1);

        Assert.Equal(new DateOnly(2026, 4, 30), dataset.DueDate(q1));
        Assert.Equal(new DateOnly(2026, 6, 29), dataset.LastEntryDate(q1));
    }
}
