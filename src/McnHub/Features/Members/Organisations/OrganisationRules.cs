using System.Globalization;
using System.Text.RegularExpressions;

namespace McnHub.Features.Members.Organisations;

/// <summary>Validation rules for organisations, shared by the form, the CSV import and the API.</summary>
public static partial class OrganisationRules
{
    public const int NameMaxLength = 200;
    public const int OdsCodeMaxLength = 10;
    public const int AddressLineMaxLength = 200;
    public const int TownMaxLength = 100;
    public const int PostcodeMaxLength = 10;
    public const int WebsiteMaxLength = 300;
    public const int PhoneMaxLength = 40;
    public const int EmailMaxLength = 256;

    /// <summary>ODS codes are 3 to 10 upper-case letters and digits (e.g. RQ3, RBS, 8HK46, 15N).</summary>
    [GeneratedRegex("^[A-Z0-9]{3,10}$")]
    public static partial Regex OdsCodePattern();

    /// <summary>UK postcode, loosely (outward code, space optional, inward code).</summary>
    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$", RegexOptions.IgnoreCase)]
    public static partial Regex PostcodePattern();

    /// <summary>Loosely: digits with spaces, brackets, dots and dashes, an optional leading +, an optional extension.</summary>
    [GeneratedRegex(@"^\+?[0-9 ()\-.]{6,}( ?(ext|x)\.? ?[0-9]{1,6})?$", RegexOptions.IgnoreCase)]
    public static partial Regex PhonePattern();

    /// <summary>Something@something.something, with no spaces: strict enough to catch typing slips, loose enough for real addresses.</summary>
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    public static partial Regex EmailPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public static string? NormaliseOdsCode(string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();

    /// <summary>Upper case with one space before the inward code ("nb14aa" → "NB1 4AA"), when it looks like a postcode.</summary>
    public static string? NormalisePostcode(string? postcode)
    {
        if (string.IsNullOrWhiteSpace(postcode))
        {
            return null;
        }

        var compact = Whitespace().Replace(postcode, "").ToUpperInvariant();
        return PostcodePattern().IsMatch(compact) && compact.Length > 3 ? compact[..^3] + " " + compact[^3..] : postcode.Trim().ToUpperInvariant();
    }

    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);

    /// <summary>
    /// A value a spreadsheet would run as a formula (OWASP CSV injection): starting with =, @, tab or CR, or with
    /// + or - unless the rest is a plain number such as a phone number ("+44 161 496 0000").
    /// </summary>
    public static bool LooksLikeFormula(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        return value[0] switch
        {
            '=' or '@' or '\t' or '\r' => true,
            '+' or '-' => !value.Skip(1).All(c => char.IsAsciiDigit(c) || c is ' ' or '(' or ')' or '-' or '.'),
            _ => false,
        };
    }

    public static string Describe(OrganisationType type) => type switch
    {
        OrganisationType.TertiaryChildrensHospital => "Tertiary children's hospital",
        OrganisationType.DistrictGeneralHospital => "District general hospital",
        OrganisationType.CommunityChildrensNursing => "Community children's nursing",
        OrganisationType.ChildrensHospice => "Children's hospice",
        OrganisationType.Charity => "Charity",
        OrganisationType.Commissioner => "Commissioner",
        _ => "Other",
    };

    public static string Describe(Sector sector) => sector == Sector.Nhs ? "NHS" : "Non-NHS";

    public static string Describe(MembershipStatus status) => status.ToString();

    /// <summary>Reads a type by its code name ("ChildrensHospice") or as it is shown ("Children's hospice"), ignoring case.</summary>
    public static bool TryParseType(string? text, out OrganisationType type) => TryParse(text, Describe, out type);

    /// <summary>Reads a sector: "Nhs"/"NHS" or "NonNhs"/"Non-NHS", ignoring case.</summary>
    public static bool TryParseSector(string? text, out Sector sector) => TryParse(text, Describe, out sector);

    public static bool TryParseStatus(string? text, out MembershipStatus status) => TryParse(text, Describe, out status);

    public static string AllowedTypes => string.Join(", ", Enum.GetValues<OrganisationType>().Select(Describe));

    public static string AllowedSectors => string.Join(", ", Enum.GetValues<Sector>().Select(Describe));

    public static string AllowedStatuses => string.Join(", ", Enum.GetValues<MembershipStatus>().Select(Describe));

    /// <summary>Dates as the date input sends them (2025-03-31) or as people type them (31/03/2025).</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static bool TryParse<T>(string? text, Func<T, string> describe, out T value)
        where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var key = Comparable(text);
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (Comparable(candidate.ToString()) == key || Comparable(describe(candidate)) == key)
            {
                value = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower case letters and digits only, so "Children’s hospice", "childrens hospice" and "ChildrensHospice" compare equal.</summary>
    private static string Comparable(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
