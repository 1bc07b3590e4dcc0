using System.Globalization;
using McnHub.Features.Interop.Fhir;

namespace McnHub.Features.Evaluation.Fhir;

/// <summary>
/// A date search value (<c>[prefix]yyyy[-MM[-dd[Thh:mm[:ss]]]]</c>) as a half-open range of UTC instants
/// [<see cref="From"/>, <see cref="To"/>) at the precision given, with prefix eq (default), ne is refused, ge, gt, le, lt.
/// </summary>
internal readonly record struct FhirDateRange(string Prefix, DateTime From, DateTime To)
{
    private static readonly string[] Prefixes = ["eq", "ge", "gt", "le", "lt"];

    public static FhirDateRange Parse(string name, string value)
    {
        var prefix = value.Length > 2 && char.IsAsciiLetter(value[0]) ? value[..2] : "eq";
        var text = value.Length > 2 && char.IsAsciiLetter(value[0]) ? value[2..] : value;
        if (!Prefixes.Contains(prefix))
        {
            throw FhirException.BadRequest($"{name} takes the prefixes {string.Join(", ", Prefixes)}, not \"{prefix}\".");
        }

        var styles = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        var c = CultureInfo.InvariantCulture;
        if (text.Length == 4 && DateTime.TryParseExact(text, "yyyy", c, styles, out var year))
        {
            return new(prefix, year, year.AddYears(1));
        }

        if (text.Length == 7 && DateTime.TryParseExact(text, "yyyy-MM", c, styles, out var month))
        {
            return new(prefix, month, month.AddMonths(1));
        }

        if (text.Length == 10 && DateTime.TryParseExact(text, "yyyy-MM-dd", c, styles, out var day))
        {
            return new(prefix, day, day.AddDays(1));
        }

        if (text.Length > 10 && DateTime.TryParse(text, c, styles, out var instant))
        {
            return new(prefix, instant, instant.AddSeconds(1));
        }

        throw FhirException.BadRequest($"{name} must be a date such as 2026-03, 2026-03-31 or ge2026-01-01, not \"{value}\".");
    }

    /// <summary>Whether an instant matches (the same test the providers run in the database).</summary>
    public bool Matches(DateTime instant) => Prefix switch
    {
        "ge" => instant >= From,
        "gt" => instant >= To,
        "le" => instant < To,
        "lt" => instant < From,
        _ => instant >= From && instant < To,
    };
}
