using McnHub.Platform.Data;

namespace McnHub.Features.Evaluation;

public enum RuleOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

public enum RuleImportance
{
    Error,
    Warning,
}

/// <summary>
/// "left operator right" over data element codes, checked on submission: errors block it, warnings need a
/// comment on a value involved.
/// </summary>
public sealed class ValidationRule : IVersioned
{
    public int Id { get; set; }

    public int DatasetId { get; set; }

    public Dataset? Dataset { get; set; }

    public string Name { get; set; } = "";

    public string Left { get; set; } = "";

    public RuleOperator Operator { get; set; }

    public string Right { get; set; } = "";

    public RuleImportance Importance { get; set; } = RuleImportance.Error;

    public string Message { get; set; } = "";

    public int Version { get; set; }

    public string Describe() => $"{Left} {Symbol(Operator)} {Right}";

    public static string Symbol(RuleOperator op) => op switch
    {
        RuleOperator.Equal => "==",
        RuleOperator.NotEqual => "!=",
        RuleOperator.Less => "<",
        RuleOperator.LessOrEqual => "<=",
        RuleOperator.Greater => ">",
        _ => ">=",
    };

    public static RuleOperator? FromSymbol(string? symbol) => symbol?.Trim() switch
    {
        "==" or "=" => RuleOperator.Equal,
        "!=" or "<>" => RuleOperator.NotEqual,
        "<" => RuleOperator.Less,
        "<=" => RuleOperator.LessOrEqual,
        ">" => RuleOperator.Greater,
        ">=" => RuleOperator.GreaterOrEqual,
        _ => null,
    };

    /// <summary>Compares two sides; tolerant of floating-point noise in equality.</summary>
    public static bool Holds(double left, RuleOperator op, double right)
    {
        const double epsilon = 1e-9;
        return op switch
        {
            RuleOperator.Equal => Math.Abs(left - right) < epsilon,
            RuleOperator.NotEqual => Math.Abs(left - right) >= epsilon,
            RuleOperator.Less => left < right - epsilon,
            RuleOperator.LessOrEqual => left <= right + epsilon,
            RuleOperator.Greater => left > right + epsilon,
            _ => left >= right - epsilon,
        };
    }
}
