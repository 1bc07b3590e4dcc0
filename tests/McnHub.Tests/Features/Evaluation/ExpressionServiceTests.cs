using McnHub.Features.Evaluation;

namespace McnHub.Tests.Features.Evaluation;

public sealed class ExpressionServiceTests
{
    private static readonly IReadOnlySet<string> Known = new HashSet<string>(
        ["DEATHS", "DEATHS_HOME", "DEATHS_PREFERRED", "CASELOAD", "CASELOAD.AGE_0_1", "CASELOAD.AGE_1_4", "ACP"], StringComparer.OrdinalIgnoreCase);

    private readonly ExpressionService service = new();

    [Fact]
    public void A_valid_expression_lists_the_codes_it_references_once_each()
    {
        var check = service.Check("[DEATHS_PREFERRED] + [DEATHS_PREFERRED] * 0 + [CASELOAD.AGE_0_1]", Known);

        Assert.True(check.IsValid, check.Error?.ToString());
        Assert.Equal(["DEATHS_PREFERRED", "CASELOAD.AGE_0_1"], check.References.Select(r => r.Key));
        Assert.Equal("AGE_0_1", check.References[1].OptionCode);
        Assert.Equal("CASELOAD", check.References[1].ElementCode);
    }

    [Fact]
    public void Dhis2_style_references_are_accepted_too() =>
        Assert.True(service.Check("#{DEATHS_HOME} <= #{DEATHS}", Known).IsValid);

    [Fact]
    public void An_unknown_code_is_rejected_with_its_position()
    {
        var check = service.Check("[DEATHS] - [DEATHS_HOSPICE]", Known);

        Assert.False(check.IsValid);
        Assert.Contains("Unknown data element code 'DEATHS_HOSPICE'", check.Error!.Message);
        Assert.Equal(13, check.Error.Position);
    }

    [Fact]
    public void An_unknown_category_option_of_a_known_element_says_so()
    {
        var check = service.Check("[CASELOAD.AGE_20_25]", Known);

        Assert.Contains("'CASELOAD' has no category option 'AGE_20_25'", check.Error!.Message);
        Assert.Equal(2, check.Error.Position);
    }

    [Theory]
    [InlineData("[DEATHS] + ", 10)]
    [InlineData("[DEATHS] [ACP]", 10)]
    [InlineData("[DEATHS] + 2 3", 14)]
    [InlineData("([DEATHS] + [ACP]", 1)]
    [InlineData("[DEATHS] + [ACP])", 17)]
    [InlineData("[DEATHS] * * 2", 12)]
    public void A_malformed_expression_is_rejected_with_the_position_of_the_fault(string text, int position)
    {
        var check = service.Check(text, Known);

        Assert.False(check.IsValid);
        Assert.Equal(position, check.Error!.Position);
        Assert.False(string.IsNullOrWhiteSpace(check.Error.Message));
    }

    [Fact]
    public void An_empty_expression_is_rejected() => Assert.False(service.Check("  ", Known).IsValid);

    [Fact]
    public void A_function_outside_the_allowed_few_is_rejected_with_its_position()
    {
        var check = service.Check("[DEATHS] + Sin([ACP])", Known);

        Assert.Contains("Unknown function 'Sin'", check.Error!.Message);
        Assert.Equal(12, check.Error.Position);
    }

    [Fact]
    public void An_expression_evaluates_against_values_including_disaggregations()
    {
        var values = new Dictionary<string, double?> { ["DEATHS_PREFERRED"] = 3, ["DEATHS"] = 4, ["CASELOAD.AGE_0_1"] = 7 };

        Assert.Equal(75, service.Evaluate("[DEATHS_PREFERRED] / [DEATHS] * 100", values));
        Assert.Equal(7, service.Evaluate("[CASELOAD.AGE_0_1]", values));
        Assert.Equal(1.5, service.Evaluate("3 / 2", values));
        Assert.Equal(4, service.Evaluate("Max([DEATHS], 2)", values));
    }

    [Theory]
    [InlineData("[DEATHS_PREFERRED] / [DEATHS]")]
    [InlineData("[DEATHS] / 0")]
    [InlineData("1 / 0")]
    [InlineData("0 / 0")]
    [InlineData("[ACP] + 1")]
    [InlineData("[NOT_A_CODE]")]
    [InlineData("[DEATHS] +")]
    [InlineData("'text'")]
    public void Division_by_zero_missing_values_and_bad_expressions_give_no_data_never_an_exception(string text)
    {
        var values = new Dictionary<string, double?> { ["DEATHS_PREFERRED"] = 3, ["DEATHS"] = 0, ["ACP"] = null };

        Assert.Null(service.Evaluate(text, values));
    }

    [Fact]
    public void A_cycle_between_expressions_is_found_as_the_chain_of_codes()
    {
        var dependsOn = new Dictionary<string, IReadOnlyCollection<string>>
        {
            ["A"] = ["B", "DEATHS"],
            ["B"] = ["C"],
            ["C"] = ["A"],
            ["D"] = ["DEATHS"],
        };

        Assert.Equal(["A", "B", "C", "A"], ExpressionService.FindCycle(dependsOn));
    }

    [Fact]
    public void Expressions_that_only_reference_data_elements_or_each_other_without_a_loop_have_no_cycle()
    {
        var dependsOn = new Dictionary<string, IReadOnlyCollection<string>> { ["A"] = ["B", "C"], ["B"] = ["C"], ["C"] = ["DEATHS"] };

        Assert.Null(ExpressionService.FindCycle(dependsOn));
    }
}
