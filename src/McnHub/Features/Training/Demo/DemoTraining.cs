using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Demo;

/// <summary>
/// The Riverlands training programme: a competency framework (five domains, four levels), ten courses across levels
/// and formats, a year of sessions (six months back, six ahead) with bookings, full sessions with waiting lists, an
/// outstanding offer, cancellations with their barriers, and attendance on past sessions. Guarded by the framework's
/// first domain; one SaveChanges for the lot. Call after the people are seeded.
/// </summary>
public static partial class DemoTraining
{
    public const string GuardDomain = "Communication and relationships";

    public static async Task SeedAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        if (await db.Set<CompetencyDomain>().AnyAsync(d => d.Name == GuardDomain, ct))
        {
            return;
        }

        var levels = Levels();
        var domains = Domains();
        var competencies = domains.SelectMany(d => d.Competencies).ToDictionary(c => c.Code);
        var courses = Courses(competencies, levels);
        db.AddRange(levels);
        db.AddRange(domains);
        db.AddRange(courses);

        var people = await db.Set<Person>().AsNoTracking().Where(p => p.Active)
            .OrderBy(p => p.Id).Select(p => new DemoPerson(p.Id, p.Email, p.Affiliations.Select(a => (int?)a.OrganisationId).FirstOrDefault()))
            .ToListAsync(ct);
        var educator = people.Single(p => p.Email == "educator@riverlands.example").Id;
        var trainers = people.Where(p => p.Email.EndsWith("@riverlands.example", StringComparison.Ordinal) == false).Take(4).Select(p => p.Id).Prepend(educator).ToList();
        db.AddRange(Programme(courses, people, trainers, today));
        await db.SaveChangesAsync(ct);
    }

    private sealed record DemoPerson(int Id, string Email, int? OrganisationId);

    private static List<CompetencyLevel> Levels() =>
    [
        new() { Rank = 1, Name = "Level 1: all staff", Description = "Awareness for anyone who may meet a child with a life-limiting condition." },
        new() { Rank = 2, Name = "Level 2: regular contact", Description = "Staff who care for these children and families as part of their role." },
        new() { Rank = 3, Name = "Level 3: enhanced", Description = "Staff who lead care planning and support colleagues." },
        new() { Rank = 4, Name = "Level 4: specialist", Description = "Specialist palliative care practitioners." },
    ];

    private static List<CompetencyDomain> Domains()
    {
        CompetencyDomain D(int order, string name, params (string Code, string Name)[] items) => new()
        {
            Order = order,
            Name = name,
            Competencies = items.Select((c, i) => new Competency { Code = c.Code, Name = c.Name, Order = i + 1 }).ToList(),
        };

        return
        [
            D(1, GuardDomain, ("CR1", "Communicates sensitively with children and families about prognosis"), ("CR2", "Shares difficult news, including breaking bad news"), ("CR3", "Works with interpreters and accessible information")),
            D(2, "Symptom management", ("SM1", "Assesses pain in children, including non-verbal children"), ("SM2", "Manages common symptoms: pain, breathlessness, seizures, agitation"), ("SM3", "Uses syringe drivers and subcutaneous medicines safely")),
            D(3, "Advance care planning", ("AC1", "Explains the purpose of an advance care plan"), ("AC2", "Leads parallel planning conversations"), ("AC3", "Records and shares plans across services")),
            D(4, "End of life and bereavement", ("EL1", "Recognises the last days of life"), ("EL2", "Cares for the child after death, including cold rooms"), ("EL3", "Supports siblings and families in bereavement")),
            D(5, "Transition and partnership", ("TP1", "Plans transition to adult services from age 14"), ("TP2", "Works across health, social care, education and the voluntary sector")),
        ];
    }
}
