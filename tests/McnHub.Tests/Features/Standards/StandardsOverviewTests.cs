using McnHub.Features.Governance.Dashboard;
using McnHub.Features.Standards;
using McnHub.Platform.Reports;
using McnHub.Tests.Features.Governance.Dashboard;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static McnHub.Tests.Features.Standards.StandardsTestKit;

namespace McnHub.Tests.Features.Standards;

/// <summary>The demo data, the co-ordinator's dashboard sections, the report section and the lead's "my organisation" page.</summary>
public sealed class StandardsOverviewTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task The_demo_data_seeds_QS160_as_published_and_a_second_run_adds_nothing()
    {
        await factory.SeedStandardsAsync();
        var before = await factory.WithDbAsync(db => db.Set<Assessment>().CountAsync());
        await factory.SeedStandardsAsync();

        Assert.Equal(before, await factory.WithDbAsync(db => db.Set<Assessment>().CountAsync()));
        var statements = await factory.WithDbAsync(db => db.Set<StandardStatement>().Where(s => s.Set!.Code == "QS160").OrderBy(s => s.Number).ToListAsync());
        Assert.Equal(["Advance care planning", "Named medical specialist", "Emotional and psychological support", "Multidisciplinary team", "Support for grief and loss", "Care at home at the end of life"], statements.Select(s => s.Title));
        Assert.Equal("Structure: 24/7 arrangements exist in the area; process: proportion with 24-hour access.", statements[5].Measures);
        var matrix = await factory.WithDbAsync(async db => await StandardsMatrix.LoadAsync(db, (await StandardsMatrix.PeriodAsync(db, null, default))!, default));
        Assert.True(matrix.Period.IsOpen);
        Assert.True(matrix.Count(Change.Improved) > matrix.Count(Change.Worse) && matrix.Count(Change.Worse) > 0, $"improved {matrix.Count(Change.Improved)}, worse {matrix.Count(Change.Worse)}");
        Assert.Contains(matrix.Rows, r => r.Assessed == 0);
    }

    [Fact]
    public async Task The_dashboard_lists_organisations_with_assessments_outstanding_and_overdue_action_plan_items()
    {
        var demo = await factory.SeedStandardsAsync();
        var org = await factory.OrgIdAsync(LeadsOrganisation);
        var overdueCount = await factory.WithDbAsync(db => db.Set<ActionPlanItem>().CountAsync(i => i.CompletedOn == null && i.DueOn < Today && i.Assessment!.Period!.IsOpen));

        var outstanding = await factory.LoadSectionAsync<OutstandingSelfAssessmentsSource>();
        var overdue = await factory.LoadSectionAsync<OverdueActionPlanItemsSource>();

        var item = outstanding.Items.Single(i => i.Text == LeadsOrganisation);
        Assert.EndsWith("4 of 6 statements assessed", item.Detail, StringComparison.Ordinal);
        Assert.Equal($"/standards/organisations/{org}?period={demo.OpenPeriod}", item.Link);
        Assert.True(overdueCount > 0);
        Assert.Equal(overdueCount, overdue.Count);
        Assert.All(overdue.Items, i => Assert.Contains("was due", i.Detail, StringComparison.Ordinal));
        var client = await factory.SignInAsync(Coordinator);
        var page = await client.GetDocumentAsync("/governance/dashboard");
        Assert.NotNull(page.QuerySelector("[data-section=self-assessments-outstanding]"));
        Assert.NotNull(page.QuerySelector("[data-section=standards-actions-overdue]"));
    }

    [Fact]
    public async Task The_annual_report_section_gives_statements_met_the_change_since_the_previous_period_and_ACP_adoption()
    {
        await factory.SeedStandardsAsync();
        var yearStart = new DateOnly(Today.Month >= 4 ? Today.Year : Today.Year - 1, 4, 1);

        var section = await factory.WithDbAsync(async db =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var source = scope.ServiceProvider.GetServices<IReportSectionSource>().OfType<StandardsReportSection>().Single();
            return await source.BuildAsync(new ReportPeriod("This year", yearStart, yearStart.AddYears(1).AddDays(-1), true), default);
        });

        Assert.NotNull(section);
        Assert.Equal("standards", section.Key);
        Assert.Equal(["statements-met", "change-since-previous-period", "advance-care-plan-adoption-summary"], section.Tables.Select(t => t.Name));
        Assert.Equal(6, section.Tables[0].Rows.Count());
        Assert.Contains(section.Paragraphs, p => p.StartsWith("Compared with ", StringComparison.Ordinal));
        Assert.Contains(section.Paragraphs, p => p.StartsWith("Advance care plan: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_lead_sees_their_organisations_assessment_for_the_open_period_and_its_ACP_status()
    {
        var demo = await factory.SeedStandardsAsync();
        var org = await factory.OrgIdAsync(LeadsOrganisation);
        var client = await factory.SignInAsync(Lead);

        var page = await client.GetDocumentAsync("/standards/mine");

        Assert.Contains(LeadsOrganisation, page.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        var rows = page.QuerySelectorAll($"#statements-{org} tbody tr");
        Assert.Equal(6, rows.Length);
        Assert.Equal(2, rows.Count(r => r.TextContent.Contains("? Not assessed", StringComparison.Ordinal)));
        Assert.NotNull(page.QuerySelector($"a[href='{AssessUrl(org, demo.OpenPeriod, demo.Statements[5])}']"));
        Assert.Equal(4, page.QuerySelectorAll($"#acp-{org} dd").Length);
    }
}
