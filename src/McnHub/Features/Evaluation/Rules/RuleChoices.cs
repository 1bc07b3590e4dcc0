using Microsoft.AspNetCore.Mvc.Rendering;

namespace McnHub.Features.Evaluation.Rules;

public interface IRuleFormPage
{
    RuleInput Input { get; }

    IReadOnlySet<string> Codes { get; }
}

public static class RuleChoices
{
    public static readonly IReadOnlyList<SelectListItem> Operators = Enum.GetValues<RuleOperator>()
        .Select(o => new SelectListItem($"{ValidationRule.Symbol(o)} ({Describe(o)})", o.ToString())).ToList();

    public static readonly IReadOnlyList<SelectListItem> Importances =
        [new("Error: stops submission", nameof(RuleImportance.Error)), new("Warning: needs a comment", nameof(RuleImportance.Warning))];

    private static string Describe(RuleOperator o) => o switch
    {
        RuleOperator.Equal => "equal to",
        RuleOperator.NotEqual => "not equal to",
        RuleOperator.Less => "less than",
        RuleOperator.LessOrEqual => "at most",
        RuleOperator.Greater => "more than",
        _ => "at least",
    };
}
