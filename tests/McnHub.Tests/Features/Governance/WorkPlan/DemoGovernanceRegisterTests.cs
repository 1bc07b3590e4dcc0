using McnHub.Features.Governance.Dashboard;
using McnHub.Features.Governance.Risks;
using McnHub.Features.Governance.WorkPlan;
using McnHub.Features.Members.People;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Governance.WorkPlan;

public sealed class DemoGovernanceRegisterTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task The_demo_register_has_a_spread_of_risks_this_years_objectives_and_some_published_achievements()
    {
        var today = UkDates.Today();
        await factory.WithDbAsync(async db =>
        {
            await DemoGovernanceRegister.SeedAsync(db, today, CancellationToken.None);
            return 0;
        });

        var risks = await factory.WithDbAsync(db => db.Set<Risk>().ToListAsync());
        var objectives = await factory.WithDbAsync(db => db.Set<Objective>().Include(o => o.Notes).Where(o => o.Year == WorkPlanRules.YearOf(today)).ToListAsync());
        var achievements = await factory.WithDbAsync(db => db.Set<Achievement>().ToListAsync());

        Assert.Equal(10, risks.Count);
        Assert.Equal(4, risks.Select(r => RiskRules.Band(r.ScoreAfter)).Distinct().Count());
        Assert.Equal(6, objectives.Count);
        Assert.Contains(objectives, o => o.Title.StartsWith("Make clear who provides what", StringComparison.Ordinal));
        Assert.True(objectives.Select(o => o.Rag).Distinct().Count() >= 3);
        Assert.All(objectives, o => Assert.Equal(o.Notes.MaxBy(n => n.On)!.Rag, o.Rag));
        Assert.Equal((5, 3), (achievements.Count, achievements.Count(a => a.Published)));
    }
}
