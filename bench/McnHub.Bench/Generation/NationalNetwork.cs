using System.Globalization;
using McnHub.Features.Directory.Editing;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.Organisations;
using static McnHub.Bench.Generation.BulkTable;

namespace McnHub.Bench.Generation;

/// <summary>How big a network to generate. The same seed always gives the same network.</summary>
public sealed record GeneratorOptions(int Organisations = 10_000, int Services = 50_000, int Areas = 300, int Seed = 1);

/// <summary>
/// A national-scale network as table rows with explicit ids (1, 2, 3…): regions → ICBs → local areas with their 0–19
/// populations, organisations of every type and sector, and services of the demo taxonomy's types with locations,
/// coverage areas and opening hours. Rows are built in memory (about 100 MB at national scale), then written by
/// <see cref="BulkWriter"/>.
/// </summary>
internal sealed partial class NationalNetwork
{
    private readonly GeneratorOptions _options;
    private readonly Random _random;
    private readonly DateOnly _today;
    private readonly HashSet<string> _usedTowns = [];
    private readonly List<string> _towns = [];

    private NationalNetwork(GeneratorOptions options, DateOnly today)
    {
        if (options.Areas < 3 || options.Organisations < 1 || options.Services < 0)
        {
            throw new ArgumentException("At least 3 areas and 1 organisation are needed.", nameof(options));
        }

        _options = options;
        _random = new Random(options.Seed);
        _today = today;
    }

    public BulkTable Network { get; } = new("NetworkSettings", Int("Id"), Text("Name"), Text("Region"), Text("Aims"), Text("Objectives"), Text("ContactEmail"), Int("Version"));

    public BulkTable Areas { get; } = new("Area", Int("Id"), Text("Name"), Text("Code"), Text("Kind"), Int("ParentId"), Int("Population0To19"), Decimal("PrevalencePer10000"), Int("Version"));

    public BulkTable Terms { get; } = new("TaxonomyTerms", Int("Id"), Text("Code"), Text("Label"), Text("Description"), Text("Uri"), Int("SortOrder"), Bool("RequiredInEveryArea"), Bool("Required24x7"), Int("Version"));

    public BulkTable Organisations { get; } = new("Organisation",
        Int("Id"), Text("Name"), Text("OdsCode"), Text("Type"), Text("Sector"), Text("AddressLine1"), Text("AddressLine2"), Text("Town"), Text("Postcode"),
        Text("Website"), Text("Phone"), Text("Email"), Text("Status"), Date("StatusSince"), Date("JoinedOn"), Date("LeftOn"), Timestamp("CreatedAt"), Int("Version"));

    public BulkTable OrganisationAreas { get; } = new("OrganisationAreas", Int("OrganisationId"), Int("AreaId"));

    public BulkTable Services { get; } = new("Service",
        Int("Id"), Int("OrganisationId"), Text("Name"), Text("Description"), Int("MinimumAge"), Int("MaximumAge"), Text("Conditions"), Text("Eligibility"),
        Bool("Is24x7"), Text("OutOfHours"), Text("ReferralWho"), Text("ReferralHow"), Text("ReferralContact"), Text("ReferralCriteria"), Text("Phone"),
        Text("Email"), Text("Website"), Text("Cost"), Bool("IsFree"), Text("Languages"), Text("Status"), Date("LastVerifiedOn"), Text("LastVerifiedBy"),
        Timestamp("LastReminderSentAt"), Timestamp("CreatedAt"), Timestamp("UpdatedAt"), Int("Version"));

    public BulkTable ServiceTypes { get; } = new("ServiceTypes", Int("ServiceId"), Int("TaxonomyTermId"));

    public BulkTable ServiceAreas { get; } = new("ServiceAreas", Int("ServiceId"), Int("AreaId"));

    public BulkTable Locations { get; } = new("ServiceLocations",
        Int("Id"), Int("ServiceId"), Text("Name"), Text("AddressLine1"), Text("AddressLine2"), Text("Town"), Text("Postcode"), Real("Latitude"), Real("Longitude"));

    public BulkTable Hours { get; } = new("OpeningHours", Int("Id"), Int("ServiceId"), Text("Day"), Time("Opens"), Time("Closes"));

    /// <summary>Parents before children: the order the tables must be written in.</summary>
    public IReadOnlyList<BulkTable> Tables =>
        [Network, Areas, Terms, Organisations, OrganisationAreas, Services, ServiceTypes, ServiceAreas, Locations, Hours];

    public static NationalNetwork Generate(GeneratorOptions options, DateOnly today)
    {
        var network = new NationalNetwork(options, today);
        network.Network.Add(1, "National Children's Palliative Care Network (benchmark)", "England",
            "A generated national-scale network for measuring McnHub's performance. Every name, number and postcode is invented.",
            "Know who provides what, to whom, where and when\nFind the gaps in 24/7 end-of-life care at home", "network@bench.example", 0);
        var localAreas = network.AddAreas();
        var terms = network.AddTerms();
        var organisations = network.AddOrganisations(localAreas);
        network.AddServices(organisations, terms);
        return network;
    }

    /// <summary>Local areas by id, each with its ICB (its parent).</summary>
    private List<(int Id, int Icb, string Name)> AddAreas()
    {
        var regions = Math.Clamp(_options.Areas / 40, 1, Vocabulary.Regions.Length);
        var icbs = Math.Clamp(_options.Areas / 7, 1, 42);
        var locals = _options.Areas - regions - icbs;
        var id = 0;
        for (var r = 0; r < regions; r++)
        {
            Areas.Add(++id, Vocabulary.Regions[r], $"E4000{r + 10:D4}", nameof(AreaKind.Region), null, 0, null, 0);
        }

        var icbIds = new List<int>();
        for (var i = 0; i < icbs; i++)
        {
            var name = $"NHS {NewTown()} and {NewTown()} Integrated Care Board";
            Areas.Add(++id, name, $"E54{i + 10:D6}", nameof(AreaKind.IntegratedCareBoard), 1 + (i % regions), 0, null, 0);
            icbIds.Add(id);
        }

        var result = new List<(int, int, string)>();
        for (var l = 0; l < locals; l++)
        {
            var icb = icbIds[l % icbIds.Count];
            var name = NewTown();
            decimal? prevalence = _random.NextDouble() < 0.1 ? Math.Round((decimal)(70 + (_random.NextDouble() * 25)), 1) : null;
            Areas.Add(++id, name, $"E06{l + 10:D6}", nameof(AreaKind.LocalAuthority), icb, _random.Next(10_000, 90_000), prevalence, 0);
            result.Add((id, icb, name));
        }

        return result;
    }

    private Dictionary<string, int> AddTerms()
    {
        var ids = new Dictionary<string, int>();
        foreach (var (term, i) in DemoDirectory.Terms.Select((t, i) => (t, i)))
        {
            var required = term.Code is DemoDirectory.EndOfLifeCareAtHome or DemoDirectory.TelephoneAdvice247 or DemoDirectory.CommunityNursing or DemoDirectory.ConsultantAdvice;
            var required24x7 = term.Code is DemoDirectory.EndOfLifeCareAtHome or DemoDirectory.TelephoneAdvice247;
            Terms.Add(i + 1, term.Code, term.Label, term.Description, null, (i + 1) * 10, required, required24x7, 0);
            ids[term.Code] = i + 1;
        }

        return ids;
    }

    /// <summary>A town name not used yet (areas and organisations draw from the same pool, so names stay unique).</summary>
    private string NewTown()
    {
        for (var attempt = 0; ; attempt++)
        {
            var stem = Pick(Vocabulary.TownStems) + Pick(Vocabulary.TownEndings);
            var name = attempt < 20 && _random.NextDouble() < 0.6 ? stem : $"{Pick(Vocabulary.TownPrefixes)} {stem}";
            if (attempt > 200)
            {
                name = $"{name} {attempt.ToString(CultureInfo.InvariantCulture)}";
            }

            if (_usedTowns.Add(name))
            {
                _towns.Add(name);
                return name;
            }
        }
    }

    /// <summary>Any town (for organisation names: several organisations share a town, as they do in life).</summary>
    private string AnyTown() =>
        _random.NextDouble() < 0.5 && _towns.Count > 0 ? _towns[_random.Next(_towns.Count)] : NewTown();

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string Postcode() =>
        $"{Pick(Vocabulary.PostcodeAreas)}{_random.Next(1, 30)} {_random.Next(1, 10)}{(char)('A' + _random.Next(26))}{(char)('A' + _random.Next(26))}";

    private static string Slug(string name) =>
        new string([.. name.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == ' ')]).Trim().Replace(' ', '-');

    private static DateTime Utc(DateOnly date, int hour) => date.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc);

    private static OrganisationType[] OrganisationTypes => Enum.GetValues<OrganisationType>();

    private static Sector SectorOf(OrganisationType type, Random random) => type switch
    {
        OrganisationType.TertiaryChildrensHospital or OrganisationType.DistrictGeneralHospital or OrganisationType.CommunityChildrensNursing or OrganisationType.Commissioner => Sector.Nhs,
        OrganisationType.Other => random.NextDouble() < 0.4 ? Sector.Nhs : Sector.NonNhs,
        _ => Sector.NonNhs,
    };

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
