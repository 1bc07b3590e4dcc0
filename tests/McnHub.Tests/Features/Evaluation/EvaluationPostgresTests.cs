using System.Net;
using McnHub.Features.Evaluation;
using McnHub.Features.Governance.Dashboard;
using McnHub.Tests.Support;
using static McnHub.Tests.Features.Evaluation.EvaluationTestData;

namespace McnHub.Tests.Features.Evaluation;

/// <summary>The demo seed, the entry form's queries (periods by value conversion), submission, approval and completeness on PostgreSQL.</summary>
public sealed class EvaluationPostgresTests(PostgresMcnHubFactory factory) : IClassFixture<PostgresMcnHubFactory>
{
    [Fact]
    public async Task A_return_is_submitted_approved_and_counted_on_PostgreSQL()
    {
        await factory.SeedEvaluationAsync();
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync(SubmittersOrganisation);
        var url = Url(org, await factory.DatasetIdAsync(), LastQuarter);
        await factory.ClearReturnAsync(org, LastQuarter);
        var f = await factory.FieldsAsync();
        var submitter = await factory.SignInAsync(Submitter);
        var coordinator = await factory.SignInAsync(Coordinator);

        var page = await submitter.GetDocumentAsync(url);
        Assert.Contains("Last period:", page.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await submitter.SubmitFormAsync(page, Complete(f, v => v["intent"] = "submit"))).StatusCode);
        var approve = await coordinator.SubmitFormAsync(await coordinator.GetDocumentAsync(url), new Dictionary<string, string> { ["intent"] = "approve" });

        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Equal(ReturnStatus.Approved, (await factory.ReturnAsync(org, LastQuarter))!.Status);
        var completeness = await coordinator.GetDocumentAsync("/data/completeness");
        Assert.Contains("Missing", completeness.QuerySelector("#completeness-matrix")!.TextContent, StringComparison.Ordinal);
        var list = await submitter.GetDocumentAsync("/data/returns");
        Assert.NotNull(list.QuerySelector($"#returns a[href='{url}']"));
        var section = await factory.WithDbAsync(db => new OutstandingReturnsSource(db).LoadAsync(new DashboardContext(Today, DateTime.UtcNow), CancellationToken.None));
        Assert.True(section.Count > 0);
    }
}
