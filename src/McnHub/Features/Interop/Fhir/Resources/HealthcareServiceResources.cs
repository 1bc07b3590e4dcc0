using System.Text;
using Hl7.Fhir.Model;
using McnHub.Features.Directory.ReadModel;
using McnHub.Features.Directory.Services;
using McnHub.Features.Directory.Taxonomy;
using Microsoft.EntityFrameworkCore;
using static McnHub.Features.Interop.Fhir.FhirMapping;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Features.Interop.Fhir.Resources;

/// <summary>
/// HealthcareService: each directory service (id = its numeric id). The network's taxonomy is one level deep, so each
/// service type is given both as category and as type. Coverage areas are Location/area-{id}, premises Location/loc-{id}.
/// </summary>
internal sealed class HealthcareServiceResources : FhirResourceProvider
{
    /// <summary>Serialised resources kept per snapshot of the directory: at 2–3 KB each, at most ~25 MB.</summary>
    private const int MemoLimit = 10_000;

    public override string Type => "HealthcareService";

    public override string Documentation =>
        "Every service in the directory (id = its numeric id), including temporarily closed (active false) and defunct ones. " +
        "category and type carry the network's service types; coverageArea refers to Location/area-{id}; location to " +
        "Location/loc-{id}; availableTime is the weekly opening hours (allDay on every day for 24/7 services); eligibility " +
        "holds the age range and criteria; extraDetails how to refer.";

    public override IReadOnlyList<FhirSearchParam> SearchParameters { get; } =
    [
        new("name", SearchParamType.String, "Name: starts with (case-insensitive), :contains, or :exact."),
        new("organization", SearchParamType.Reference, "The providing organisation: Organization/id."),
        new("service-category", SearchParamType.Token, "Service type code (the network's service-type code system)."),
        new("service-type", SearchParamType.Token, "Service type code (the network's service-type code system)."),
        new("coverage-area", SearchParamType.Reference, "An area the service covers: Location/area-{id}."),
        new("active", SearchParamType.Token, "true: services open now; false: temporarily closed and defunct services."),
    ];

    public override async Task<Resource?> ReadAsync(FhirRequestContext context, string id, CancellationToken cancellationToken)
    {
        if (!TryParseId(id, "", out var serviceId))
        {
            return null;
        }

        var service = await WithDetails(context.Db.Set<Service>().AsNoTracking()).FirstOrDefaultAsync(s => s.Id == serviceId, cancellationToken);
        return service is null ? null : ToFhir(service, context.Codes);
    }

    public override async Task<FhirSearchResult> SearchAsync(FhirRequestContext context, FhirSearchRequest request, CancellationToken cancellationToken)
    {
        // Filtered, counted and paged in memory over the directory's read model (docs/adr/0009); every status is
        // included (closed and defunct services too). Bad values throw while the criteria are read, before any work.
        var snapshot = await context.ReadModel.GetAsync(context.Db, cancellationToken);
        var filter = new EntryFilter();
        foreach (var criterion in request.Criteria)
        {
            switch (criterion.Param.Name)
            {
                case "name":
                    filter.NameTests.Add(criterion.Matches);
                    break;
                case "organization":
                    filter.OrganisationSets.Add([.. Ids(criterion.References("Organization"))]);
                    break;
                case "service-category" or "service-type":
                    var tokens = criterion.Tokens().Where(t => t.System is null || t.System == context.Codes.ServiceTypeSystem).ToList();
                    var anyType = tokens.Any(t => t.Code.Length == 0);
                    var codes = tokens.Select(t => t.Code).ToHashSet();
                    filter.TypeSets.Add([.. snapshot.Terms.Where(t => anyType || codes.Contains(t.Code)).Select(t => t.Id)]);
                    break;
                case "coverage-area":
                    filter.AreaSets.Add([.. Ids(criterion.References("Location"), LocationResources.AreaPrefix)]);
                    break;
                case "active":
                    filter.Statuses(criterion.Boolean() ? [ServiceStatus.Active] : [ServiceStatus.TemporarilyClosed, ServiceStatus.Defunct]);
                    break;
            }
        }

        var (total, entries) = filter.Page(snapshot, snapshot.Columns.ByName, request.Skip, request.Count);

        // Then the page's resources, serialised: those already made from this snapshot, the others from their rows
        // with their details by id (kept for next time, up to a bound; they go when the directory changes). The
        // Bundle is written around them (SearchBundle.Write), so kept ones are not serialised again.
        var json = entries.Select(e => snapshot.Memo<byte[]>(Type, e.Id)).ToList();
        var missing = entries.Where((_, i) => json[i] is null).Select(e => e.Id).ToList();
        if (missing.Count > 0)
        {
            var loaded = (await WithDetails(context.Db.Set<Service>().AsNoTracking().Where(s => missing.Contains(s.Id))).ToListAsync(cancellationToken))
                .ToDictionary(s => s.Id, s => FhirResult.ToJson(ToFhir(s, context.Codes)));
            for (var i = 0; i < entries.Count; i++)
            {
                if (json[i] is null && loaded.TryGetValue(entries[i].Id, out var made))
                {
                    json[i] = made;
                    snapshot.Keep(Type, entries[i].Id, made, MemoLimit);
                }
            }
        }

        var serialised = new List<(string, string, byte[])>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            if (json[i] is { } resource)
            {
                serialised.Add((Type, Id(entries[i].Id), resource));
            }
        }

        return new FhirSearchResult(total, []) { Serialised = serialised };
    }

    private static IQueryable<Service> WithDetails(IQueryable<Service> services) => services
        .Include(s => s.Organisation)
        .Include(s => s.Types).ThenInclude(t => t.Term)
        .Include(s => s.Areas).ThenInclude(a => a.Area)
        .Include(s => s.Locations)
        .Include(s => s.Hours)
        .AsSplitQuery();

    private static HealthcareService ToFhir(Service s, FhirCodes codes)
    {
        var types = s.Types.Select(t => t.Term!).OrderBy(t => t.SortOrder).ThenBy(t => t.Label)
            .Select(t => Concept(codes.ServiceTypeSystem, t.Code, t.Label)).ToList();
        var service = new HealthcareService
        {
            Id = Id(s.Id),
            Meta = new Meta { LastUpdated = new DateTimeOffset(DateTime.SpecifyKind(s.UpdatedAt, DateTimeKind.Utc)) },
            Active = s.Status == ServiceStatus.Active,
            ProvidedBy = Reference("Organization", Id(s.OrganisationId), s.Organisation?.Name),
            Category = types,
            Type = [.. types.Select(t => (CodeableConcept)t.DeepCopy())],
            Location = [.. s.Locations.OrderBy(l => l.Name).ThenBy(l => l.Id).Select(l => Reference("Location", LocationResources.LocationPrefix + Id(l.Id), l.Name))],
            Name = s.Name,
            Comment = s.Description,
            ExtraDetails = Referral(s),
            Telecom = Telecom(s.Phone, s.Email, s.Website),
            CoverageArea = [.. s.Areas.OrderBy(a => a.Area!.Name).Select(a => Reference("Location", LocationResources.AreaPrefix + Id(a.AreaId), a.Area!.Name))],
            Eligibility = Eligibility(s),
            Communication = [.. (s.Languages ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => new CodeableConcept { Text = l })],
            ReferralMethod = s.ReferralHow is null ? [] : [new CodeableConcept { Text = s.ReferralHow }],
            AvailableTime = AvailableTime(s),
            AvailabilityExceptions = s.OutOfHours,
        };
        return service;
    }

    private static List<HealthcareService.EligibilityComponent> Eligibility(Service s)
    {
        var ages = (s.MinimumAge, s.MaximumAge) switch
        {
            (null, null) => null,
            (int min, null) => $"Aged {min} and over.",
            (null, int max) => $"Aged up to {max}.",
            (int min, int max) => $"Aged {min} to {max}.",
        };
        var text = string.Join("\n\n", new[] { ages, s.Eligibility, s.Conditions is null ? null : $"Conditions: {s.Conditions}" }.Where(t => t is not null));
        return text.Length == 0 ? [] : [new HealthcareService.EligibilityComponent { Code = new CodeableConcept { Text = "Who the service is for" }, Comment = text }];
    }

    private static string? Referral(Service s)
    {
        var text = new StringBuilder();
        Add("Who can refer", s.ReferralWho);
        Add("How to refer", s.ReferralHow);
        Add("Referral criteria", s.ReferralCriteria);
        Add("Referral contact", s.ReferralContact);
        Add("Cost", s.Cost ?? (s.IsFree ? "Free" : null));
        return text.Length == 0 ? null : text.ToString().TrimEnd();

        void Add(string heading, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                text.Append("**").Append(heading).Append(":** ").Append(value.Trim()).Append("\n\n");
            }
        }
    }

    private static List<HealthcareService.AvailableTimeComponent> AvailableTime(Service s)
    {
        if (s.Is24x7)
        {
            return [new HealthcareService.AvailableTimeComponent { DaysOfWeek = [.. Enum.GetValues<DaysOfWeek>().Select(d => (DaysOfWeek?)d)], AllDay = true }];
        }

        return
        [
            .. s.Hours
                .GroupBy(h => (h.Opens, h.Closes))
                .OrderBy(g => g.Key.Opens).ThenBy(g => g.Key.Closes)
                .Select(g => new HealthcareService.AvailableTimeComponent
                {
                    DaysOfWeek = [.. g.Select(h => h.Day).Distinct().OrderBy(d => ((int)d + 6) % 7).Select(d => (DaysOfWeek?)Day(d))],
                    AvailableStartTime = Time(g.Key.Opens),
                    AvailableEndTime = Time(g.Key.Closes),
                }),
        ];
    }
}
