using McnHub.Features.Directory.Services;
using McnHub.Features.Directory.Taxonomy;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Directory.Editing;

/// <summary>
/// The demo network's directory: the taxonomy and about eighty services across the Riverlands organisations,
/// some stale, a few closed, one defunct, and the real gaps a co-ordinator should find on the provision map
/// (no 24/7 end-of-life care at home in Southford or Lowmoor, office-hours-only community nursing in Highcross,
/// no consultant advice out of hours in Eastmere). Every name, number and postcode is invented.
/// </summary>
public static partial class DemoDirectory
{
    public const string EndOfLifeCareAtHome = "end-of-life-care-at-home";
    public const string TelephoneAdvice247 = "24-7-telephone-advice";
    public const string CommunityNursing = "community-childrens-nursing";
    public const string ConsultantAdvice = "specialist-consultant-advice";

    /// <summary>Town centres of the fictional region, for map coordinates.</summary>
    private static readonly Dictionary<string, (double Lat, double Lon)> Towns = new()
    {
        ["Northbrook"] = (53.4794, -2.2453),
        ["Eastmere"] = (53.5228, -2.0519),
        ["Westvale"] = (53.4521, -2.4987),
        ["Southford"] = (53.3542, -2.1983),
        ["Highcross"] = (53.6219, -2.3048),
        ["Lowmoor"] = (53.7012, -2.1067),
    };

    public static async Task SeedAsync(AppDbContext db, DateOnly today, CancellationToken ct = default)
    {
        if (await db.Set<TaxonomyTerm>().AnyAsync(ct))
        {
            return;
        }

        var terms = Terms.Select((t, i) => new TaxonomyTerm
        {
            Code = t.Code,
            Label = t.Label,
            Description = t.Description,
            SortOrder = (i + 1) * 10,
            RequiredInEveryArea = t.Code is EndOfLifeCareAtHome or TelephoneAdvice247 or CommunityNursing or ConsultantAdvice,
            Required24x7 = t.Code is EndOfLifeCareAtHome or TelephoneAdvice247,
        }).ToList();
        db.AddRange(terms);
        await db.SaveChangesAsync(ct);

        var termsByCode = terms.ToDictionary(t => t.Code);
        var organisations = await db.Set<Organisation>().Include(o => o.AreasServed).ToDictionaryAsync(o => o.Name, ct);
        var areas = await db.Set<Area>().ToDictionaryAsync(a => a.Name, ct);
        var leads = await db.Set<Affiliation>()
            .Where(a => a.Role == OrganisationRole.Lead)
            .OrderBy(a => a.Id)
            .Select(a => new { a.OrganisationId, a.Person!.FullName })
            .ToListAsync(ct);

        // Kingfisher's services go in first, so service 1 belongs to the demo lead's own organisation.
        var batches = Seeds.Select((seed, i) => (seed, i)).GroupBy(x => x.seed.Org == "Kingfisher Children's Hospice" ? 0 : 1).OrderBy(g => g.Key);
        foreach (var batch in batches)
        {
            foreach (var (seed, i) in batch)
            {
                var org = organisations.GetValueOrDefault(seed.Org) ?? throw new InvalidOperationException($"Demo directory: no organisation called {seed.Org}");
                var verifiedBy = leads.FirstOrDefault(l => l.OrganisationId == org.Id)?.FullName ?? "Alex Morgan";
                db.Add(Build(seed, i, org, termsByCode, areas, verifiedBy, today));
            }

            await db.SaveChangesAsync(ct);
        }
    }

    private static Service Build(S seed, int i, Organisation org, Dictionary<string, TaxonomyTerm> terms, Dictionary<string, Area> areas, string verifiedBy, DateOnly today)
    {
        var domain = org.Website is null ? "riverlands.example" : new Uri(org.Website).Host;
        var coverage = seed.Areas is null
            ? org.AreasServed.Select(a => a.AreaId).ToList()
            : seed.Areas.Split(',', StringSplitOptions.TrimEntries).Select(a => areas.GetValueOrDefault(a)?.Id ?? throw new InvalidOperationException($"Demo directory: no area {a}")).ToList();
        var verified = seed.Verified == 0 ? today.AddDays(-(i * 3 % 20)) : today.AddMonths(-seed.Verified).AddDays(-(i * 7 % 25));
        var created = today.AddYears(-2).AddDays(i * 5).ToDateTime(TimeOnly.FromTimeSpan(TimeSpan.FromHours(9)), DateTimeKind.Utc);
        var service = new Service
        {
            OrganisationId = org.Id,
            Name = seed.Name,
            Description = seed.Description,
            MinimumAge = seed.Min,
            MaximumAge = seed.Max,
            Conditions = seed.Conditions ?? "Life-limiting or life-threatening conditions (Together for Short Lives categories 1 to 4)",
            Eligibility = seed.Eligibility ?? "Children and young people registered with a GP in the areas covered, and their families",
            Is24x7 = seed.Hours == Hours.TwentyFourSeven,
            OutOfHours = seed.OutOfHours ?? (seed.Hours == Hours.TwentyFourSeven ? null : DefaultOutOfHours(org)),
            ReferralWho = seed.Who ?? "Any health, social care or education professional; families can refer themselves",
            ReferralHow = seed.How ?? "Phone the team to talk it through, then send the referral form by secure email",
            ReferralContact = $"{org.Phone} · referrals@{domain}",
            ReferralCriteria = seed.Criteria ?? "A child or young person with a life-limiting or life-threatening condition who lives in the areas covered",
            Phone = org.Phone,
            Email = $"{Slug(seed.Name)}@{domain}",
            Website = org.Website,
            Cost = seed.Cost ?? "Free",
            IsFree = seed.Free,
            Languages = Languages[i % Languages.Length],
            Status = seed.Status,
            LastVerifiedOn = verified,
            LastVerifiedBy = verifiedBy,
            CreatedAt = created,
            UpdatedAt = verified.ToDateTime(TimeOnly.FromTimeSpan(TimeSpan.FromHours(10)), DateTimeKind.Utc),
            Types = seed.Types.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(code => new ServiceType { TaxonomyTermId = (terms.GetValueOrDefault(code) ?? throw new InvalidOperationException($"Demo directory: no type {code}")).Id })
                .ToList(),
            Areas = coverage.Select(id => new ServiceArea { AreaId = id }).ToList(),
            Hours = Schedule(seed.Hours).Select(p => new OpeningHours { Day = p.Day, Opens = p.Opens, Closes = p.Closes }).ToList(),
        };

        var town = org.Town ?? "Northbrook";
        var (lat, lon) = Towns.GetValueOrDefault(town, Towns["Northbrook"]);
        service.Locations.Add(new ServiceLocation
        {
            Name = seed.Location ?? org.Name,
            AddressLine1 = org.AddressLine1,
            Town = town,
            Postcode = org.Postcode,
            Latitude = Math.Round(lat + (i % 7 * 0.0031), 5),
            Longitude = Math.Round(lon - (i % 5 * 0.0043), 5),
        });
        if (seed.Extra is { } extra)
        {
            var (xlat, xlon) = Towns[extra.Town];
            service.Locations.Add(new ServiceLocation { Name = extra.Name, AddressLine1 = extra.Line1, Town = extra.Town, Postcode = extra.Postcode, Latitude = xlat + 0.0042, Longitude = xlon + 0.0037 });
        }

        return service;
    }

    private static string DefaultOutOfHours(Organisation org) =>
        $"Outside these hours, leave a message on {org.Phone} and the team will call back the next working day. In an emergency call 999; for urgent advice call NHS 111.";

    private static readonly string[] Languages =
        ["English", "English, Urdu, Punjabi", "English; interpreters for any language on request", "English, Polish", "English, British Sign Language", "English, Bengali, Arabic"];

    private static IEnumerable<(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes)> Schedule(Hours hours)
    {
        static TimeOnly T(int h, int m = 0) => new(h, m);
        var weekdays = ServiceRules.Week.Take(5).ToList();
        return hours switch
        {
            Hours.Office => weekdays.Select(d => (d, T(9), T(17))),
            Hours.OfficeLunch => weekdays.SelectMany(d => new[] { (d, T(9), T(12, 30)), (d, T(13, 30), T(17)) }),
            Hours.Extended => ServiceRules.Week.Select(d => (d, T(8), T(20))),
            Hours.WeekdayExtended => weekdays.Select(d => (d, T(8), T(20))).Append((DayOfWeek.Saturday, T(9), T(13))),
            Hours.Daytime7 => ServiceRules.Week.Select(d => (d, T(8), T(22))),
            Hours.Evenings => new[] { (DayOfWeek.Tuesday, T(16), T(18, 30)), (DayOfWeek.Thursday, T(16), T(18, 30)) },
            Hours.GpOutOfHours => weekdays.SelectMany(d => new[] { (d, T(0), T(8)), (d, T(18, 30), T(23, 59)) })
                .Concat(new[] { (DayOfWeek.Saturday, T(0), T(23, 59)), (DayOfWeek.Sunday, T(0), T(23, 59)) }),
            Hours.WeeklyDropIn => new[] { (DayOfWeek.Wednesday, T(10), T(14)) },
            Hours.Saturdays => new[] { (DayOfWeek.Saturday, T(10), T(15)) },
            _ => [],
        };
    }

    private static string Slug(string name)
    {
        var slug = new string(name.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c == ' ').ToArray()).Trim().Replace(' ', '-');
        return slug[..Math.Min(40, slug.Length)].Trim('-');
    }

    private enum Hours
    {
        TwentyFourSeven,
        Office,
        OfficeLunch,
        Extended,
        WeekdayExtended,
        Daytime7,
        Evenings,
        GpOutOfHours,
        WeeklyDropIn,
        Saturdays,
    }

    private sealed record Place(string Name, string Line1, string Town, string Postcode);

    /// <summary>One demo service. Verified = months since last checked (more than six is stale); Areas null = the organisation's own.</summary>
    private sealed record S(
        string Org,
        string Name,
        string Types,
        string Description,
        int? Min = 0,
        int? Max = 18,
        Hours Hours = Hours.Office,
        string? Areas = null,
        int Verified = 0,
        ServiceStatus Status = ServiceStatus.Active,
        string? Conditions = null,
        string? Eligibility = null,
        string? OutOfHours = null,
        string? Who = null,
        string? How = null,
        string? Criteria = null,
        string? Cost = null,
        bool Free = true,
        string? Location = null,
        Place? Extra = null);
}
