using System.Globalization;
using System.Text.RegularExpressions;

namespace McnHub.Features.Evaluation;

/// <summary>A typed value read for an element: the normalised text and number to store, or what is wrong with it.</summary>
public sealed record ParsedValue(string? Value, double? Numeric, string? Error)
{
    public bool IsEmpty => Value is null && Error is null;

    public static readonly ParsedValue Empty = new(null, null, null);

    public static ParsedValue Invalid(string error) => new(null, null, error);
}

/// <summary>
/// Reads what people type into a data entry form or an import file. Thousands separators are accepted ("1,234",
/// "1 234"); a decimal comma only where it cannot be a thousands separator ("12,5", "1.234,5"); otherwise a message
/// that says what to type instead.
/// </summary>
public static partial class ValueParser
{
    private static readonly string[] Yes = ["yes", "y", "true", "1"];
    private static readonly string[] No = ["no", "n", "false", "0"];

    public static ParsedValue Parse(DataElement element, string? typed) => Parse(element.ValueType, element.Name, typed);

    public static ParsedValue Parse(DataValueType type, string name, string? typed)
    {
        var text = typed?.Trim() ?? "";
        if (text.Length == 0)
        {
            return ParsedValue.Empty;
        }

        switch (type)
        {
            case DataValueType.Text:
                return text.Length > EvaluationLimits.TextValue
                    ? ParsedValue.Invalid($"{name} must be {EvaluationLimits.TextValue} characters or fewer")
                    : new(text, null, null);
            case DataValueType.YesNo:
                if (Yes.Contains(text, StringComparer.OrdinalIgnoreCase))
                {
                    return new("Yes", 1, null);
                }

                return No.Contains(text, StringComparer.OrdinalIgnoreCase)
                    ? new("No", 0, null)
                    : ParsedValue.Invalid($"{name} must be yes or no");
        }

        if (type == DataValueType.Integer && DotThousands().IsMatch(text))
        {
            // "1.234" is 1234 in much of Europe and 1.234 here: ask rather than guess.
            return ParsedValue.Invalid($"{name}: '{text}' could be read two ways; type the whole number without a point, e.g. {text.Replace(".", "", StringComparison.Ordinal)}");
        }

        var (number, error) = ReadNumber(text);
        if (error is not null)
        {
            return ParsedValue.Invalid($"{name}: {error}");
        }

        var n = number!.Value;
        switch (type)
        {
            case DataValueType.Integer when n < 0:
                return ParsedValue.Invalid($"{name} must be 0 or more");
            case DataValueType.Integer when n != Math.Floor(n):
                return ParsedValue.Invalid($"{name} must be a whole number");
            case DataValueType.Integer when n > int.MaxValue:
                return ParsedValue.Invalid($"{name} is too large");
            case DataValueType.Percentage when n is < 0 or > 100:
                return ParsedValue.Invalid($"{name} must be a percentage from 0 to 100");
        }

        return new(n.ToString("0.##########", CultureInfo.InvariantCulture), n, null);
    }

    /// <summary>A number as people write it in the UK, with the unambiguous European forms accepted too.</summary>
    internal static (double? Number, string? Error) ReadNumber(string text)
    {
        var s = text.Replace('\u00A0', ' ').Replace('\u2212', '-').Trim();
        if (s.EndsWith('%'))
        {
            s = s[..^1].TrimEnd();
        }

        if (UkNumber().IsMatch(s))
        {
            // 1,234 / 1 234 / 1,234.5 / 12.5 / -3
            return (double.Parse(s.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), null);
        }

        if (EuropeanNumber().IsMatch(s))
        {
            // 12,5 / 1.234,5 / 1 234,5: a decimal comma that cannot be a thousands separator.
            var invariant = s.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace(',', '.');
            return (double.Parse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), null);
        }

        if (EuropeanThousands().IsMatch(s))
        {
            // 1.234.567: only thousands separators can repeat.
            return (double.Parse(s.Replace(".", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), null);
        }

        return (null, $"'{text}' is not a number; type digits only, e.g. 1234 or 12.5");
    }

    [GeneratedRegex(@"^-?(\d{1,3}([, ]\d{3})+|\d+)(\.\d+)?$")]
    private static partial Regex UkNumber();

    [GeneratedRegex(@"^-?(\d{1,3}([. ]\d{3})+|\d+),(\d{1,2}|\d{4,})$")]
    private static partial Regex EuropeanNumber();

    [GeneratedRegex(@"^-?\d{1,3}(\.\d{3}){2,}$")]
    private static partial Regex EuropeanThousands();

    [GeneratedRegex(@"^\d{1,3}\.\d{3}$")]
    private static partial Regex DotThousands();
}
