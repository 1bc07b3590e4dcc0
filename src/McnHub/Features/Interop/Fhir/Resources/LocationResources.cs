using Hl7.Fhir.Model;
using McnHub.Features.Directory.Services;
using McnHub.Features.Members.Network;
using Microsoft.EntityFrameworkCore;
using static McnHub.Features.Interop.Fhir.FhirMapping;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Features.Interop.Fhir.Resources;

/// <summary>
/// Location: the network's areas (id "area-{id}", physical type area, partOf the parent area) and the premises services
/// are delivered from (id "loc-{id}", managed by the service's organisation). Searches list areas first, then premises.
/// </summary>
internal sealed class LocationResources : FhirResourceProvider
{
    public const string AreaPrefix = "area-";
    public const string LocationPrefix = "loc-";

    public override string Type => "Location";

    public override string Documentation =>
        "The network's areas (Location/area-{id}: physicalType area, identifier the area code, partOf the parent area) and " +
        "the premises services are delivered from (Location/loc-{id}: address, position, managingOrganization).";

    public override IReadOnlyList<FhirSearchParam> SearchParameters { get; } =
    [
        new("name", SearchParamType.String, "Name: starts with (case-insensitive), :contains, or :exact."),
        new("partof", SearchParamType.Reference, "The areas inside an area: Location/area-{id}."),
        new("organization", SearchParamType.Reference, "Premises of an organisation's services: Organization/id."),
    ];

    public override async Task<Resource?> ReadAsync(FhirRequestContext context, string id, CancellationToken cancellationToken)
    {
        if (TryParseId(id, AreaPrefix, out var areaId))
        {
            var area = await context.Db.Set<Area>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == areaId, cancellationToken);
            return area is null ? null : ToFhir(area, context.Codes);
        }

        if (TryParseId(id, LocationPrefix, out var locationId))
        {
            var location = await context.Db.Set<ServiceLocation>().AsNoTracking().Include(l => l.Service).FirstOrDefaultAsync(l => l.Id == locationId, cancellationToken);
            return location is null ? null : ToFhir(location);
        }

        return null;
    }

    public override async Task<FhirSearchResult> SearchAsync(FhirRequestContext context, FhirSearchRequest request, CancellationToken cancellationToken)
    {
        var areas = context.Db.Set<Area>().AsNoTracking();
        var premises = context.Db.Set<ServiceLocation>().AsNoTracking();
        var (withAreas, withPremises) = (true, true);
        foreach (var criterion in request.Criteria)
        {
            switch (criterion.Param.Name)
            {
                case "name":
                    areas = areas.WhereText(a => a.Name, criterion);
                    premises = premises.WhereText(l => l.Name, criterion);
                    break;
                case "partof":
                    var parents = Ids(criterion.References(Type), AreaPrefix);
                    areas = areas.Where(a => a.ParentId != null && parents.Contains(a.ParentId.Value));
                    withPremises = false;
                    break;
                case "organization":
                    var organisations = Ids(criterion.References("Organization"));
                    premises = premises.Where(l => organisations.Contains(l.Service!.OrganisationId));
                    withAreas = false;
                    break;
            }
        }

        var areaCount = withAreas ? await areas.CountAsync(cancellationToken) : 0;
        var premisesCount = withPremises ? await premises.CountAsync(cancellationToken) : 0;
        var resources = new List<Resource>();
        var (skip, take) = (request.Skip, request.Count);
        if (take > 0 && skip < areaCount)
        {
            var page = await areas.OrderBy(a => a.Name).ThenBy(a => a.Id).Skip((int)skip).Take(take).ToListAsync(cancellationToken);
            resources.AddRange(page.Select(a => ToFhir(a, context.Codes)));
            take -= page.Count;
        }

        var premisesSkip = Math.Max(0, skip - areaCount);
        if (take > 0 && premisesSkip < premisesCount)
        {
            var page = await premises.Include(l => l.Service).OrderBy(l => l.Name).ThenBy(l => l.Id).Skip((int)premisesSkip).Take(take).ToListAsync(cancellationToken);
            resources.AddRange(page.Select(ToFhir));
        }

        return new FhirSearchResult(areaCount + premisesCount, resources);
    }

    private static Location ToFhir(Area a, FhirCodes codes)
    {
        var location = new Location
        {
            Id = AreaPrefix + Id(a.Id),
            Status = Location.LocationStatus.Active,
            Name = a.Name,
            Description = FhirCodes.Display(a.Kind),
            Mode = Location.LocationMode.Instance,
            PhysicalType = Concept(FhirCodes.LocationPhysicalTypeSystem, "area", "Area"),
            PartOf = a.ParentId is { } parent ? Reference("Location", AreaPrefix + Id(parent)) : null,
        };
        if (a.Code is not null)
        {
            location.Identifier.Add(new Identifier(codes.AreaCodeSystem, a.Code));
        }

        return location;
    }

    private static Location ToFhir(ServiceLocation l) => new()
    {
        Id = LocationPrefix + Id(l.Id),
        Status = l.Service?.Status == ServiceStatus.Defunct ? Location.LocationStatus.Inactive : Location.LocationStatus.Active,
        Name = l.Name,
        Mode = Location.LocationMode.Instance,
        Address = Address(l.AddressLine1, l.AddressLine2, l.Town, l.Postcode),
        Position = l.Latitude is { } latitude && l.Longitude is { } longitude
            ? new Location.PositionComponent { Latitude = (decimal)latitude, Longitude = (decimal)longitude }
            : null,
        ManagingOrganization = l.Service is null ? null : Reference("Organization", Id(l.Service.OrganisationId)),
    };
}
