namespace McnHub.Features.Members.Agreements;

public sealed record AgreementRow(
    int Id,
    int OrganisationId,
    string Organisation,
    AgreementKind Kind,
    DateOnly SignedOn,
    DateOnly RenewalDue,
    string? Signatories,
    string? DocumentName)
{
    public RenewalStatus Status(DateOnly today) => AgreementRules.StatusOf(RenewalDue, today);
}

/// <summary>The agreements list's filters and sort, shared by the page and its export.</summary>
public sealed class AgreementsQuery
{
    public int? Organisation { get; set; }

    public AgreementKind? Kind { get; set; }

    /// <summary>"overdue", "due-soon" or "current".</summary>
    public string? Due { get; set; }

    /// <summary>"renewal" (soonest first, the default), "renewal-desc" or "organisation".</summary>
    public string? Sort { get; set; }

    public IQueryable<AgreementRow> Apply(IQueryable<Agreement> agreements, DateOnly today)
    {
        if (Organisation is { } organisation)
        {
            agreements = agreements.Where(a => a.OrganisationId == organisation);
        }

        if (Kind is { } kind)
        {
            agreements = agreements.Where(a => a.Kind == kind);
        }

        var soon = today.AddDays(AgreementRules.DueWithinDays);
        agreements = Due switch
        {
            "overdue" => agreements.Where(a => a.RenewalDue < today),
            "due-soon" => agreements.Where(a => a.RenewalDue >= today && a.RenewalDue <= soon),
            "current" => agreements.Where(a => a.RenewalDue > soon),
            _ => agreements,
        };

        agreements = Sort switch
        {
            "renewal-desc" => agreements.OrderByDescending(a => a.RenewalDue).ThenBy(a => a.Organisation!.Name).ThenBy(a => a.Id),
            "organisation" => agreements.OrderBy(a => a.Organisation!.Name).ThenBy(a => a.Kind).ThenBy(a => a.RenewalDue).ThenBy(a => a.Id),
            _ => agreements.OrderBy(a => a.RenewalDue).ThenBy(a => a.Organisation!.Name).ThenBy(a => a.Id),
        };

        return agreements.Select(a => new AgreementRow(
            a.Id, a.OrganisationId, a.Organisation!.Name, a.Kind, a.SignedOn, a.RenewalDue, a.Signatories,
            a.Document == null ? null : a.Document.FileName));
    }
}
