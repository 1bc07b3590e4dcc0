namespace McnHub.Features.Evaluation;

/// <summary>The outcome of one validation rule on a return; skipped when a side has no data.</summary>
public sealed record RuleOutcome(ValidationRule Rule, double? Left, double? Right, bool Passed, IReadOnlyList<string> InvolvedCodes)
{
    public bool Skipped => Left is null || Right is null;

    public bool Failed => !Skipped && !Passed;
}

/// <summary>Runs a dataset's validation rules against a return's values.</summary>
public static class ReturnChecks
{
    public static IReadOnlyList<RuleOutcome> Run(ReturnLayout layout, IReadOnlyDictionary<string, double?> byCell, ExpressionService expressions)
    {
        var values = layout.ExpressionValues(byCell);
        var outcomes = new List<RuleOutcome>();
        foreach (var rule in layout.Rules.OrderBy(r => r.Importance).ThenBy(r => r.Id))
        {
            var left = expressions.Evaluate(rule.Left, values);
            var right = expressions.Evaluate(rule.Right, values);
            var involved = expressions.References(rule.Left).Concat(expressions.References(rule.Right))
                .Select(r => r.ElementCode).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var passed = left is double l && right is double r2 && ValidationRule.Holds(l, rule.Operator, r2);
            outcomes.Add(new RuleOutcome(rule, left, right, passed, involved));
        }

        return outcomes;
    }
}
