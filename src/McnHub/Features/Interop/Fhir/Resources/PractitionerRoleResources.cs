using Hl7.Fhir.Model;
using McnHub.Features.Members.People;
using Microsoft.EntityFrameworkCore;
using static McnHub.Features.Interop.Fhir.FhirMapping;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Features.Interop.Fhir.Resources;

/// <summary>
/// PractitionerRole: a professional who opted in to the directory (listed and active), at one organisation
/// (id "{personId}-{organisationId}"). Only the name, organisation and discipline are published: never a phone
/// number or email address, because this API is public.
/// </summary>
internal sealed class PractitionerRoleResources : FhirResourceProvider
{
    public override string Type => "PractitionerRole";

    public override string Documentation =>
        "Professionals who opted in to the directory, one per organisation they work at (id = {personId}-{organisationId}): " +
        "practitioner (display name only), organization, and code = discipline (text = job title). No contact details.";

    public override IReadOnlyList<FhirSearchParam> SearchParameters { get; } =
    [
        new("organization", SearchParamType.Reference, "The organisation: Organization/id."),
        new("role", SearchParamType.Token, "Discipline code from the network's discipline code system (e.g. nurse, consultant)."),
    ];

    public override async Task<Resource?> ReadAsync(FhirRequestContext context, string id, CancellationToken cancellationToken)
    {
        var dash = id.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0 || !TryParseId(id[..dash], "", out var personId) || !TryParseId(id[(dash + 1)..], "", out var organisationId))
        {
            return null;
        }

        var role = await Roles(Listed(context).Where(a => a.PersonId == personId && a.OrganisationId == organisationId)).FirstOrDefaultAsync(cancellationToken);
        return role is null ? null : ToFhir(role, context.Codes);
    }

    public override async Task<FhirSearchResult> SearchAsync(FhirRequestContext context, FhirSearchRequest request, CancellationToken cancellationToken)
    {
        var affiliations = Listed(context);
        foreach (var criterion in request.Criteria)
        {
            switch (criterion.Param.Name)
            {
                case "organization":
                    var organisations = Ids(criterion.References("Organization"));
                    affiliations = affiliations.Where(a => organisations.Contains(a.OrganisationId));
                    break;
                case "role":
                    var tokens = criterion.Tokens();
                    var disciplines = Enum.GetValues<Discipline>().Where(d => tokens.Any(t => t.Matches(context.Codes.DisciplineSystem, FhirCodes.Code(d)))).ToList();
                    affiliations = affiliations.Where(a => disciplines.Contains(a.Person!.Discipline));
                    break;
            }
        }

        var (total, page) = await PageAsync(Roles(affiliations), q => q.OrderBy(r => r.FullName).ThenBy(r => r.PersonId).ThenBy(r => r.OrganisationId), request.Skip, request.Count, cancellationToken);
        return new FhirSearchResult(total, [.. page.Select(r => ToFhir(r, context.Codes))]);
    }

    private static IQueryable<Affiliation> Listed(FhirRequestContext context) =>
        context.Db.Set<Affiliation>().AsNoTracking().Where(a => a.Person!.ListedInDirectory && a.Person.Active);

    /// <summary>A person may hold several roles (staff, lead…) at one organisation: one PractitionerRole for them all.</summary>
    private static IQueryable<RoleRow> Roles(IQueryable<Affiliation> affiliations) => affiliations
        .Select(a => new RoleRow { PersonId = a.PersonId, OrganisationId = a.OrganisationId, FullName = a.Person!.FullName, Discipline = a.Person.Discipline, JobTitle = a.Person.JobTitle, OrganisationName = a.Organisation!.Name })
        .Distinct();

    private static PractitionerRole ToFhir(RoleRow r, FhirCodes codes) => new()
    {
        Id = $"{Id(r.PersonId)}-{Id(r.OrganisationId)}",
        Active = true,
        Practitioner = new ResourceReference { Display = r.FullName },
        Organization = Reference("Organization", Id(r.OrganisationId), r.OrganisationName),
        Code =
        [
            new CodeableConcept
            {
                Coding = [new Coding(codes.DisciplineSystem, FhirCodes.Code(r.Discipline), FhirCodes.Display(r.Discipline))],
                Text = r.JobTitle ?? FhirCodes.Display(r.Discipline),
            },
        ],
    };

    private sealed class RoleRow
    {
        public int PersonId { get; init; }

        public int OrganisationId { get; init; }

        public string FullName { get; init; } = "";

        public Discipline Discipline { get; init; }

        public string? JobTitle { get; init; }

        public string OrganisationName { get; init; } = "";
    }
}
