using McnHub.Features.Members.People;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Guidelines.Adoption;

/// <summary>The network view: each approved document's adoption rate, each organisation's count, and the rate over time.</summary>
public sealed class IndexModel(AdoptionQueries queries, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ApprovedDocument> Documents { get; private set; } = [];

    public IReadOnlyList<MemberOrganisation> Organisations { get; private set; } = [];

    public IReadOnlyDictionary<(int DocumentId, int OrganisationId), AdoptionRecord> Latest { get; private set; } = new Dictionary<(int, int), AdoptionRecord>();

    public IReadOnlyList<QuarterRate> Quarters { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Documents = await queries.ApprovedAsync(ct);
        Organisations = await queries.MembersAsync(ct);
        var records = await queries.RecordsAsync(null, null, ct);
        Latest = AdoptionQueries.Latest(records);
        Quarters = AdoptionQueries.ByQuarter(UkDates.Today(clock), 6, Documents, Organisations, records);
    }

    public int Count(int? documentId, int? organisationId, AdoptionStatus status) =>
        Latest.Values.Count(r => r.Status == status && (documentId is null || r.DocumentId == documentId) && (organisationId is null || r.OrganisationId == organisationId)
            && Documents.Any(d => d.Id == r.DocumentId) && Organisations.Any(o => o.Id == r.OrganisationId));
}
