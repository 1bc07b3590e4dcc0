using Microsoft.AspNetCore.Mvc.Rendering;

namespace McnHub.Features.Members.Agreements;

/// <summary>Where an agreement stands against its renewal date.</summary>
public enum RenewalStatus
{
    Overdue,
    DueSoon,
    Current,
}

/// <summary>Wording and renewal rules for agreements, shared by the list, the forms and the export.</summary>
public static class AgreementRules
{
    /// <summary>An agreement is "due" this many days before its renewal date.</summary>
    public const int DueWithinDays = 60;

    public const int SignatoriesMaxLength = 500;
    public const int NotesMaxLength = 2000;

    public static string Describe(AgreementKind kind) => kind == AgreementKind.DataSharing ? "Data-sharing agreement" : "Membership agreement";

    public static RenewalStatus StatusOf(DateOnly renewalDue, DateOnly today) =>
        renewalDue < today ? RenewalStatus.Overdue
        : renewalDue <= today.AddDays(DueWithinDays) ? RenewalStatus.DueSoon
        : RenewalStatus.Current;

    public static string Describe(RenewalStatus status) => status switch
    {
        RenewalStatus.Overdue => "Overdue",
        RenewalStatus.DueSoon => $"Due within {DueWithinDays} days",
        _ => "Current",
    };

    /// <summary>The NHS.UK tag colour; the tag's text says the same, so colour is never the only signal.</summary>
    public static string TagClass(RenewalStatus status) => status switch
    {
        RenewalStatus.Overdue => "nhsuk-tag--red",
        RenewalStatus.DueSoon => "nhsuk-tag--orange",
        _ => "nhsuk-tag--green",
    };

    /// <summary>Query-string value of each status filter.</summary>
    public static string Slug(RenewalStatus status) => status switch
    {
        RenewalStatus.Overdue => "overdue",
        RenewalStatus.DueSoon => "due-soon",
        _ => "current",
    };

    public static IEnumerable<SelectListItem> KindItems =>
        Enum.GetValues<AgreementKind>().Select(k => new SelectListItem(Describe(k), k.ToString()));

    public static IEnumerable<SelectListItem> StatusItems =>
        Enum.GetValues<RenewalStatus>().Select(s => new SelectListItem(Describe(s), Slug(s)));
}
