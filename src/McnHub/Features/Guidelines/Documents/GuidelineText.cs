using McnHub.Features.Guidelines.Adoption;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace McnHub.Features.Guidelines.Documents;

/// <summary>How the library words its codes, and the choices its forms offer.</summary>
public static class GuidelineText
{
    public static string Kind(DocumentKind kind) => kind switch
    {
        DocumentKind.CarePathway => "Care pathway",
        DocumentKind.SymptomManagement => "Symptom management guidance",
        _ => kind.ToString(),
    };

    public static string Audience(DocumentAudience audience) => audience == DocumentAudience.Public ? "Public" : "Members only";

    public static string Status(DocumentStatus status) => status switch
    {
        DocumentStatus.Consultation => "Out for consultation",
        _ => status.ToString(),
    };

    public static string Status(VersionStatus status) => status switch
    {
        VersionStatus.Consultation => "Out for consultation",
        _ => status.ToString(),
    };

    public static string Status(AdoptionStatus status) => status switch
    {
        AdoptionStatus.InProgress => "In progress",
        AdoptionStatus.NotAdopted => "Not adopted",
        AdoptionStatus.NotApplicable => "Not applicable",
        _ => "Adopted",
    };

    public static string StatusTag(DocumentStatus status) => status switch
    {
        DocumentStatus.Approved => "nhsuk-tag--green",
        DocumentStatus.Consultation => "nhsuk-tag--blue",
        DocumentStatus.Retired => "nhsuk-tag--grey",
        _ => "nhsuk-tag--yellow",
    };

    public static IReadOnlyList<SelectListItem> KindItems { get; } = [.. Enum.GetValues<DocumentKind>().Select(k => new SelectListItem(Kind(k), k.ToString()))];

    public static IReadOnlyList<SelectListItem> AudienceItems { get; } = [.. Enum.GetValues<DocumentAudience>().Select(a => new SelectListItem(Audience(a), a.ToString()))];

    public static IReadOnlyList<SelectListItem> StatusItems { get; } = [.. Enum.GetValues<DocumentStatus>().Select(s => new SelectListItem(Status(s), s.ToString()))];

    public static IReadOnlyList<SelectListItem> AdoptionItems { get; } = [.. Enum.GetValues<AdoptionStatus>().Select(s => new SelectListItem(Status(s), s.ToString()))];
}
