using McnHub.Features.Governance.Dashboard;
using McnHub.Features.Governance.Risks;
using McnHub.Features.Governance.WorkPlan;
using McnHub.Features.Members.People;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Governance.Dashboard;

/// <summary>The dashboard's queries (correlated sub-queries, ordering on a comparison) and the risk score filter on PostgreSQL.</summary>
public sealed class GovernancePostgresTests(PostgresMcnHubFactory factory) : IClassFixture<PostgresMcnHubFactory>
{
    private static readonly DateOnly Today = UkDates.Today();

    [Fact]
    public async Task Every_dashboard_source_runs_on_PostgreSQL_and_finds_what_it_should()
    {
        var owner = await factory.PersonIdAsync("member@riverlands.example");
        var late = await factory.AddActionAsync(owner, Today.AddDays(-4));
        var group = await factory.AddGroupAsync(quorum: 3, review: Today.AddDays(10));
        var meeting = await factory.AddMeetingAsync(group.Id, DateTime.UtcNow.AddDays(3), withPaper: true, accepted: 1);
        var past = await factory.AddMeetingAsync(group.Id, DateTime.UtcNow.AddDays(-30));
        await factory.AddMinutesAsync(past.Id, circulate: true);
        var forgotten = await factory.AddMeetingAsync(group.Id, DateTime.UtcNow.AddDays(-40));
        var client = await factory.SignInAsync("coordinator@riverlands.example");

        var page = await client.GetDocumentAsync("/governance/dashboard");

        Assert.True(page.QuerySelectorAll("[data-section]").Length >= 8);
        Assert.NotNull(page.QuerySelector($"[data-section=overdue-actions] a[href='/governance/actions/{late.Id}/edit']"));
        Assert.Contains("not quorate by acceptances: 1 of 1 member accepted (at least 3 needed)", page.QuerySelector("[data-section=meetings]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"[data-section=meetings] a[href='/governance/meetings/{meeting.Id}']"));
        Assert.NotNull(page.QuerySelector($"[data-section=minutes] a[href='/governance/meetings/{past.Id}/minutes']"));
        Assert.NotNull(page.QuerySelector($"[data-section=minutes-overdue] a[href='/governance/meetings/{forgotten.Id}/minutes']"));
        Assert.Null(page.QuerySelector($"[data-section=minutes-overdue] a[href='/governance/meetings/{past.Id}/minutes']"));
        Assert.NotNull(page.QuerySelector($"[data-section=terms-of-reference] a[href='/governance/groups/{group.Id}']"));
        var stale = await factory.LoadSectionAsync<StaleServicesSource>();
        Assert.Equal(stale.Count, int.Parse(page.QuerySelector("[data-section=stale-services] [data-count]")!.GetAttribute("data-count")!));
    }

    [Fact]
    public async Task The_demo_register_seeds_and_the_risk_band_filter_and_home_page_work_on_PostgreSQL()
    {
        await factory.WithDbAsync(async db =>
        {
            await DemoGovernanceRegister.SeedAsync(db, Today, CancellationToken.None);
            return 0;
        });
        var client = await factory.SignInAsync("member@riverlands.example");

        var extreme = await client.GetDocumentAsync("/governance/risks?band=Extreme");
        var home = await factory.CreateBrowserClient().GetDocumentAsync("/");

        var expected = await factory.WithDbAsync(db => db.Set<Risk>().CountAsync(r => r.Status == RiskStatus.Open && r.LikelihoodAfter * r.ImpactAfter >= 16));
        Assert.Equal(expected, extreme.QuerySelectorAll("#risks tbody tr").Length);
        Assert.All(extreme.QuerySelectorAll("#risks [data-score-after]"), c => Assert.True(int.Parse(c.GetAttribute("data-score-after")!) >= 16));
        Assert.Equal(3, home.QuerySelectorAll("#recent-achievements li").Length);
        Assert.Equal(6, await factory.WithDbAsync(db => db.Set<Objective>().CountAsync(o => o.Year == WorkPlanRules.YearOf(Today))));
    }
}
