using System.Net;
using McnHub.Features.Evaluation;
using McnHub.Features.Governance.Dashboard;
using McnHub.Tests.Support;
using static McnHub.Tests.Features.Evaluation.EvaluationTestData;

namespace McnHub.Tests.Features.Evaluation;

public sealed class ReturnWorkflowTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private async Task<(int Org, Dictionary<string, string> Fields, string Url)> SubmittedAsync(HttpClient coordinator, string organisation)
    {
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync(organisation);
        var dataset = await factory.DatasetIdAsync();
        await factory.ClearReturnAsync(org, LastQuarter);
        var f = await factory.FieldsAsync();
        var url = Url(org, dataset, LastQuarter);
        var response = await coordinator.SubmitFormAsync(await coordinator.GetDocumentAsync(url), Complete(f, v => v["intent"] = "submit"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (org, f, url);
    }

    [Fact]
    public async Task The_coordinator_approves_a_submitted_return_which_then_locks_against_the_submitter()
    {
        var coordinator = await factory.SignInAsync(Coordinator);
        var (org, f, url) = await SubmittedAsync(coordinator, SubmittersOrganisation);

        var approve = await coordinator.SubmitFormAsync(await coordinator.GetDocumentAsync(url), new Dictionary<string, string> { ["intent"] = "approve" });

        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        var approved = await factory.ReturnAsync(org, LastQuarter);
        Assert.Equal(ReturnStatus.Approved, approved!.Status);
        Assert.Equal(Coordinator, approved.ApprovedBy);
        var submitter = await factory.SignInAsync(Submitter);
        var page = await submitter.GetDocumentAsync(url);
        Assert.Contains("approved and is locked", page.QuerySelector("#locked")!.TextContent, StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("input.nhsuk-input"), i => Assert.True(i.HasAttribute("disabled")));
        var late = await submitter.SubmitFormAsync(page, Complete(f, v => v["ACP"] = "1"));
        Assert.Contains("approved and is locked", (await HttpExtensions.ParseAsync(late)).QuerySelector(".nhsuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(30, (await factory.ReturnAsync(org, LastQuarter))!.Values.Where(v => v.Value == "30").Select(v => v.Numeric).Single());
    }

    [Fact]
    public async Task A_data_submitter_cannot_approve_their_own_return()
    {
        var coordinator = await factory.SignInAsync(Coordinator);
        var (org, _, url) = await SubmittedAsync(coordinator, SubmittersOrganisation);
        var submitter = await factory.SignInAsync(Submitter);

        var response = await submitter.SubmitFormAsync(await submitter.GetDocumentAsync(url), new Dictionary<string, string> { ["intent"] = "approve" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ReturnStatus.Submitted, (await factory.ReturnAsync(org, LastQuarter))!.Status);
    }

    [Fact]
    public async Task Reopening_needs_a_reason_which_the_submitter_then_sees_and_the_return_can_be_changed_again()
    {
        var coordinator = await factory.SignInAsync(Coordinator);
        var (org, f, url) = await SubmittedAsync(coordinator, "Eastmere Community Children's Nursing Service");
        var id = (await factory.ReturnAsync(org, LastQuarter))!.Id;
        var reopen = await coordinator.GetDocumentAsync($"/data/returns/{id}/reopen");

        var noReason = await coordinator.SubmitFormAsync(reopen, new Dictionary<string, string> { ["Reason"] = " " });
        Assert.Contains("Enter why the return is being reopened", (await HttpExtensions.ParseAsync(noReason)).QuerySelector(".nhsuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ReturnStatus.Submitted, (await factory.ReturnAsync(org, LastQuarter))!.Status);

        var reopened = await coordinator.SubmitFormAsync(reopen, new Dictionary<string, string> { ["Reason"] = "Deaths in intensive care are missing one child." });

        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        var r = await factory.ReturnAsync(org, LastQuarter);
        Assert.Equal(ReturnStatus.Reopened, r!.Status);
        Assert.Equal(Coordinator, r.ReopenedBy);
        var page = await coordinator.GetDocumentAsync(url);
        Assert.Contains("Deaths in intensive care are missing one child.", page.QuerySelector("#reopen-reason")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#locked"));
        var resubmitted = await coordinator.SubmitFormAsync(page, Complete(f, v => v["intent"] = "submit"));
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        Assert.Equal(ReturnStatus.Submitted, (await factory.ReturnAsync(org, LastQuarter))!.Status);
    }

    [Fact]
    public async Task A_data_submitter_may_not_open_another_organisations_return_and_the_refusal_is_audited()
    {
        await factory.SeedEvaluationAsync();
        var other = await factory.OrganisationIdAsync("Kingfisher Children's Hospice");
        var submitter = await factory.SignInAsync(Submitter);

        var response = await submitter.GetAsync(Url(other, await factory.DatasetIdAsync(), LastQuarter));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_member_who_does_not_submit_data_is_refused_the_returns_pages()
    {
        var member = await factory.SignInAsync("member@riverlands.example");

        var response = await member.GetAsync("/data/returns");

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden || response.Headers.Location?.OriginalString.Contains("access-denied", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task An_organisation_not_assigned_the_dataset_has_no_return_to_enter_and_a_post_saves_nothing()
    {
        await factory.SeedEvaluationAsync();
        var charity = await factory.OrganisationIdAsync("Starlight Sibling Support");
        var url = Url(charity, await factory.DatasetIdAsync(), LastQuarter);
        var coordinator = await factory.SignInAsync(Coordinator);

        var page = await coordinator.GetDocumentAsync(url);
        Assert.Contains("is not assigned the dataset", page.Text(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
        var entry = await coordinator.GetDocumentAsync(Url(await factory.OrganisationIdAsync(SubmittersOrganisation), await factory.DatasetIdAsync(), LastQuarter));
        var forged = await coordinator.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = entry.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["Version"] = "0",
        }));

        Assert.Contains("is not assigned the dataset", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await factory.ReturnAsync(charity, LastQuarter));
    }

    [Fact]
    public async Task A_period_in_the_future_is_refused()
    {
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync(SubmittersOrganisation);
        var coordinator = await factory.SignInAsync(Coordinator);

        var page = await coordinator.GetDocumentAsync(Url(org, await factory.DatasetIdAsync(), LastQuarter.Next.Next));

        Assert.Contains("a return cannot be entered for a period in the future", page.Text(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task The_returns_list_shows_a_submitter_only_their_organisations_returns_with_links_to_enter_them()
    {
        await factory.SeedEvaluationAsync();
        var submitter = await factory.SignInAsync(Submitter);

        var page = await submitter.GetDocumentAsync("/data/returns");

        var rows = page.QuerySelectorAll("#returns tbody tr").Select(r => r.TextContent).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(SubmittersOrganisation, r, StringComparison.Ordinal));
        var org = await factory.OrganisationIdAsync(SubmittersOrganisation);
        Assert.NotNull(page.QuerySelector($"#returns a[href='{Url(org, await factory.DatasetIdAsync(), LastQuarter)}']"));
    }

    [Fact]
    public async Task Completeness_shows_a_missing_return_and_the_dashboard_lists_returns_outstanding()
    {
        await factory.SeedEvaluationAsync();
        var coordinator = await factory.SignInAsync(Coordinator);

        var page = await coordinator.GetDocumentAsync("/data/completeness");

        Assert.Equal(8, page.QuerySelectorAll("#completeness-summary tbody tr").Length);
        var heron = page.QuerySelectorAll("#completeness-matrix tbody tr").Single(r => r.TextContent.Contains("Heron House", StringComparison.Ordinal));
        Assert.Contains("Missing", heron.TextContent, StringComparison.Ordinal);
        Assert.Contains("On time", heron.TextContent, StringComparison.Ordinal);
        var section = await factory.WithDbAsync(db => new OutstandingReturnsSource(db).LoadAsync(new DashboardContext(Today, DateTime.UtcNow), CancellationToken.None));
        Assert.True(section.Count > 0);
        Assert.Contains(section.Items, i => i.Text.Contains("Highcross Community Health Services", StringComparison.Ordinal));
    }
}
