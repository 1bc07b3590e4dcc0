using McnHub.Features.Directory;
using McnHub.Features.Directory.Editing;
using McnHub.Features.Directory.Services;

namespace McnHub.Tests.Features.Directory.Editing;

public sealed class ServiceRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Theory]
    [InlineData("-1", "Minimum age cannot be negative: use 0 for from birth")]
    [InlineData("26", "Minimum age must be 25 years or less")]
    [InlineData("4.5", "Minimum age must be a whole number of years, like 5")]
    [InlineData("ten", "Minimum age must be a whole number of years, like 5")]
    public void Bad_ages_are_refused_with_a_message_naming_the_field(string text, string message)
    {
        Assert.Equal(message, ServiceRules.ParseAge("Minimum age", text, out var age));
        Assert.Null(age);
    }

    [Fact]
    public void Ages_from_0_to_25_are_accepted_and_an_inverted_range_is_not()
    {
        Assert.Null(ServiceRules.ParseAge("Minimum age", " 0 ", out var min));
        Assert.Null(ServiceRules.ParseAge("Maximum age", "25", out var max));
        Assert.Equal((0, 25), (min, max));
        Assert.Null(ServiceRules.AgeRangeError(5, 5));
        Assert.Equal("Minimum age (12) must not be more than the maximum age (5)", ServiceRules.AgeRangeError(12, 5));
    }

    [Fact]
    public void A_day_with_an_inverted_period_or_overlapping_periods_is_refused_naming_the_day()
    {
        var inverted = ServiceRules.CheckDay(DayOfWeek.Monday, [new Period(new(17, 0), new(9, 0))]).Select(e => e.Message).ToList();
        var overlapping = ServiceRules.CheckDay(DayOfWeek.Wednesday, [new Period(new(9, 0), new(13, 0)), new Period(new(12, 0), new(17, 0))]).Select(e => e.Message).ToList();
        var fine = ServiceRules.CheckDay(DayOfWeek.Friday, [new Period(new(9, 0), new(12, 30)), new Period(new(12, 30), new(17, 0))]);

        Assert.Equal(["Monday, first period: the closing time (09:00) must be after the opening time (17:00)"], inverted);
        Assert.Equal(["Wednesday: the second period (12:00–17:00) overlaps the first (09:00–13:00)"], overlapping);
        Assert.Empty(fine);
    }

    [Fact]
    public void A_day_closing_when_it_opens_is_inverted()
    {
        var errors = new DayHoursForm { Day = DayOfWeek.Sunday, Opens1 = "09:00", Closes1 = "09:00" }.Validate("Input.Hours[6]").ToList();

        Assert.Equal([("Input.Hours[6].Opens1", "Sunday, first period: the closing time (09:00) must be after the opening time (09:00)")], errors);
    }

    [Theory]
    [InlineData("nb14aa", "NB1 4AA")]
    [InlineData(" WV6 2WB ", "WV6 2WB")]
    [InlineData("EC1A1BB", "EC1A 1BB")]
    [InlineData("NOT A POSTCODE", null)]
    [InlineData("12345", null)]
    public void Postcodes_are_checked_and_tidied(string text, string? expected) =>
        Assert.Equal(expected, ServiceRules.NormalisePostcode(text));

    [Fact]
    public void A_service_is_stale_when_never_verified_or_verified_before_the_period_but_never_when_defunct()
    {
        var options = new DirectoryOptions { StaleAfterMonths = 6 };

        Assert.True(Freshness.IsStale(new Service { LastVerifiedOn = null }, Today, options));
        Assert.True(Freshness.IsStale(new Service { LastVerifiedOn = Today.AddMonths(-6).AddDays(-1) }, Today, options));
        Assert.False(Freshness.IsStale(new Service { LastVerifiedOn = Today.AddMonths(-6) }, Today, options));
        Assert.False(Freshness.IsStale(new Service { LastVerifiedOn = Today.AddMonths(-3) }, Today, options));
        Assert.False(Freshness.IsStale(new Service { LastVerifiedOn = null, Status = ServiceStatus.Defunct }, Today, options));
        Assert.True(Freshness.IsStale(new Service { LastVerifiedOn = Today.AddMonths(-2) }, Today, new DirectoryOptions { StaleAfterMonths = 1 }));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", true)]
    [InlineData("@SUM(A1)", true)]
    [InlineData("-2+3", true)]
    [InlineData("Kingfisher", false)]
    public void Cells_a_spreadsheet_would_run_are_recognised(string text, bool formula) =>
        Assert.Equal(formula, ServiceRules.LooksLikeFormula(text));

    [Fact]
    public void An_international_phone_number_is_not_a_formula_but_a_formula_in_the_phone_column_is()
    {
        Assert.False(ServiceRules.LooksLikeFormulaPhone("+44 161 496 0000"));
        Assert.True(ServiceRules.LooksLikeFormulaPhone("+cmd|' /C calc'!A0"));
    }

    [Theory]
    [InlineData("Active", ServiceStatus.Active)]
    [InlineData("temporarily closed", ServiceStatus.TemporarilyClosed)]
    [InlineData("Temporarily-Closed", ServiceStatus.TemporarilyClosed)]
    [InlineData("DEFUNCT", ServiceStatus.Defunct)]
    public void Statuses_are_read_as_people_write_them(string text, ServiceStatus expected)
    {
        Assert.True(ServiceRules.TryParseStatus(text, out var status));
        Assert.Equal(expected, status);
    }

    [Fact]
    public void Unknown_or_numeric_statuses_are_refused()
    {
        Assert.False(ServiceRules.TryParseStatus("Open", out _));
        Assert.False(ServiceRules.TryParseStatus("1", out _));
        Assert.False(ServiceRules.TryParseStatus("", out _));
    }
}
