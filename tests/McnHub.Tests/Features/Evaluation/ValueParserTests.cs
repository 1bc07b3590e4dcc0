using McnHub.Features.Evaluation;

namespace McnHub.Tests.Features.Evaluation;

public sealed class ValueParserTests
{
    [Theory]
    [InlineData("1234", 1234)]
    [InlineData("1,234", 1234)]
    [InlineData("1 234", 1234)]
    [InlineData(" 12 ", 12)]
    [InlineData("0", 0)]
    [InlineData("1.234.567", 1234567)]
    public void Whole_numbers_are_read_with_or_without_thousands_separators(string typed, double expected)
    {
        var parsed = ValueParser.Parse(DataValueType.Integer, "Deaths", typed);

        Assert.Null(parsed.Error);
        Assert.Equal(expected, parsed.Numeric);
    }

    [Theory]
    [InlineData("12.5", 12.5)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("12,5", 12.5)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("-3.5", -3.5)]
    public void Decimals_are_read_with_a_point_and_with_a_comma_where_it_cannot_be_a_thousands_separator(string typed, double expected) =>
        Assert.Equal(expected, ValueParser.Parse(DataValueType.Number, "Ratio", typed).Numeric);

    [Theory]
    [InlineData("12.5", "must be a whole number")]
    [InlineData("12,5", "must be a whole number")]
    [InlineData("-3", "must be 0 or more")]
    [InlineData("1.234", "could be read two ways")]
    [InlineData("twelve", "is not a number")]
    [InlineData("12a", "is not a number")]
    [InlineData("1,23", "must be a whole number")]
    public void Bad_whole_numbers_get_a_message_that_says_what_to_type(string typed, string message)
    {
        var parsed = ValueParser.Parse(DataValueType.Integer, "Deaths", typed);

        Assert.Null(parsed.Numeric);
        Assert.Contains(message, parsed.Error, StringComparison.Ordinal);
        Assert.StartsWith("Deaths", parsed.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yes", "Yes", 1)]
    [InlineData("Y", "Yes", 1)]
    [InlineData("no", "No", 0)]
    [InlineData("FALSE", "No", 0)]
    public void Yes_and_no_are_read_in_their_usual_forms(string typed, string value, double numeric)
    {
        var parsed = ValueParser.Parse(DataValueType.YesNo, "24-hour advice", typed);

        Assert.Equal(value, parsed.Value);
        Assert.Equal(numeric, parsed.Numeric);
    }

    [Fact]
    public void Anything_else_is_not_yes_or_no() =>
        Assert.Contains("must be yes or no", ValueParser.Parse(DataValueType.YesNo, "24-hour advice", "maybe").Error, StringComparison.Ordinal);

    [Fact]
    public void A_percentage_over_100_is_refused() =>
        Assert.Contains("from 0 to 100", ValueParser.Parse(DataValueType.Percentage, "Coverage", "120").Error, StringComparison.Ordinal);

    [Fact]
    public void A_blank_is_no_value_rather_than_an_error()
    {
        var parsed = ValueParser.Parse(DataValueType.Integer, "Deaths", "   ");

        Assert.True(parsed.IsEmpty);
        Assert.Null(parsed.Error);
    }
}
