using McnHub.Platform.Data;

namespace McnHub.Features.Evaluation;

public enum IndicatorDirection
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>
/// numerator / denominator × factor over data element codes (see <see cref="ExpressionService"/>), rounded to
/// <see cref="Decimals"/>. Computed from approved data; a zero or missing denominator gives "no data".
/// </summary>
public sealed class Indicator : IVersioned
{
    public int Id { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public string Numerator { get; set; } = "";

    public string? NumeratorDescription { get; set; }

    /// <summary>"1" for a plain count.</summary>
    public string Denominator { get; set; } = "1";

    public string? DenominatorDescription { get; set; }

    /// <summary>1, 100 (a percentage) or 10,000 (per 10,000).</summary>
    public int Factor { get; set; } = 100;

    public int Decimals { get; set; } = 1;

    public double? Target { get; set; }

    public IndicatorDirection Direction { get; set; } = IndicatorDirection.HigherIsBetter;

    public bool Active { get; set; } = true;

    public int Version { get; set; }

    public static readonly IReadOnlyList<int> AllowedFactors = [1, 100, 10000];

    public bool MeetsTarget(double value) =>
        Target is not double t || (Direction == IndicatorDirection.HigherIsBetter ? value >= t : value <= t);
}
