using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace McnHub.Features.Members.People;

/// <summary>Limits and wording for people, shared by the forms, the list and the export.</summary>
public static partial class PersonRules
{
    public const int FullNameMaxLength = 150;
    public const int EmailMaxLength = 256;
    public const int PhoneMaxLength = 40;
    public const int JobTitleMaxLength = 150;

    /// <summary>Something@something.tld, no spaces: stricter than [EmailAddress], which takes "a@b".</summary>
    public const string EmailPattern = @"^[^@\s]+@[^@\s]+\.[^@\s]+$";

    [GeneratedRegex(@"^[0-9 +()\-]{6,40}$")]
    public static partial Regex PhonePattern();

    public static string Describe(Discipline discipline) => discipline switch
    {
        Discipline.GeneralPractitioner => "GP",
        Discipline.AlliedHealthProfessional => "Allied health professional",
        Discipline.SocialWorker => "Social worker",
        _ => discipline.ToString(),
    };

    public static string Describe(OrganisationRole role) => role switch
    {
        OrganisationRole.Lead => "Organisation lead",
        OrganisationRole.DataSubmitter => "Data submitter",
        _ => "Staff",
    };

    public static IEnumerable<SelectListItem> DisciplineItems =>
        Enum.GetValues<Discipline>().Select(d => new SelectListItem(Describe(d), d.ToString()));

    public static IEnumerable<SelectListItem> RoleItems =>
        Enum.GetValues<OrganisationRole>().Select(r => new SelectListItem(Describe(r), r.ToString()));
}
