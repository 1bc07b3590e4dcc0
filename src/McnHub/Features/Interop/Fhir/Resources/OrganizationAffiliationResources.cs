using Hl7.Fhir.Model;
using McnHub.Features.Members.Organisations;
using Microsoft.EntityFrameworkCore;
using static McnHub.Features.Interop.Fhir.FhirMapping;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Features.Interop.Fhir.Resources;

/// <summary>
/// OrganizationAffiliation: each organisation's membership of the network (id = the organisation's id), with its
/// period (joined … left). Prospective members have no membership yet, so no affiliation.
/// </summary>
internal sealed class OrganizationAffiliationResources : FhirResourceProvider
{
    public override string Type => "OrganizationAffiliation";

    public override string Documentation =>
        "Membership of the network: one per organisation that is or was a member (id = the organisation's id). organization " +
        "and network are Organization/network; participatingOrganization is the member; period runs from joining to leaving; " +
        "code is the membership status; active = a current member.";

    public override IReadOnlyList<FhirSearchParam> SearchParameters { get; } =
    [
        new("participating-organization", SearchParamType.Reference, "The member: Organization/id."),
        new("active", SearchParamType.Token, "true: current members; false: lapsed and former members."),
        new("network", SearchParamType.Reference, "Organization/network (the only network)."),
    ];

    public override async Task<Resource?> ReadAsync(FhirRequestContext context, string id, CancellationToken cancellationToken)
    {
        if (!TryParseId(id, "", out var organisationId))
        {
            return null;
        }

        var organisation = await Members(context).FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
        return organisation is null ? null : ToFhir(organisation, context.Codes);
    }

    public override async Task<FhirSearchResult> SearchAsync(FhirRequestContext context, FhirSearchRequest request, CancellationToken cancellationToken)
    {
        var members = Members(context);
        foreach (var criterion in request.Criteria)
        {
            switch (criterion.Param.Name)
            {
                case "participating-organization":
                    var ids = Ids(criterion.References("Organization"));
                    members = members.Where(o => ids.Contains(o.Id));
                    break;
                case "active":
                    members = criterion.Boolean() ? members.Where(o => o.Status == MembershipStatus.Member) : members.Where(o => o.Status != MembershipStatus.Member);
                    break;
                case "network":
                    var ofNetwork = criterion.References("Organization").Contains(FhirCodes.NetworkId);
                    members = members.Where(o => ofNetwork);
                    break;
            }
        }

        var (total, page) = await PageAsync(members, q => q.OrderBy(o => o.Name).ThenBy(o => o.Id), request.Skip, request.Count, cancellationToken);
        return new FhirSearchResult(total, [.. page.Select(o => ToFhir(o, context.Codes))]);
    }

    private static IQueryable<Organisation> Members(FhirRequestContext context) =>
        context.Db.Set<Organisation>().AsNoTracking().Where(o => o.Status != MembershipStatus.Prospective);

    private static OrganizationAffiliation ToFhir(Organisation o, FhirCodes codes) => new()
    {
        Id = Id(o.Id),
        Active = o.Status == MembershipStatus.Member,
        Period = o.JoinedOn is null && o.LeftOn is null ? null : new Period { Start = Date(o.JoinedOn), End = Date(o.LeftOn) },
        Organization = Network(),
        ParticipatingOrganization = Reference("Organization", Id(o.Id), o.Name),
        Network = [Network()],
        Code = [Concept(codes.MembershipStatusSystem, FhirCodes.Code(o.Status), OrganisationRules.Describe(o.Status))],
    };
}
