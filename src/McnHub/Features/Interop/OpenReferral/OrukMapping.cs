using System.Globalization;
using McnHub.Features.Directory.Services;
using McnHub.Features.Directory.Taxonomy;
using McnHub.Features.Members.Organisations;

namespace McnHub.Features.Interop.OpenReferral;

/// <summary>The columns a service summary needs, projected by the database in one query.</summary>
internal sealed record OrukServiceRow(
    int Id,
    string Name,
    string Description,
    string? Website,
    string? Email,
    ServiceStatus Status,
    string? Cost,
    bool IsFree,
    DateOnly? LastVerifiedOn,
    string? ReferralWho,
    string? ReferralHow,
    int OrganisationId,
    string OrganisationName,
    OrganisationType OrganisationType,
    Sector OrganisationSector,
    string? OrganisationEmail,
    string? OrganisationWebsite);

/// <summary>
/// Entities to ORUK records. Ids are the database ids as strings; records the network keeps inside a service (its
/// one eligibility, contact and cost option) take the service's id, and rows of link tables combine both ids.
/// </summary>
internal static class OrukMapping
{
    public const string Country = "GB";

    private static readonly string[] ByDay = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    public static string Status(ServiceStatus status) => status switch
    {
        ServiceStatus.Active => "active",
        ServiceStatus.TemporarilyClosed => "temporarily closed",
        _ => "defunct",
    };

    public static OrukServiceSummary ToSummary(this OrukServiceRow s) => new(
        Id(s.Id),
        Organization(s.OrganisationId, s.OrganisationName, s.OrganisationType, s.OrganisationSector, s.OrganisationEmail, s.OrganisationWebsite),
        s.Name,
        s.Description,
        s.Website,
        s.Email,
        Status(s.Status),
        Fees(s.Cost, s.IsFree),
        Accreditations: null,
        DeliverableType: null,
        AssuredDate(s.LastVerifiedOn),
        AttendingType: null,
        AttendingAccess(s.ReferralWho, s.ReferralHow));

    /// <summary>The fully nested service; needs Organisation, Types.Term, Areas.Area, Locations and Hours loaded.</summary>
    public static OrukService ToDto(this Service s)
    {
        var id = Id(s.Id);
        var organisation = s.Organisation!;
        return new OrukService(
            id,
            Organization(organisation.Id, organisation.Name, organisation.Type, organisation.Sector, organisation.Email, organisation.Website),
            s.Name,
            s.Description,
            s.Website,
            s.Email,
            Status(s.Status),
            Fees(s.Cost, s.IsFree),
            Accreditations: null,
            DeliverableType: null,
            AssuredDate(s.LastVerifiedOn),
            AttendingType: null,
            AttendingAccess(s.ReferralWho, s.ReferralHow),
            Contacts(s),
            CostOptions(s),
            Eligibilitys(s),
            Languages(s),
            Schedules(s, ""),
            s.Areas.OrderBy(a => a.Area!.Name).Select(a => new OrukServiceArea($"{id}-{Id(a.AreaId)}", a.Area!.Name, null, null)).ToList(),
            s.Locations.OrderBy(l => l.Name).ThenBy(l => l.Id).Select(l => ServiceAtLocation(s, l)).ToList(),
            s.Types.Select(t => t.Term!).OrderBy(t => t.SortOrder).ThenBy(t => t.Label)
                .Select(t => new OrukServiceTaxonomy($"{id}-{t.Code}", t.ToDto())).ToList());
    }

    public static OrukTaxonomyTerm ToDto(this TaxonomyTerm t) =>
        new(t.Code, t.Label, TaxonomyTerm.Vocabulary, null, t.Description, t.Uri);

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static OrukOrganization Organization(int id, string name, OrganisationType type, Sector sector, string? email, string? website) =>
        new(Id(id), name, $"{OrganisationRules.Describe(type)} ({(sector == Sector.Nhs ? "NHS" : "non-NHS")})", email, website, null, null);

    private static string? Fees(string? cost, bool isFree) => cost ?? (isFree ? "Free" : null);

    private static string? AssuredDate(DateOnly? verified) => verified?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? AttendingAccess(string? who, string? how) => who is null && how is null ? null : "referral";

    private static List<OrukContact> Contacts(Service s)
    {
        if (s.Phone is null && s.ReferralContact is null)
        {
            return [];
        }

        var phones = s.Phone is null ? new List<OrukPhone>() : [new OrukPhone(Id(s.Id), s.Phone, null)];
        return [new OrukContact(Id(s.Id), s.ReferralContact, s.ReferralContact is null ? null : "Referral contact", phones)];
    }

    private static List<OrukCostOption> CostOptions(Service s)
    {
        if (s.IsFree)
        {
            return [new OrukCostOption(Id(s.Id), null, null, "Free", 0m, s.Cost ?? "Free")];
        }

        return s.Cost is null ? [] : [new OrukCostOption(Id(s.Id), null, null, s.Cost, null, null)];
    }

    private static List<OrukEligibility> Eligibilitys(Service s)
    {
        var text = string.Join("\n\n", new[] { s.Eligibility, s.Conditions is null ? null : $"Conditions: {s.Conditions}" }.Where(t => t is not null));
        if (text.Length == 0 && s.MinimumAge is null && s.MaximumAge is null)
        {
            return [];
        }

        return [new OrukEligibility(Id(s.Id), text.Length == 0 ? null : text, s.MinimumAge, s.MaximumAge)];
    }

    private static List<OrukLanguage> Languages(Service s) =>
        (s.Languages ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select((language, i) => new OrukLanguage($"{Id(s.Id)}-{i + 1}", language))
            .ToList();

    private static OrukServiceAtLocation ServiceAtLocation(Service s, ServiceLocation l)
    {
        var id = Id(l.Id);
        var line = string.Join(", ", new[] { l.AddressLine1, l.AddressLine2 }.Where(x => !string.IsNullOrWhiteSpace(x)));
        var hasAddress = line.Length > 0 || l.Town is not null || l.Postcode is not null;
        var addresses = hasAddress
            ? [new OrukPhysicalAddress(id, line.Length == 0 ? null : line, l.Town, null, l.Postcode, Country)]
            : new List<OrukPhysicalAddress>();
        return new OrukServiceAtLocation(id, new OrukLocation(id, l.Name, null, l.Latitude, l.Longitude, addresses), Schedules(s, $"{id}-"));
    }

    /// <summary>
    /// Weekly schedules, one per distinct opening period with the days it applies to (RFC 5545 BYDAY codes).
    /// Ids carry a prefix so the copy under each service_at_location does not repeat the service's own ids.
    /// </summary>
    private static List<OrukRegularSchedule> Schedules(Service s, string idPrefix)
    {
        var outOfHours = s.OutOfHours is null ? null : $"Outside these hours: {s.OutOfHours}";
        if (s.Is24x7)
        {
            return [new OrukRegularSchedule(idPrefix + "24x7", "00:00:00", "23:59:59", null, null, null, "WEEKLY", 1, "MO,TU,WE,TH,FR,SA,SU", null, "Open 24 hours a day, 7 days a week")];
        }

        return s.Hours
            .GroupBy(h => (h.Opens, h.Closes))
            .OrderBy(g => g.Key.Opens).ThenBy(g => g.Key.Closes)
            .Select(g => new OrukRegularSchedule(
                idPrefix + Id(g.Min(h => h.Id)),
                Time(g.Key.Opens),
                Time(g.Key.Closes),
                null,
                null,
                null,
                "WEEKLY",
                1,
                string.Join(",", g.Select(h => h.Day).Distinct().OrderBy(MondayFirst).Select(d => ByDay[(int)d])),
                null,
                outOfHours))
            .ToList();
    }

    private static string Time(TimeOnly time) => time.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private static int MondayFirst(DayOfWeek day) => ((int)day + 6) % 7;
}
