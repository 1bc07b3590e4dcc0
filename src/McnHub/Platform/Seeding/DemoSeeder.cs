using System.Security.Cryptography;
using McnHub.Features.Members.Agreements;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Platform.Accounts;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace McnHub.Platform.Seeding;

/// <summary>Seeds the demo network and prints one demo account per role.</summary>
public sealed class DemoSeeder(AppDbContext db, UserManager<ApplicationUser> users, IOptions<SeedOptions> options, ILogger<DemoSeeder> logger, Files.FileStore files, TimeProvider? clock = null)
{
    public sealed record DemoAccount(string Role, string Email, string Name, string? Organisation);

    public static readonly DemoAccount[] Accounts =
    [
        new(Roles.Coordinator, "coordinator@riverlands.example", "Alex Morgan", null),
        new(Roles.Member, "member@riverlands.example", "Sam Patel", "Westvale General Hospital NHS Trust"),
        new(Roles.OrganisationLead, "lead@riverlands.example", "Jo Fletcher", "Kingfisher Children's Hospice"),
        new(Roles.DataSubmitter, "submitter@riverlands.example", "Priya Shah", "Northbrook Community Children's Nursing Team"),
        new(Roles.Educator, "educator@riverlands.example", "Chris Okafor", "Riverlands Children's Palliative Care Team"),
    ];

    private static readonly string[] GivenNames = ["Amelia", "Ben", "Chloe", "Daniel", "Ella", "Farah", "George", "Hannah", "Imran", "Jess", "Kofi", "Laura", "Mohammed", "Nia", "Oliver", "Rachel", "Tom", "Uma", "Victoria", "Will"];
    private static readonly string[] FamilyNames = ["Adams", "Brown", "Clarke", "Davies", "Evans", "Frost", "Green", "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Murphy", "Nolan", "Owen", "Price", "Reid", "Singh", "Taylor", "Walsh"];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime((clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);
        db.Add(new NetworkSettings
        {
            Name = DemoNetwork.Name,
            Region = "Riverlands",
            Aims = DemoNetwork.Aims,
            Objectives = DemoNetwork.Objectives,
            ContactEmail = "network@riverlands.example",
        });

        var region = new Area { Name = DemoNetwork.Region.Name, Code = DemoNetwork.Region.Code, Kind = AreaKind.IntegratedCareBoard };
        var areas = DemoNetwork.Areas.Select(a => new Area { Name = a.Name, Code = a.Code, Kind = AreaKind.LocalAuthority, Parent = region, Population0To19 = a.Population0To19 }).ToList();
        db.AddRange(areas);

        var organisations = DemoNetwork.Organisations.Select((o, i) => new Organisation
        {
            Name = o.Name,
            OdsCode = o.Ods,
            Type = o.Type,
            Sector = o.Sector,
            AddressLine1 = $"{10 + i} {(i % 3 == 0 ? "Station Road" : i % 3 == 1 ? "Church Lane" : "Riverside Way")}",
            Town = o.Town,
            Postcode = o.Postcode,
            Website = $"https://{Slug(o.Name)}.example",
            Email = $"enquiries@{Slug(o.Name)}.example",
            Phone = $"0161 496 {i:D4}",
            Status = o.Status,
            StatusSince = today.AddMonths(-(6 + (i * 7 % 30))),
            JoinedOn = o.Status is MembershipStatus.Member or MembershipStatus.Lapsed or MembershipStatus.Left ? today.AddMonths(-(12 + (i * 5 % 24))) : null,
            LeftOn = o.Status == MembershipStatus.Left ? today.AddMonths(-3) : null,
            AreasServed = o.Areas.Select(a => new OrganisationArea { Area = areas[a] }).ToList(),
        }).ToList();
        db.AddRange(organisations);

        // Agreements: every member has a membership agreement; NHS members a data-sharing one too. Some are due soon or overdue.
        var n = 0;
        foreach (var org in organisations.Where(o => o.Status is MembershipStatus.Member or MembershipStatus.Lapsed))
        {
            var signed = org.JoinedOn ?? today.AddYears(-1);
            db.Add(new Agreement { Organisation = org, Kind = AgreementKind.Membership, SignedOn = signed, RenewalDue = (n % 5) switch { 0 => today.AddDays(20), 1 => today.AddDays(-10), _ => signed.AddYears(3) }, Signatories = "Chief executive; network co-ordinator" });
            if (org.Sector == Sector.Nhs && n % 2 == 0)
            {
                db.Add(new Agreement { Organisation = org, Kind = AgreementKind.DataSharing, SignedOn = signed.AddMonths(1), RenewalDue = signed.AddMonths(1).AddYears(2), Signatories = "Caldicott guardian; data protection officer" });
            }

            n++;
        }

        // People: two or three per member organisation, every discipline, some opted in to the directory.
        var disciplines = Enum.GetValues<Discipline>();
        var people = new List<Person>();
        var k = 0;
        foreach (var org in organisations.Where(o => o.Status != MembershipStatus.Left))
        {
            for (var j = 0; j < 2 + (k % 2); j++, k++)
            {
                var name = $"{GivenNames[k % GivenNames.Length]} {FamilyNames[(k * 7 + j) % FamilyNames.Length]}";
                var person = new Person
                {
                    FullName = name,
                    Email = $"{name.ToLowerInvariant().Replace(' ', '.')}{k}@{Slug(org.Name)}.example",
                    Discipline = disciplines[k % disciplines.Length],
                    JobTitle = j == 0 ? "Clinical lead" : "Practitioner",
                    ListedInDirectory = k % 3 != 0,
                    Affiliations = [new Affiliation { Organisation = org, Role = j == 0 ? OrganisationRole.Lead : OrganisationRole.Staff, Since = today.AddYears(-2) }],
                };
                people.Add(person);
            }
        }

        db.AddRange(people);
        await db.SaveChangesAsync(ct);

        var password = string.IsNullOrWhiteSpace(options.Value.DemoPassword) ? GeneratePassword() : options.Value.DemoPassword;
        foreach (var account in Accounts)
        {
            var org = account.Organisation is null ? null : organisations.Single(o => o.Name == account.Organisation);
            var person = new Person
            {
                FullName = account.Name,
                Email = account.Email,
                Discipline = account.Role == Roles.Coordinator ? Discipline.Manager : Discipline.Nurse,
                JobTitle = account.Role == Roles.Coordinator ? "Network co-ordinator" : Roles.Describe(account.Role),
                ListedInDirectory = true,
            };
            if (org is not null)
            {
                person.Affiliations.Add(new Affiliation { OrganisationId = org.Id, Role = OrganisationRole.Staff });
                if (account.Role == Roles.OrganisationLead)
                {
                    person.Affiliations.Add(new Affiliation { OrganisationId = org.Id, Role = OrganisationRole.Lead });
                }

                if (account.Role == Roles.DataSubmitter)
                {
                    person.Affiliations.Add(new Affiliation { OrganisationId = org.Id, Role = OrganisationRole.DataSubmitter });
                }
            }

            db.Add(person);
            await db.SaveChangesAsync(ct);
            var user = new ApplicationUser { UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = account.Name, PersonId = person.Id };
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Demo account not created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, account.Role);
            if (account.Role != Roles.Member)
            {
                await users.AddToRoleAsync(user, Roles.Member);
            }
        }

        await Features.Directory.Editing.DemoDirectory.SeedAsync(db, today, ct);
        await Features.Governance.Meetings.DemoGovernanceMeetings.SeedAsync(db, today, ct);
        await Features.Governance.Meetings.DemoGovernancePapers.SeedAsync(db, files, today, ct);
        await Features.Governance.Dashboard.DemoGovernanceRegister.SeedAsync(db, today, ct);
        await Features.Governance.Minutes.DemoGovernanceLog.SeedAsync(db, today, ct);
        await Features.Standards.DemoStandards.SeedAsync(db, today, ct);
        await Features.Guidelines.Demo.DemoGuidelines.SeedAsync(db, today, ct);
        await Features.Evaluation.DemoEvaluation.SeedAsync(db, today, ct);
        await Features.Training.Demo.DemoTraining.SeedAsync(db, today, ct);
        await Features.Training.Demo.DemoTrainingMaterials.SeedAsync(db, files, ct);
        await Features.Training.Outcomes.DemoTrainingOutcomes.SeedAsync(db, today, ct);
        logger.LogInformation("Seeded the demo network {Name}", DemoNetwork.Name);
        PrintAccounts(password);
    }

    private static void PrintAccounts(string password)
    {
        Console.WriteLine();
        Console.WriteLine("Demo accounts (password for all: " + password + "):");
        foreach (var a in Accounts)
        {
            Console.WriteLine($"  {Roles.Describe(a.Role),-18} {a.Email}{(a.Organisation is null ? "" : "  (" + a.Organisation + ")")}");
        }

        Console.WriteLine();
    }

    private static string GeneratePassword() =>
        "Demo-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();

    private static string Slug(string name)
    {
        var slug = new string(name.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c == ' ').ToArray()).Trim().Replace(' ', '-');
        return slug[..Math.Min(30, slug.Length)].Trim('-');
    }
}
