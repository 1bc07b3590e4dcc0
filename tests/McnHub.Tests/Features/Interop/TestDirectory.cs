using McnHub.Features.Directory.Services;
using McnHub.Features.Directory.Taxonomy;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Interop;

/// <summary>
/// Services, taxonomy terms and people the interop tests can count on, added to the demo network. Names use words
/// no demo record uses (Quokka, Wombat…) and the terms are the tests' own, so filters find exactly these.
/// </summary>
public sealed class TestDirectory
{
    public const string EndOfLife = "interop-end-of-life";
    public const string ShortBreaks = "interop-short-breaks";
    public const string Unused = "interop-unused";
    public const string Paging = "interop-paging";
    public const int PagingServices = 7;

    public int Kingfisher { get; private set; }

    public int WillowBank { get; private set; }

    public int Starlight { get; private set; }

    public int Northbrook { get; private set; }

    public int Eastmere { get; private set; }

    public int Westvale { get; private set; }

    public int Region { get; private set; }

    /// <summary>Active, 24/7, ages 0–19, end of life, Northbrook and Eastmere, one location with coordinates.</summary>
    public Service Quokka { get; private set; } = null!;

    /// <summary>Temporarily closed, weekday and Saturday hours, ages 5–25, short breaks, Westvale; "100% _special_" in its description.</summary>
    public Service Wombat { get; private set; } = null!;

    /// <summary>Defunct, short breaks: never listed by Open Referral.</summary>
    public Service Numbat { get; private set; } = null!;

    /// <summary>Active, ages 16 and over, short breaks and end of life, run by Starlight Sibling Support.</summary>
    public Service Bilby { get; private set; } = null!;

    public Person Listed { get; private set; } = null!;

    public Person Unlisted { get; private set; } = null!;

    public Person Retired { get; private set; } = null!;

    public static async Task<TestDirectory> SeedAsync(McnHubFactory factory)
    {
        var directory = new TestDirectory();
        await factory.WithDbAsync(async db =>
        {
            var organisations = await db.Set<Organisation>().ToDictionaryAsync(o => o.Name, o => o.Id);
            var areas = await db.Set<Area>().ToDictionaryAsync(a => a.Name, a => a.Id);
            directory.Kingfisher = organisations["Kingfisher Children's Hospice"];
            directory.WillowBank = organisations["Willow Bank Children's Hospice"];
            directory.Starlight = organisations["Starlight Sibling Support"];
            directory.Northbrook = areas["Northbrook"];
            directory.Eastmere = areas["Eastmere"];
            directory.Westvale = areas["Westvale"];
            directory.Region = areas["Riverlands Integrated Care Board"];

            var endOfLife = new TaxonomyTerm { Code = EndOfLife, Label = "Interop test: end of life care at home", Uri = "http://snomed.info/id/1000001", SortOrder = 900, Description = "Care for a dying child at home." };
            var shortBreaks = new TaxonomyTerm { Code = ShortBreaks, Label = "Interop test: short breaks", SortOrder = 901 };
            var unused = new TaxonomyTerm { Code = Unused, Label = "Interop test: unused", SortOrder = 902 };
            var paging = new TaxonomyTerm { Code = Paging, Label = "Interop test: paging", SortOrder = 903 };
            db.AddRange(endOfLife, shortBreaks, unused, paging);

            directory.Quokka = new ServiceBuilder("Quokka Hospice at Home", directory.Kingfisher)
                .Described("Round-the-clock nursing from the marsupial team, so that a child can die at home.")
                .Ages(0, 19).OfType(endOfLife).Covering(directory.Northbrook, directory.Eastmere)
                .At("Quokka House", "1 Marsupial Road", "Northbrook", "NB1 4QQ", 52.6309, -1.1398, line2: "Unit 2")
                .OpenAllHours().Contact("0161 496 7000", "quokka@kingfisher.example", "https://kingfisher.example/quokka")
                .Referral("Any professional", "Phone the duty nurse", "Duty nurse", "A life-limiting condition")
                .Costing(null, free: true).Eligible("Children known to the palliative care team", "Life-limiting conditions").Speaking("English, Polish")
                .Build();
            directory.Wombat = new ServiceBuilder("Wombat Short Breaks", directory.WillowBank)
                .Described("Day and overnight short breaks at 100% _special_ rates for families.")
                .Status(ServiceStatus.TemporarilyClosed).Ages(5, 25).OfType(shortBreaks).Covering(directory.Westvale)
                .At("Wombat Lodge", "7 Burrow Lane", "Westvale", "WV6 2WB")
                .Open("09:00", "17:00", DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday)
                .Open("10:00", "14:00", DayOfWeek.Saturday)
                .OutOfHours("Calls divert to the hospice on-call nurse")
                .Costing("£20 a night", free: false)
                .Build();
            directory.Numbat = new ServiceBuilder("Numbat Bereavement Support", directory.WillowBank)
                .Status(ServiceStatus.Defunct).OfType(shortBreaks).Covering(directory.Westvale).Build();
            directory.Bilby = new ServiceBuilder("Bilby Sibling Group", directory.Starlight)
                .Ages(16, null).OfType(shortBreaks, endOfLife).Covering(directory.Northbrook)
                .Open("18:00", "20:00", DayOfWeek.Wednesday)
                .Build();
            db.AddRange(directory.Quokka, directory.Wombat, directory.Numbat, directory.Bilby);
            for (var i = 1; i <= PagingServices; i++)
            {
                db.Add(new ServiceBuilder($"Paging service {i:D2}", directory.Kingfisher).OfType(paging).Build());
            }

            directory.Listed = new Person { FullName = "Quentin Listed", Email = "quentin.listed@interop.example", Phone = "07700 900123", Discipline = Discipline.Nurse, JobTitle = "Hospice at home nurse", ListedInDirectory = true };
            directory.Listed.Affiliations.AddRange(
            [
                new Affiliation { OrganisationId = directory.Kingfisher, Role = OrganisationRole.Staff },
                new Affiliation { OrganisationId = directory.Kingfisher, Role = OrganisationRole.Lead },
                new Affiliation { OrganisationId = directory.WillowBank, Role = OrganisationRole.Staff },
            ]);
            directory.Unlisted = new Person { FullName = "Ursula Unlisted", Email = "ursula.unlisted@interop.example", Discipline = Discipline.Nurse, ListedInDirectory = false };
            directory.Unlisted.Affiliations.Add(new Affiliation { OrganisationId = directory.Kingfisher, Role = OrganisationRole.Staff });
            directory.Retired = new Person { FullName = "Rita Retired", Email = "rita.retired@interop.example", Discipline = Discipline.Consultant, ListedInDirectory = true, Active = false };
            directory.Retired.Affiliations.Add(new Affiliation { OrganisationId = directory.Kingfisher, Role = OrganisationRole.Staff });
            db.AddRange(directory.Listed, directory.Unlisted, directory.Retired);

            await db.SaveChangesAsync();
            return 0;
        });
        return directory;
    }
}
