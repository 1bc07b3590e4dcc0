using System.Globalization;
using System.Text.RegularExpressions;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Indicators;

/// <summary>An indicator as typed in the form (everything a string or nullable, so nothing typed is lost).</summary>
public sealed partial class IndicatorInput
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Numerator { get; set; }

    public string? NumeratorDescription { get; set; }

    public string? Denominator { get; set; } = "1";

    public string? DenominatorDescription { get; set; }

    public int Factor { get; set; } = 100;

    public int? Decimals { get; set; } = 1;

    public double? Target { get; set; }

    public IndicatorDirection Direction { get; set; }

    public bool Active { get; set; } = true;

    public int Version { get; set; }

    public static readonly IReadOnlyList<SelectListItem> FactorItems =
        [new("×1 (a count or a ratio)", "1"), new("×100 (a percentage)", "100"), new("×10,000 (per 10,000)", "10000")];

    public static readonly IReadOnlyList<SelectListItem> DirectionItems =
        [new("Higher is better", nameof(IndicatorDirection.HigherIsBetter)), new("Lower is better", nameof(IndicatorDirection.LowerIsBetter))];

    public static IndicatorInput From(Indicator i) => new()
    {
        Code = i.Code, Name = i.Name, Description = i.Description, Numerator = i.Numerator, NumeratorDescription = i.NumeratorDescription,
        Denominator = i.Denominator, DenominatorDescription = i.DenominatorDescription, Factor = i.Factor, Decimals = i.Decimals,
        Target = i.Target, Direction = i.Direction, Active = i.Active, Version = i.Version,
    };

    public void ApplyTo(Indicator i)
    {
        i.Code = Code!.Trim().ToUpperInvariant();
        i.Name = Name!.Trim();
        i.Description = Blank(Description);
        i.Numerator = Numerator!.Trim();
        i.NumeratorDescription = Blank(NumeratorDescription);
        i.Denominator = Denominator!.Trim();
        i.DenominatorDescription = Blank(DenominatorDescription);
        i.Factor = Factor;
        i.Decimals = Decimals!.Value;
        i.Target = Target;
        i.Direction = Direction;
        i.Active = Active;
    }

    public IEnumerable<FieldValues> Compare(Indicator saved) =>
    [
        new("Input.Code", "Code", Code, saved.Code),
        new("Input.Name", "Name", Name, saved.Name),
        new("Input.Description", "Description", Description, saved.Description),
        new("Input.Numerator", "Numerator", Numerator, saved.Numerator),
        new("Input.NumeratorDescription", "Numerator in words", NumeratorDescription, saved.NumeratorDescription),
        new("Input.Denominator", "Denominator", Denominator, saved.Denominator),
        new("Input.DenominatorDescription", "Denominator in words", DenominatorDescription, saved.DenominatorDescription),
        new("Input.Factor", "Factor", S(Factor), S(saved.Factor)),
        new("Input.Decimals", "Decimal places", S(Decimals), S(saved.Decimals)),
        new("Input.Target", "Target", S(Target), S(saved.Target)),
        new("Input.Direction", "Direction", Direction.ToString(), saved.Direction.ToString()),
    ];

    private static string? S(IFormattable? v) => v?.ToString(null, CultureInfo.InvariantCulture);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [GeneratedRegex("^[A-Z][A-Z0-9_]{0,49}$")]
    public static partial Regex CodePattern();
}

/// <summary>Checks an indicator: code, name, factor and decimals; numerator and denominator through the expression service, with the fault's position.</summary>
public static class IndicatorForm
{
    public static async Task ValidateAsync(AppDbContext db, ExpressionService expressions, IndicatorInput input, int? id, ModelStateDictionary state, CancellationToken ct)
    {
        var code = input.Code?.Trim().ToUpperInvariant() ?? "";
        if (code.Length == 0)
        {
            state.AddModelError("Input.Code", "Enter a code");
        }
        else if (!IndicatorInput.CodePattern().IsMatch(code) || code == "MANAGE")
        {
            state.AddModelError("Input.Code", "Code must start with a letter and have only capital letters, digits and underscores (at most 50), for example PCT_ACP");
        }
        else if (await db.Set<Indicator>().AnyAsync(i => i.Code == code && i.Id != (id ?? 0), ct))
        {
            state.AddModelError("Input.Code", $"Another indicator already has the code {code}");
        }

        if (string.IsNullOrWhiteSpace(input.Name))
        {
            state.AddModelError("Input.Name", "Enter a name");
        }
        else if (input.Name.Trim().Length > 200)
        {
            state.AddModelError("Input.Name", "Name must be 200 characters or fewer");
        }

        if (!Indicator.AllowedFactors.Contains(input.Factor))
        {
            state.AddModelError("Input.Factor", "Choose a factor: ×1, ×100 or ×10,000");
        }

        if (input.Decimals is not (>= 0 and <= 4))
        {
            state.AddModelError("Input.Decimals", "Enter decimal places from 0 to 4");
        }

        if (input.Description?.Length > 4000)
        {
            state.AddModelError("Input.Description", "Description must be 4,000 characters or fewer");
        }

        var known = await KnownReferencesAsync(db, ct);
        Expression(expressions, input.Numerator, "Input.Numerator", "Numerator", known, state);
        Expression(expressions, input.Denominator, "Input.Denominator", "Denominator", known, state);
    }

    /// <summary>Every data element code, element.option code and constant an expression may use.</summary>
    public static async Task<IReadOnlySet<string>> KnownReferencesAsync(AppDbContext db, CancellationToken ct)
    {
        var known = new HashSet<string>(await EvaluationCodes.AllAsync(db, ct), StringComparer.OrdinalIgnoreCase);
        known.UnionWith(IndicatorConstants.Descriptions.Keys);
        return known;
    }

    private static void Expression(ExpressionService expressions, string? text, string key, string label, IReadOnlySet<string> known, ModelStateDictionary state)
    {
        if (text?.Length > EvaluationLimits.Expression)
        {
            state.AddModelError(key, $"{label} must be {EvaluationLimits.Expression:N0} characters or fewer");
            return;
        }

        var check = expressions.Check(text, known);
        if (check.Error is { } error)
        {
            state.AddModelError(key, string.IsNullOrWhiteSpace(text) ? $"Enter the {label.ToLowerInvariant()}" : $"{label}: {error.Message} (at character {error.Position})");
        }
    }
}
