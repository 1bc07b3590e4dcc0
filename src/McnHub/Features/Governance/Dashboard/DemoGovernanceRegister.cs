using McnHub.Features.Governance.Risks;
using McnHub.Features.Governance.WorkPlan;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using McnHub.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Dashboard;

/// <summary>Demo risks, this year's work plan (the network's own objectives) and achievements. Call once, after the people exist.</summary>
public static class DemoGovernanceRegister
{
    private static readonly (string Title, string Cause, int Lb, int Ib, int La, int Ia, RiskTrend Trend)[] Risks =
    [
        ("Loss of the network co-ordinator post", "Funding is agreed one year at a time", 4, 5, 3, 5, RiskTrend.Worsening),
        ("Children dying at home without 24-hour nursing in two areas", "Community nursing teams too small for an on-call rota", 5, 5, 4, 4, RiskTrend.Stable),
        ("Advance care plans not recognised by ambulance crews", "Plans held in different formats by each organisation", 4, 4, 2, 4, RiskTrend.Improving),
        ("Data returns incomplete or late", "No shared dataset or deadline yet", 4, 3, 3, 3, RiskTrend.Improving),
        ("Guidelines out of date", "No one owns their review", 3, 3, 2, 3, RiskTrend.Stable),
        ("Low engagement from acute trusts", "Clinicians cannot be released for meetings", 4, 3, 3, 2, RiskTrend.Stable),
        ("Training places unfilled", "Sessions clash with rotas", 3, 2, 2, 2, RiskTrend.Improving),
        ("Information governance breach when sharing plans", "Paper copies sent by post", 2, 5, 1, 5, RiskTrend.Improving),
        ("Hospice bed capacity falls", "Charitable income is down", 3, 4, 3, 4, RiskTrend.Worsening),
        ("Directory entries out of date", "Services change without telling the network", 4, 2, 2, 2, RiskTrend.Improving),
    ];

    public static async Task SeedAsync(AppDbContext db, DateOnly today, CancellationToken ct = default)
    {
        if (await db.Set<Risk>().AnyAsync(ct) || await db.Set<Objective>().AnyAsync(ct))
        {
            return;
        }

        var people = await db.Set<Person>().Where(p => p.Active).OrderBy(p => p.Id).Select(p => p.Id).Take(6).ToListAsync(ct);
        var coordinator = await db.Set<Person>().Where(p => p.Email == "coordinator@riverlands.example").Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        int? Owner(int i) => i % 3 == 0 ? coordinator : people.Count == 0 ? null : people[i % people.Count];

        db.AddRange(Risks.Select((r, i) => new Risk
        {
            Title = r.Title,
            Cause = r.Cause,
            Effect = "The network's aims are delayed or not met.",
            Controls = "Reviewed at each steering group meeting.",
            OwnerPersonId = Owner(i),
            LikelihoodBefore = r.Lb,
            ImpactBefore = r.Ib,
            LikelihoodAfter = r.La,
            ImpactAfter = r.Ia,
            Trend = r.Trend,
            ReviewDate = today.AddDays(-20 + (i * 17)),
            Status = i == 9 ? RiskStatus.Closed : RiskStatus.Open,
        }));

        var year = WorkPlanRules.YearOf(today);
        var titles = DemoNetwork.Objectives.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Append("Run the network's governance openly, with minutes and decisions members can see")
            .ToList();
        Rag[] rags = [Rag.Green, Rag.Amber, Rag.Red, Rag.Green, Rag.Amber, Rag.Complete];
        var objectives = titles.Select((t, i) => new Objective
        {
            Year = year,
            Title = t,
            Measures = "Reported to the board each quarter.",
            OwnerPersonId = Owner(i + 1),
            Rag = rags[i % rags.Length],
            Notes =
            [
                new ProgressNote { On = today.AddDays(-90), Rag = Rag.NotStarted, Text = "Planning under way.", By = "Alex Morgan" },
                new ProgressNote { On = today.AddDays(-20 - i), Rag = rags[i % rags.Length], Text = "Progress reviewed at the steering group.", By = "Alex Morgan" },
            ],
        }).ToList();
        db.AddRange(objectives);

        db.AddRange(
            new Achievement { Title = "Every area now has a named children's palliative care lead", AchievedOn = today.AddDays(-12), Published = true, Objective = objectives[0], Evidence = "Provision map" },
            new Achievement { Title = "Regional advance care plan adopted by all member hospices", AchievedOn = today.AddDays(-45), Published = true, Objective = objectives[1], Evidence = "Steering group decision" },
            new Achievement { Title = "First network study day: 80 staff from 14 organisations", AchievedOn = today.AddDays(-70), Published = true, Objective = objectives[3], Evidence = "Attendance register" },
            new Achievement { Title = "Shared dataset agreed with three trusts", AchievedOn = today.AddDays(-5), Published = false, Objective = objectives[4] },
            new Achievement { Title = "On-call consultant rota piloted in Northbrook", AchievedOn = today.AddDays(-30), Published = false, Objective = objectives[2] });
        await db.SaveChangesAsync(ct);
    }
}
