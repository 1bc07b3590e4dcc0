using System.Net;
using McnHub.Features.Standards;
using McnHub.Tests.Features.Members.Agreements;
using McnHub.Tests.Features.Members.People;
using McnHub.Tests.Support;
using static McnHub.Tests.Features.Standards.StandardsTestKit;

namespace McnHub.Tests.Features.Standards;

/// <summary>The assessment save (insert, then a versioned update, files and actions), the matrix and the sources on PostgreSQL.</summary>
public sealed class StandardsPostgresTests(PostgresMcnHubFactory factory) : IClassFixture<PostgresMcnHubFactory>
{
    [Fact]
    public async Task A_lead_assesses_a_statement_and_a_stale_second_save_is_caught_on_PostgreSQL()
    {
        var demo = await factory.SeedStandardsAsync();
        var org = await factory.OrgIdAsync(LeadsOrganisation);
        var url = AssessUrl(org, demo.OpenPeriod, demo.Statements[5]);
        var lead = await factory.SignInAsync(Lead);
        var coordinator = await factory.SignInAsync(Coordinator);
        var form = await lead.GetDocumentAsync(url);

        var created = await lead.SubmitMultipartAsync(form, new Dictionary<string, string>
        {
            ["Input.Status"] = "NotMet",
            ["Input.Evidence"] = "No out-of-hours consultant advice yet.",
            ["Input.NewAction"] = "Join the regional on-call rota",
            ["Input.NewOwner"] = "Medical director",
            ["Input.NewDueOn"] = Date(Today.AddDays(60)),
        }, new Upload("EvidenceUpload", "rota.pdf", Pdf, "application/pdf"), "#assessment-form");
        var leadForm = await lead.GetDocumentAsync(url);
        var coordinatorForm = await coordinator.GetDocumentAsync(url);
        var update = await coordinator.SubmitMultipartAsync(coordinatorForm, new Dictionary<string, string> { ["Input.Status"] = "PartiallyMet", ["Input.Evidence"] = "Rota agreed for weekdays." }, null, "#assessment-form");
        var stale = await MemberPages.PageOfAsync(await lead.SubmitMultipartAsync(leadForm, new Dictionary<string, string> { ["Input.Status"] = "Met", ["Input.Evidence"] = "All done." }, null, "#assessment-form"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, update.StatusCode);
        Assert.Contains("Someone else saved changes to this assessment", stale.ErrorSummary());
        var saved = (await factory.AssessmentAsync(org, demo.OpenPeriod, demo.Statements[5]))!;
        Assert.Equal((AssessmentStatus.PartiallyMet, "Rota agreed for weekdays."), (saved.Status, saved.Evidence));
        Assert.Single(saved.Files);
        Assert.Single(saved.Actions);

        var matrix = await coordinator.GetDocumentAsync($"/standards/matrix?period={demo.OpenPeriod}");
        Assert.Contains("◐ Partially met", matrix.QuerySelectorAll("#matrix tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains(LeadsOrganisation, StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
        var dashboard = await coordinator.GetDocumentAsync("/governance/dashboard");
        Assert.NotNull(dashboard.QuerySelector("[data-section=standards-actions-overdue]"));
        var mine = await lead.GetDocumentAsync("/standards/mine");
        Assert.NotNull(mine.QuerySelector($"#statements-{org}"));
    }
}
