using System.Net;
using McnHub.Features.Standards;
using McnHub.Platform.Audit;
using McnHub.Platform.Files;
using McnHub.Tests.Features.Members.Agreements;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using McnHub.Tests.Features.Members.People;
using static McnHub.Tests.Features.Standards.StandardsTestKit;

namespace McnHub.Tests.Features.Standards;

public sealed class AssessmentTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private Task<int> FilesAsync() => factory.WithDbAsync(db => db.Set<StoredFile>().CountAsync());

    private int FilesOnDisk => System.IO.Directory.Exists(factory.FilesFolder) ? System.IO.Directory.GetFiles(factory.FilesFolder).Length : 0;

    private static Dictionary<string, string> Values(string status, string evidence, string? action = null, string? owner = null, string? due = null)
    {
        var values = new Dictionary<string, string> { ["Input.Status"] = status, ["Input.Evidence"] = evidence };
        if (action is not null)
        {
            values["Input.NewAction"] = action;
            values["Input.NewOwner"] = owner ?? "";
            values["Input.NewDueOn"] = due ?? "";
        }

        return values;
    }

    [Fact]
    public async Task A_lead_assesses_a_statement_of_their_organisation_with_evidence_a_file_and_an_action()
    {
        var demo = await factory.SeedStandardsAsync();
        var org = await factory.OrgIdAsync(LeadsOrganisation);
        var url = AssessUrl(org, demo.OpenPeriod, demo.Statements[4]);
        Assert.Null(await factory.AssessmentAsync(org, demo.OpenPeriod, demo.Statements[4]));
        var client = await factory.SignInAsync(Lead);
        var form = await client.GetDocumentAsync(url);
        Assert.Contains("Parents or carers are offered support for grief and loss, including after the death.", form.Text());

        var response = await client.SubmitMultipartAsync(form, Values("PartiallyMet", "Bereavement offer audited in March.", "Write to every family after a death", "Family support lead", Date(Today.AddDays(30))),
            new Upload("EvidenceUpload", "bereavement-audit.pdf", Pdf, "application/pdf"), "#assessment-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/standards/organisations/{org}?period={demo.OpenPeriod}", response.Headers.Location!.OriginalString);
        var saved = (await factory.AssessmentAsync(org, demo.OpenPeriod, demo.Statements[4]))!;
        Assert.Equal(AssessmentStatus.PartiallyMet, saved.Status);
        Assert.Equal("Bereavement offer audited in March.", saved.Evidence);
        Assert.Equal(Lead, saved.AssessedBy);
        Assert.Equal("bereavement-audit.pdf", Assert.Single(saved.Files).File!.FileName);
        var item = Assert.Single(saved.Actions);
        Assert.Equal(("Write to every family after a death", "Family support lead", Today.AddDays(30)), (item.Action, item.Owner, item.DueOn));

        var download = await client.GetAsync($"/standards/evidence/{saved.Files[0].Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        var overview = await client.GetDocumentAsync($"/standards/organisations/{org}?period={demo.OpenPeriod}");
        Assert.Contains("◐ Partially met", overview.QuerySelector($"a[href='{url}']")!.ParentElement!.ParentElement!.TextContent);
    }

    [Fact]
    public async Task Evidence_files_for_a_closed_period_are_refused_with_a_clear_message_and_nothing_is_saved()
    {
        var demo = await factory.SeedStandardsAsync();
        var org = await factory.OrgIdAsync(LeadsOrganisation);
        var client = await factory.SignInAsync(Lead);
        var form = await client.GetDocumentAsync(AssessUrl(org, demo.OpenPeriod, demo.Statements[5]));
        var (files, onDisk) = (await FilesAsync(), FilesOnDisk);
        await SetOpenAsync(demo.OpenPeriod, false);
        try
        {
            var page = await MemberPages.PageOfAsync(await client.SubmitMultipartAsync(form, Values("Met", "24/7 rota agreed."), new Upload("EvidenceUpload", "rota.pdf", Pdf, "application/pdf"), "#assessment-form"));

            Assert.Contains("is closed, so its assessments can no longer be changed", page.ErrorSummary());
            Assert.Contains("Evidence files cannot be added to a closed period", page.FieldError("EvidenceUpload"));
            Assert.Equal("24/7 rota agreed.", page.FieldValue("Input_Evidence"));
            Assert.Equal((files, onDisk), (await FilesAsync(), FilesOnDisk));
            Assert.Null(await factory.AssessmentAsync(org, demo.OpenPeriod, demo.Statements[5]));
        }
        finally
        {
            await SetOpenAsync(demo.OpenPeriod, true);
        }
    }

    [Fact]
    public async Task A_closed_period_shows_its_assessment_as_a_record_without_a_form()
    {
        var demo = await factory.SeedStandardsAsync();
        var org = await factory.OrgIdAsync("Riverlands Children's Hospital NHS Foundation Trust");
        var client = await factory.SignInAsync(Coordinator);

        var page = await client.GetDocumentAsync(AssessUrl(org, demo.ClosedPeriod, demo.Statements[0]));

        Assert.Contains("This period is closed", page.Text());
        Assert.Null(page.QuerySelector("#assessment-form"));
    }

    [Fact]
    public async Task Another_organisations_lead_is_refused_with_403_and_the_attempt_is_audited()
    {
        var demo = await factory.SeedStandardsAsync();
        var other = await factory.OrgIdAsync("Willow Bank Children's Hospice");
        var client = await factory.SignInAsync(Lead);
        var before = await factory.AssessmentAsync(other, demo.OpenPeriod, demo.Statements[0]);

        var get = await client.GetAsync(AssessUrl(other, demo.OpenPeriod, demo.Statements[0]));
        var own = await client.GetDocumentAsync(AssessUrl(await factory.OrgIdAsync(LeadsOrganisation), demo.OpenPeriod, demo.Statements[0]));
        var forged = await client.PostAsync(AssessUrl(other, demo.OpenPeriod, demo.Statements[0]), new FormUrlEncodedContent(own.QuerySelectorAll("#assessment-form input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? "")).Append(new("Input.Status", "NotMet"))));
        var overview = await client.GetAsync($"/standards/organisations/{other}");
        var acp = await client.GetAsync($"/standards/acp/{other}/edit");

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, overview.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, acp.StatusCode);
        Assert.Equal(before?.Status, (await factory.AssessmentAsync(other, demo.OpenPeriod, demo.Statements[0]))?.Status);
        var refusals = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditAction.Refused && a.UserName == Lead && a.EntityKey == other.ToString()).Select(a => a.Entity).ToListAsync());
        Assert.True(refusals.Count(e => e == nameof(Assessment)) >= 3, string.Join(", ", refusals));
        Assert.Contains(nameof(AcpAdoption), refusals);
    }

    [Fact]
    public async Task The_co_ordinator_may_assess_any_organisation_but_a_member_who_is_not_a_lead_may_not()
    {
        var demo = await factory.SeedStandardsAsync();
        var org = await factory.OrgIdAsync("Westvale General Hospital NHS Trust");
        var coordinator = await factory.SignInAsync(Coordinator);
        var member = await factory.SignInAsync(Member);

        var form = await coordinator.GetDocumentAsync(AssessUrl(org, demo.OpenPeriod, demo.Statements[2]));
        var saved = await coordinator.SubmitMultipartAsync(form, Values("Met", "Leaflet given at every first review."), null, "#assessment-form");
        var refused = await member.GetAsync(AssessUrl(org, demo.OpenPeriod, demo.Statements[2]));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(AssessmentStatus.Met, (await factory.AssessmentAsync(org, demo.OpenPeriod, demo.Statements[2]))!.Status);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    [Fact]
    public async Task An_action_due_before_today_an_incomplete_action_and_a_missing_status_are_refused_with_the_input_kept()
    {
        var demo = await factory.SeedStandardsAsync();
        var org = await factory.OrgIdAsync(LeadsOrganisation);
        var url = AssessUrl(org, demo.OpenPeriod, demo.Statements[5]);
        var before = await factory.AssessmentAsync(org, demo.OpenPeriod, demo.Statements[5]);
        var client = await factory.SignInAsync(Lead);
        var form = await client.GetDocumentAsync(url);

        var past = await MemberPages.PageOfAsync(await client.SubmitMultipartAsync(form, Values("NotMet", "No rota yet.", "Agree a rota", "Manager", Date(Today.AddDays(-1))), null, "#assessment-form"));
        var partial = await MemberPages.PageOfAsync(await client.SubmitMultipartAsync(form, Values("NotMet", "No rota yet.", "Agree a rota", "", ""), null, "#assessment-form"));
        var noStatus = await MemberPages.PageOfAsync(await client.SubmitMultipartAsync(form, new Dictionary<string, string> { ["Input.Evidence"] = "Kept text" }, null, "#assessment-form"));
        var fake = await MemberPages.PageOfAsync(await client.SubmitMultipartAsync(form, Values("Met", "With a fake file"), new Upload("EvidenceUpload", "rota.pdf", "<html>not a pdf</html>"u8.ToArray(), "application/pdf"), "#assessment-form"));

        Assert.Contains("The action's due date must be today or in the future", past.FieldError("Input_NewDueOn"));
        Assert.Equal("Agree a rota", past.FieldValue("Input_NewAction"));
        Assert.Equal("No rota yet.", past.FieldValue("Input_Evidence"));
        Assert.Contains("Enter who owns the action", partial.FieldError("Input_NewOwner"));
        Assert.Contains("Enter the date the action is due", partial.FieldError("Input_NewDueOn"));
        Assert.Contains("Select whether the statement is met", noStatus.ErrorSummary());
        Assert.Equal("Kept text", noStatus.FieldValue("Input_Evidence"));
        Assert.Contains("The selected file is not a real PDF file", fake.FieldError("EvidenceUpload"));
        Assert.Equal(before?.Status, (await factory.AssessmentAsync(org, demo.OpenPeriod, demo.Statements[5]))?.Status);
    }

    [Fact]
    public async Task Two_people_editing_the_same_assessment_the_second_is_told_what_changed_and_keeps_their_input()
    {
        var demo = await factory.SeedStandardsAsync();
        var org = await factory.OrgIdAsync(LeadsOrganisation);
        var url = AssessUrl(org, demo.OpenPeriod, demo.Statements[0]);
        var lead = await factory.SignInAsync(Lead);
        var coordinator = await factory.SignInAsync(Coordinator);
        var leadForm = await lead.GetDocumentAsync(url);
        var coordinatorForm = await coordinator.GetDocumentAsync(url);

        var first = await coordinator.SubmitMultipartAsync(coordinatorForm, Values("Met", "Co-ordinator's evidence"), null, "#assessment-form");
        var second = await MemberPages.PageOfAsync(await lead.SubmitMultipartAsync(leadForm, Values("NotMet", "Lead's evidence"), null, "#assessment-form"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("Someone else saved changes to this assessment", second.ErrorSummary());
        Assert.Contains("“Co-ordinator's evidence”", second.FieldError("Input_Evidence"));
        Assert.Equal("Lead's evidence", second.FieldValue("Input_Evidence"));
        Assert.Equal("Co-ordinator's evidence", (await factory.AssessmentAsync(org, demo.OpenPeriod, demo.Statements[0]))!.Evidence);

        var again = await lead.SubmitMultipartAsync(second, Values("NotMet", "Lead's evidence"), null, "#assessment-form");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Lead's evidence", (await factory.AssessmentAsync(org, demo.OpenPeriod, demo.Statements[0]))!.Evidence);
    }

    [Fact]
    public async Task A_lead_marks_an_action_as_done()
    {
        var demo = await factory.SeedStandardsAsync();
        var org = await factory.OrgIdAsync(LeadsOrganisation);
        var url = AssessUrl(org, demo.OpenPeriod, demo.Statements[1]);
        var client = await factory.SignInAsync(Lead);
        var form = await client.GetDocumentAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitMultipartAsync(form, Values("NotMet", "Not recorded yet.", "Record the named specialist", "Medical director", Date(Today)), null, "#assessment-form")).StatusCode);
        var action = (await factory.AssessmentAsync(org, demo.OpenPeriod, demo.Statements[1]))!.Actions.Single(a => a.Action == "Record the named specialist");
        var page = await client.GetDocumentAsync(url);

        var done = await client.SubmitFormAsync(page, new Dictionary<string, string>(), $"form[action*='actionId={action.Id}']");

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var saved = (await factory.AssessmentAsync(org, demo.OpenPeriod, demo.Statements[1]))!.Actions.Single(a => a.Id == action.Id);
        Assert.Equal(Today, saved.CompletedOn);
    }

    private Task SetOpenAsync(int periodId, bool open) => factory.WithDbAsync(async db =>
    {
        var period = await db.Set<AssessmentPeriod>().SingleAsync(p => p.Id == periodId);
        period.IsOpen = open;
        return await db.SaveChangesAsync();
    });
}
