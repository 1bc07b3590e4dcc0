using System.Globalization;
using McnHub.Features.Members.Organisations;

namespace McnHub.Features.Directory.Services;

/// <summary>One opening period (opens and closes on the same day).</summary>
public readonly record struct Period(TimeOnly Opens, TimeOnly Closes)
{
    public override string ToString() => $"{ServiceRules.FormatTime(Opens)}–{ServiceRules.FormatTime(Closes)}";
}

/// <summary>Validation rules for services, shared by the editing form, the CSV import and the APIs.</summary>
public static class ServiceRules
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int YoungestAge = 0;
    public const int OldestAge = 25;
    public const int MaxPeriodsPerDay = 2;

    /// <summary>Monday first, as people in the UK read a week.</summary>
    public static readonly IReadOnlyList<DayOfWeek> Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "HH:mm:ss", "H.mm", "HH.mm"];

    public static string Describe(ServiceStatus status) => status switch
    {
        ServiceStatus.Active => "Active",
        ServiceStatus.TemporarilyClosed => "Temporarily closed",
        _ => "Defunct",
    };

    /// <summary>Reads "Active", "Temporarily closed", "TemporarilyClosed", "temporarily-closed", "Defunct".</summary>
    public static bool TryParseStatus(string? text, out ServiceStatus status)
    {
        var squeezed = new string((text ?? "").Where(char.IsLetter).ToArray());
        return Enum.TryParse(squeezed, ignoreCase: true, out status) && Enum.IsDefined(status) && squeezed.Length > 0;
    }

    public static int WeekIndex(DayOfWeek day) => ((int)day + 6) % 7;

    public static string DayName(DayOfWeek day) => day.ToString();

    public static string FormatTime(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact((text ?? "").Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>
    /// Reads an age in whole years from what someone typed; null when empty. The message names the field
    /// (e.g. "Minimum age") so the same words serve the form and the import preview.
    /// </summary>
    public static string? ParseAge(string label, string? text, out int? age)
    {
        age = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return $"{label} must be a whole number of years, like 5";
        }

        if (value < YoungestAge)
        {
            return $"{label} cannot be negative: use 0 for from birth";
        }

        if (value > OldestAge)
        {
            return $"{label} must be {OldestAge} years or less";
        }

        age = value;
        return null;
    }

    public static string? AgeRangeError(int? minimum, int? maximum) =>
        minimum is int min && maximum is int max && min > max
            ? $"Minimum age ({min}) must not be more than the maximum age ({max})"
            : null;

    /// <summary>Problems with one day's periods: each closes after it opens, and they do not overlap.</summary>
    public static IEnumerable<(int Index, string Message)> CheckDay(DayOfWeek day, IReadOnlyList<Period> periods)
    {
        var name = DayName(day);
        if (periods.Count > MaxPeriodsPerDay)
        {
            yield return (MaxPeriodsPerDay, $"{name}: enter at most {MaxPeriodsPerDay} opening periods");
        }

        for (var i = 0; i < periods.Count; i++)
        {
            if (periods[i].Closes <= periods[i].Opens)
            {
                yield return (i, $"{name}, {Ordinal(i)} period: the closing time ({FormatTime(periods[i].Closes)}) must be after the opening time ({FormatTime(periods[i].Opens)})");
            }
        }

        for (var i = 0; i < periods.Count; i++)
        {
            for (var j = i + 1; j < periods.Count; j++)
            {
                var (a, b) = (periods[i], periods[j]);
                if (a.Closes > a.Opens && b.Closes > b.Opens && a.Opens < b.Closes && b.Opens < a.Closes)
                {
                    yield return (j, $"{name}: the {Ordinal(j)} period ({b}) overlaps the {Ordinal(i)} ({a})");
                }
            }
        }
    }

    public static string Ordinal(int index) => index switch { 0 => "first", 1 => "second", 2 => "third", _ => $"#{index + 1}" };

    /// <summary>Upper case with one space before the inward code ("nb14aa" → "NB1 4AA"); null when not a postcode.</summary>
    public static string? NormalisePostcode(string? text)
    {
        var compact = new string((text ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        if (compact.Length < 5 || !OrganisationRules.PostcodePattern().IsMatch(compact))
        {
            return null;
        }

        return compact[..^3] + " " + compact[^3..];
    }

    public static bool IsWebsite(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Contains('.', StringComparison.Ordinal);

    /// <summary>A cell a spreadsheet would run as a formula (OWASP CSV injection).</summary>
    public static bool LooksLikeFormula(string? text) =>
        !string.IsNullOrEmpty(text) && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>A UK phone number may start with "+44"; anything else starting like a formula is refused.</summary>
    public static bool LooksLikeFormulaPhone(string? text) =>
        LooksLikeFormula(text) && !(text!.StartsWith('+') && text[1..].All(c => char.IsDigit(c) || c is ' ' or '(' or ')'));
}
