using System.Text.RegularExpressions;

namespace McnHub.Features.Members.Organisations;

/// <summary>Validation rules for organisations, shared by the form, the CSV import and the API.</summary>
public static partial class OrganisationRules
{
    public const int NameMaxLength = 200;

    /// <summary>ODS codes are 3 to 10 upper-case letters and digits (e.g. RQ3, RBS, 8HK46, 15N).</summary>
    [GeneratedRegex("^[A-Z0-9]{3,10}$")]
    public static partial Regex OdsCodePattern();

    /// <summary>UK postcode, loosely (outward code, space optional, inward code).</summary>
    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$", RegexOptions.IgnoreCase)]
    public static partial Regex PostcodePattern();

    public static string? NormaliseOdsCode(string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();

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
}
