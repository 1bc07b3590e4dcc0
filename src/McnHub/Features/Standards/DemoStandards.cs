using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Standards;

/// <summary>
/// Demo QS160 self-assessment: last year's period (closed) and this year's (open) with a realistic spread — most
/// organisations improving, a couple worse, some not yet assessed — action plans (some overdue) and advance care
/// plan adoption at every stage. Call once after the organisations and people exist; does nothing the second time.
/// </summary>
public static class DemoStandards
{
    public const string LeadsOrganisation = "Kingfisher Children's Hospice";

    private static readonly string[] Evidence =
    [
        "Advance care plans are offered at diagnosis; the latest audit of 40 records found plans developed with families in most.",
        "Each child has a named consultant recorded on the electronic record; the arrangement is in the operational policy.",
        "Families receive the network's leaflet on emotional and psychological support at the first review; audit of records.",
        "Multidisciplinary meetings include the specialist paediatric palliative care team monthly; terms of reference attached.",
        "Bereavement support is offered to every family; the offer and its uptake are recorded after each death.",
        "24/7 children's nursing and consultant advice by telephone, under the area's on-call agreement.",
    ];

    private static readonly string[] Actions =
    [
        "Audit advance care plans against the regional template",
        "Record the named medical specialist in the electronic record",
        "Give every family the support leaflet at the first review",
        "Invite the specialist palliative care team to monthly meetings",
        "Offer bereavement support in writing after every death",
        "Agree an out-of-hours rota with the community nursing team",
    ];

    public static async Task SeedAsync(AppDbContext db, DateOnly today, CancellationToken ct = default)
    {
        if (await db.Set<StandardsSet>().AnyAsync(s => s.Code == Qs160.Code, ct))
        {
            return;
        }

        var set = Qs160.Build();
        var yearStart = new DateOnly(today.Month >= 4 ? today.Year : today.Year - 1, 4, 1);
        var previous = new AssessmentPeriod { Set = set, Name = $"{yearStart.Year - 1}/{yearStart.Year % 100:D2}", StartsOn = yearStart.AddYears(-1), EndsOn = yearStart.AddDays(-1), IsOpen = false };
        var current = new AssessmentPeriod { Set = set, Name = $"{yearStart.Year}/{(yearStart.Year + 1) % 100:D2}", StartsOn = yearStart, EndsOn = yearStart.AddYears(1).AddDays(-1), IsOpen = true };
        db.AddRange(set, previous, current);

        var members = await db.Set<Organisation>().AsNoTracking().Where(o => o.Status == MembershipStatus.Member).OrderBy(o => o.Id).Select(o => new { o.Id, o.Name, o.Type }).ToListAsync(ct);
        var leads = await db.Set<Affiliation>().AsNoTracking().Where(a => a.Role == OrganisationRole.Lead)
            .GroupBy(a => a.OrganisationId).Select(g => new { Id = g.Key, Person = g.Min(a => a.PersonId) }).ToDictionaryAsync(g => g.Id, g => g.Person, ct);

        for (var i = 0; i < members.Count; i++)
        {
            var org = members[i];
            var isLeads = org.Name == LeadsOrganisation;
            for (var j = 0; j < set.Statements.Count; j++)
            {
                var statement = set.Statements[j];
                var notApplicable = org.Type is OrganisationType.Charity or OrganisationType.Commissioner && j is 1 or 3;
                var before = notApplicable ? AssessmentStatus.NotApplicable : (((i * 7) + (j * 3)) % 10) switch
                {
                    < 4 => AssessmentStatus.NotMet,
                    < 7 => AssessmentStatus.PartiallyMet,
                    _ => AssessmentStatus.Met,
                };
                if (i % 9 != 8)
                {
                    db.Add(Assess(org.Id, previous, statement, before, j, today, closed: true));
                }

                // Not yet assessed this year: every sixth organisation, and the demo lead's last two statements.
                if ((i % 6 == 5 && !isLeads) || (isLeads && j >= 4))
                {
                    continue;
                }

                var now = notApplicable ? before : (i % 7 == 2 && j % 2 == 0) ? Worse(before) : (i + j) % 4 == 3 ? before : Better(before);
                db.Add(Assess(org.Id, current, statement, now, j, today, closed: false));
            }

            if (i % 5 != 0)
            {
                var stage = i % 5;
                db.Add(new AcpAdoption
                {
                    OrganisationId = org.Id,
                    SignedUp = true,
                    SignedUpOn = today.AddMonths(-(6 + i)),
                    GovernanceApprovedOn = stage >= 2 ? today.AddMonths(-(4 + i)) : null,
                    LeadPersonId = stage >= 3 && leads.TryGetValue(org.Id, out var lead) ? lead : null,
                    StorageAgreed = stage >= 4,
                    Notes = stage == 1 ? "Awaiting the clinical governance committee." : null,
                });
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static Assessment Assess(int orgId, AssessmentPeriod period, StandardStatement statement, AssessmentStatus status, int j, DateOnly today, bool closed)
    {
        var assessment = new Assessment
        {
            OrganisationId = orgId,
            Period = period,
            Statement = statement,
            Status = status,
            Evidence = status == AssessmentStatus.NotApplicable ? "This organisation does not provide this part of care." : Evidence[j],
            AssessedAt = period.StartsOn.AddDays(30 + (orgId % 60)).ToDateTime(TimeOnly.FromTimeSpan(TimeSpan.FromHours(10)), DateTimeKind.Utc),
            AssessedBy = "demo data",
        };
        if (status is AssessmentStatus.NotMet or AssessmentStatus.PartiallyMet)
        {
            // This year's plans: about a third already overdue. Last year's: done, or left open when the period closed.
            var due = closed ? period.EndsOn.AddDays(-30) : today.AddDays(((orgId + j) % 3) == 0 ? -(10 + j) : 20 + (j * 15));
            assessment.Actions.Add(new ActionPlanItem
            {
                Action = Actions[j],
                Owner = j % 2 == 0 ? "Clinical lead" : "Service manager",
                DueOn = due,
                CompletedOn = closed && (orgId + j) % 2 == 0 ? due.AddDays(-5) : null,
            });
        }

        return assessment;
    }

    private static AssessmentStatus Better(AssessmentStatus s) => s switch
    {
        AssessmentStatus.NotMet => AssessmentStatus.PartiallyMet,
        AssessmentStatus.PartiallyMet => AssessmentStatus.Met,
        _ => s,
    };

    private static AssessmentStatus Worse(AssessmentStatus s) => s switch
    {
        AssessmentStatus.Met => AssessmentStatus.PartiallyMet,
        AssessmentStatus.PartiallyMet => AssessmentStatus.NotMet,
        _ => s,
    };
}
