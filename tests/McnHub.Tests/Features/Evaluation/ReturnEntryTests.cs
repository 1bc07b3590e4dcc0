using System.Net;
using McnHub.Features.Evaluation;
using McnHub.Platform.Audit;
using McnHub.Tests.Features.Members.People;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Evaluation.EvaluationTestData;

namespace McnHub.Tests.Features.Evaluation;

public sealed class ReturnEntryTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private async Task<(int Org, int Dataset, Dictionary<string, string> Fields, string Url)> StartAsync(string organisation)
    {
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync(organisation);
        var dataset = await factory.DatasetIdAsync();
        await factory.ClearReturnAsync(org, LastQuarter);
        return (org, dataset, await factory.FieldsAsync(), Url(org, dataset, LastQuarter));
    }

    [Fact]
    public async Task A_data_submitter_completes_and_submits_their_organisations_quarterly_return_and_the_transition_is_audited()
    {
        var (org, _, f, url) = await StartAsync(SubmittersOrganisation);
        var client = await factory.SignInAsync(Submitter);

        var page = await client.GetDocumentAsync(url);
        Assert.Contains("Not started", page.QuerySelector("#return-status")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Last period:", page.Text(), StringComparison.Ordinal);
        var response = await client.SubmitFormAsync(page, Complete(f, v => v["intent"] = "submit"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.ReturnAsync(org, LastQuarter);
        Assert.Equal(ReturnStatus.Submitted, saved!.Status);
        Assert.Equal(Submitter, saved.SubmittedBy);
        Assert.Equal(37, saved.Values.Where(v => v.DataElementId == ElementId(f, "CASELOAD")).Sum(v => v.Numeric));
        Assert.Equal("Yes", saved.Values.Single(v => v.DataElementId == ElementId(f, "ADVICE_247")).Value);
        var audited = await factory.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.Entity == nameof(DataReturn) && a.EntityKey == saved.Id.ToString() && a.Changes.Contains("Submitted")));
        Assert.True(audited);
        var after = await client.GetDocumentAsync(url);
        Assert.Contains("Submitted, awaiting approval", after.QuerySelector("#return-status")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(after.QuerySelector("#locked"));
    }

    [Fact]
    public async Task Bad_numbers_are_refused_with_a_message_by_each_field_everything_typed_is_kept_and_nothing_is_saved()
    {
        var (org, _, f, url) = await StartAsync("Kingfisher Children's Hospice");
        var client = await factory.SignInAsync(Coordinator);
        var page = await client.GetDocumentAsync(url);

        var response = await client.SubmitFormAsync(page, Complete(f, v =>
        {
            v["ACP"] = "12.5";
            v["NAMED_LEAD"] = "-3";
            v["DEATHS"] = "two";
            v["DEATHS_HOME"] = "1.234";
            v["CASELOAD.AGE_0_1"] = "1,234";
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await HttpExtensions.ParseAsync(response);
        var summary = again.QuerySelector(".nhsuk-error-summary")!.TextContent;
        Assert.Contains("Children with an advance care plan must be a whole number", summary, StringComparison.Ordinal);
        Assert.Contains("Children with a named lead clinician must be 0 or more", summary, StringComparison.Ordinal);
        Assert.Contains("'two' is not a number", summary, StringComparison.Ordinal);
        Assert.Contains("could be read two ways", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Under 1", summary, StringComparison.Ordinal);
        Assert.Equal("12.5", again.FieldValue(FieldIds(f["ACP"])));
        Assert.Equal("two", again.FieldValue(FieldIds(f["DEATHS"])));
        Assert.Equal("1,234", again.FieldValue(FieldIds(f["CASELOAD.AGE_0_1"])));
        Assert.NotEmpty(again.FieldError(FieldIds(f["NAMED_LEAD"])));
        Assert.Null(await factory.ReturnAsync(org, LastQuarter));
    }

    [Fact]
    public async Task A_draft_keeps_thousands_separated_numbers_as_numbers_and_does_not_store_a_zero_that_is_not_significant()
    {
        var (org, _, f, url) = await StartAsync("Willow Bank Children's Hospice");
        var client = await factory.SignInAsync(Coordinator);
        var page = await client.GetDocumentAsync(url);

        var response = await client.SubmitFormAsync(page, Complete(f, v =>
        {
            v["SHORT_BREAK_NIGHTS"] = "1,234";
            v["BEREAVEMENT_CONTACTS"] = "0";
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.ReturnAsync(org, LastQuarter);
        Assert.Equal(ReturnStatus.Draft, saved!.Status);
        Assert.Equal(1234, saved.Values.Single(v => v.DataElementId == ElementId(f, "SHORT_BREAK_NIGHTS")).Numeric);
        Assert.DoesNotContain(saved.Values, v => v.DataElementId == ElementId(f, "BEREAVEMENT_CONTACTS"));
        Assert.Contains(saved.Values, v => v.DataElementId == ElementId(f, "DEATHS_HOSPITAL") && v.Numeric == 0);
    }

    [Fact]
    public async Task A_rule_error_blocks_submission_and_says_why_next_to_the_value()
    {
        var (org, _, f, url) = await StartAsync("Heron House Hospice for Children");
        var client = await factory.SignInAsync(Coordinator);
        var page = await client.GetDocumentAsync(url);

        var response = await client.SubmitFormAsync(page, Complete(f, v =>
        {
            v["DEATHS_HOSPITAL"] = "1";
            v["intent"] = "submit";
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await HttpExtensions.ParseAsync(response);
        Assert.Contains("must add up to all deaths", again.QuerySelector(".nhsuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("must add up to all deaths", again.FieldError(FieldIds(f["DEATHS_HOME"])), StringComparison.Ordinal);
        Assert.Null(await factory.ReturnAsync(org, LastQuarter));
    }

    [Fact]
    public async Task A_warning_needs_a_comment_on_a_value_involved_and_submits_once_explained()
    {
        var (org, _, f, url) = await StartAsync("Little Lanterns Hospice at Home");
        var client = await factory.SignInAsync(Coordinator);
        var page = await client.GetDocumentAsync(url);
        void ManyReferrals(Dictionary<string, string> v)
        {
            v["NEW_REFERRALS.AGE_0_1"] = "20";
            v["intent"] = "submit";
        }

        var refused = await client.SubmitFormAsync(page, Complete(f, ManyReferrals));

        var again = await HttpExtensions.ParseAsync(refused);
        Assert.Contains("Explain in a comment on new referrals accepted or children on the caseload", again.QuerySelector(".nhsuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await factory.ReturnAsync(org, LastQuarter));

        var explained = await client.SubmitFormAsync(again, Complete(f, v =>
        {
            ManyReferrals(v);
            v["#NEW_REFERRALS"] = "A cluster of antenatal referrals.";
        }));

        Assert.Equal(HttpStatusCode.Redirect, explained.StatusCode);
        var saved = await factory.ReturnAsync(org, LastQuarter);
        Assert.Equal(ReturnStatus.Submitted, saved!.Status);
        Assert.Contains(saved.Values, v => v.Comment == "A cluster of antenatal referrals.");
    }

    [Fact]
    public async Task A_compulsory_value_left_blank_blocks_submission_but_not_a_draft()
    {
        var (org, _, f, url) = await StartAsync("Riverlands Children's Hospital NHS Foundation Trust");
        var client = await factory.SignInAsync(Coordinator);
        var page = await client.GetDocumentAsync(url);

        var refused = await client.SubmitFormAsync(page, Complete(f, v =>
        {
            v["DEATHS"] = "";
            v["intent"] = "submit";
        }));

        Assert.Contains("Enter deaths (enter 0 if there were none)", (await HttpExtensions.ParseAsync(refused)).QuerySelector(".nhsuk-error-summary")!.TextContent, StringComparison.Ordinal);
        var draft = await client.SubmitFormAsync(page, Complete(f, v => v["DEATHS"] = ""));
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        Assert.Equal(ReturnStatus.Draft, (await factory.ReturnAsync(org, LastQuarter))!.Status);
    }

    [Fact]
    public async Task A_form_opened_before_someone_else_saved_is_not_saved_over_their_changes()
    {
        var (org, _, f, url) = await StartAsync("Westvale General Hospital NHS Trust");
        var client = await factory.SignInAsync(Coordinator);
        var first = await client.GetDocumentAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync(first, Complete(f))).StatusCode);
        var opened = await client.GetDocumentAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync(opened, Complete(f, v => v["ACP"] = "31"))).StatusCode);

        var stale = await client.SubmitFormAsync(opened, Complete(f, v => v["ACP"] = "29"));

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else changed this return", (await HttpExtensions.ParseAsync(stale)).QuerySelector(".nhsuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(31, (await factory.ReturnAsync(org, LastQuarter))!.Values.Single(v => v.DataElementId == ElementId(f, "ACP")).Numeric);
    }

    private static int ElementId(Dictionary<string, string> f, string code) => int.Parse(f[code]["Values[e".Length..^1], System.Globalization.CultureInfo.InvariantCulture);

    private static string FieldIds(string name) => McnHub.Platform.Ui.FieldIds.For(name);
}
