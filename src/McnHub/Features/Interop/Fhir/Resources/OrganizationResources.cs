using Hl7.Fhir.Model;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;
using static McnHub.Features.Interop.Fhir.FhirMapping;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Features.Interop.Fhir.Resources;

/// <summary>
/// Organization: the network itself (id "network", type "network", from the network settings) and every organisation
/// in the directory (id = its numeric id). Active means a current member; current members are partOf the network.
/// </summary>
internal sealed class OrganizationResources : FhirResourceProvider
{
    public override string Type => "Organization";

    public override string Documentation =>
        "The network itself (Organization/network, of type network) and every member or prospective member organisation " +
        "(id = the directory's numeric id), with its ODS code, type, contact details and address. active = a current member; " +
        "current members are partOf the network.";

    public override IReadOnlyList<FhirSearchParam> SearchParameters { get; } =
    [
        new("name", SearchParamType.String, "Name: starts with (case-insensitive), :contains, or :exact."),
        new("identifier", SearchParamType.Token, $"ODS code: code or {FhirCodes.OdsSystem}|code."),
        new("type", SearchParamType.Token, "Organisation type code from the network's organisation-type code system; network is the network itself."),
        new("active", SearchParamType.Token, "true: the network and current members; false: prospective, lapsed and former members."),
        new("partof", SearchParamType.Reference, "Organization/network: the network's current members."),
    ];

    public override async Task<Resource?> ReadAsync(FhirRequestContext context, string id, CancellationToken cancellationToken)
    {
        if (id == FhirCodes.NetworkId)
        {
            return await NetworkAsync(context, cancellationToken);
        }

        if (!TryParseId(id, "", out var organisationId))
        {
            return null;
        }

        // From the directory's read model (docs/adr/0009): a read by id is the API's commonest request.
        var snapshot = await context.ReadModel.GetAsync(context.Db, cancellationToken);
        return snapshot.Organisations.TryGetValue(organisationId, out var organisation) ? ToFhir(organisation, context.Codes) : null;
    }

    /// <summary>
    /// An organisation's read is serialised once per snapshot of the directory and then served as it is (most of its
    /// cost was building and serialising the resource); the network itself is built each time.
    /// </summary>
    public override async Task<IResult?> ReadResultAsync(FhirRequestContext context, string id, CancellationToken cancellationToken)
    {
        if (id == FhirCodes.NetworkId || !TryParseId(id, "", out var organisationId))
        {
            return await base.ReadResultAsync(context, id, cancellationToken);
        }

        var snapshot = await context.ReadModel.GetAsync(context.Db, cancellationToken);
        if (!snapshot.Organisations.TryGetValue(organisationId, out var organisation))
        {
            return null;
        }

        var json = snapshot.Memo(Type, organisationId, limit: 20_000, () => FhirResult.ToJson(ToFhir(organisation, context.Codes)));
        return new FhirJsonResult(json, $"W/\"{organisation.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"");
    }

    public override async Task<FhirSearchResult> SearchAsync(FhirRequestContext context, FhirSearchRequest request, CancellationToken cancellationToken)
    {
        var organisations = context.Db.Set<Organisation>().AsNoTracking();
        var networkMatches = true;
        var names = new List<FhirCriterion>();
        foreach (var criterion in request.Criteria)
        {
            switch (criterion.Param.Name)
            {
                case "name":
                    organisations = organisations.WhereText(o => o.Name, criterion);
                    names.Add(criterion);
                    break;
                case "identifier":
                    var ods = criterion.Tokens().Where(t => t.System is null || t.System == FhirCodes.OdsSystem).ToList();
                    var anyCode = ods.Any(t => t.Code.Length == 0);
                    var codes = ods.Select(t => t.Code.ToUpperInvariant()).ToList();
                    organisations = organisations.Where(o => o.OdsCode != null && (anyCode || codes.Contains(o.OdsCode)));
                    networkMatches = false;
                    break;
                case "type":
                    var tokens = criterion.Tokens();
                    var system = context.Codes.OrganisationTypeSystem;
                    var types = Enum.GetValues<OrganisationType>().Where(t => tokens.Any(token => token.Matches(system, FhirCodes.Code(t)))).ToList();
                    organisations = organisations.Where(o => types.Contains(o.Type));
                    networkMatches &= tokens.Any(token => token.Matches(system, FhirCodes.NetworkTypeCode));
                    break;
                case "active":
                    var active = criterion.Boolean();
                    organisations = active ? organisations.Where(o => o.Status == MembershipStatus.Member) : organisations.Where(o => o.Status != MembershipStatus.Member);
                    networkMatches &= active;
                    break;
                case "partof":
                    var ofNetwork = criterion.References(Type).Contains(FhirCodes.NetworkId);
                    organisations = organisations.Where(o => ofNetwork && o.Status == MembershipStatus.Member);
                    networkMatches = false;
                    break;
            }
        }

        var network = networkMatches ? await NetworkAsync(context, cancellationToken) : null;
        if (network is not null && !names.All(n => n.Matches(network.Name ?? "")))
        {
            network = null;
        }

        // The network comes first, then the organisations by name: one list, paged across both.
        var offset = network is null ? 0 : 1;
        var count = await organisations.CountAsync(cancellationToken);
        var resources = new List<Resource>();
        var skip = request.Skip;
        var take = request.Count;
        if (network is not null && skip == 0 && take > 0)
        {
            resources.Add(network);
            take--;
        }

        var rowSkip = Math.Max(0, skip - offset);
        if (take > 0 && rowSkip < count)
        {
            var page = await organisations.OrderBy(o => o.Name).ThenBy(o => o.Id).Skip((int)rowSkip).Take(take).ToListAsync(cancellationToken);
            resources.AddRange(page.Select(o => ToFhir(o, context.Codes)));
        }

        return new FhirSearchResult(count + offset, resources);
    }

    public static Organization ToFhir(Organisation o, FhirCodes codes)
    {
        var organization = new Organization
        {
            Id = Id(o.Id),
            Active = o.Status == MembershipStatus.Member,
            Type = [Concept(codes.OrganisationTypeSystem, FhirCodes.Code(o.Type), FhirCodes.Display(o.Type))],
            Name = o.Name,
            Telecom = Telecom(o.Phone, o.Email, o.Website),
            PartOf = o.Status == MembershipStatus.Member ? Network() : null,
        };
        if (o.OdsCode is not null)
        {
            organization.Identifier.Add(new Identifier(FhirCodes.OdsSystem, o.OdsCode));
        }

        if (Address(o.AddressLine1, o.AddressLine2, o.Town, o.Postcode) is { } address)
        {
            organization.Address.Add(address);
        }

        return organization;
    }

    private static async Task<Organization> NetworkAsync(FhirRequestContext context, CancellationToken cancellationToken)
    {
        var settings = await context.Db.Set<NetworkSettings>().AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new NetworkSettings();
        return new Organization
        {
            Id = FhirCodes.NetworkId,
            Active = true,
            Type = [Concept(context.Codes.OrganisationTypeSystem, FhirCodes.NetworkTypeCode, "Managed clinical network")],
            Name = settings.Name,
            Telecom = Telecom(null, settings.ContactEmail, null),
        };
    }
}
