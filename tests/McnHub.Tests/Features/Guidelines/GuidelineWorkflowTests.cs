using System.Net;
using McnHub.Features.Governance.Dashboard;
using McnHub.Features.Guidelines.Adoption;
using McnHub.Features.Guidelines.Documents;
using McnHub.Features.Guidelines.Reviews;
using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Platform.Audit;
using McnHub.Platform.Reports;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static McnHub.Tests.Features.Guidelines.GuidelineTestData;

namespace McnHub.Tests.Features.Guidelines;

/// <summary>Consultation, approval, review and adoption: the owner's and the organisations' journeys and their rules.</summary>
public sealed class GuidelineWorkflowTests(GuidelinesFactory factory) : IClassFixture<GuidelinesFactory>
{
    [Fact]
    public async Task Members_comment_per_section_and_the_owner_answers_each_comment()
    {
        var document = await AddAsync(factory, "Consulted guideline", VersionStatus.Consultation, ownerEmail: Lead);
        var member = await factory.SignInAsync(Member);
        var page = await member.GetDocumentAsync($"/guidelines/{document.Id}/versions/1/comments");
        Assert.Equal(["", "General", "Purpose", "Recommendations"], page.QuerySelectorAll("#Section option").Select(o => o.GetAttribute("value")!));

        var empty = await member.SubmitFormAsync(page, new Dictionary<string, string> { ["Section"] = "", ["Text"] = "" });
        var posted = await member.SubmitFormAsync(page, new Dictionary<string, string> { ["Section"] = "Recommendations", ["Text"] = "Say who does this at night." });

        Assert.Contains("Choose the section", (await HttpExtensions.ParseAsync(empty)).QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var comment = await factory.WithDbAsync(db => db.Set<ConsultationComment>().SingleAsync(c => c.GuidelineVersion!.DocumentId == document.Id));
        Assert.Equal("Recommendations", comment.Section);

        var token = (await member.GetDocumentAsync($"/guidelines/{document.Id}/versions/1/comments")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var stranger = await member.PostAsync($"/guidelines/{document.Id}/versions/1/comments?handler=answer", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["CommentId"] = comment.Id.ToString(),
            ["Answer"] = "Not mine to answer",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);

        var owner = await factory.SignInAsync(Lead);
        var ownerPage = await owner.GetDocumentAsync($"/guidelines/{document.Id}/versions/1/comments");
        var answered = await owner.SubmitFormAsync(ownerPage, new Dictionary<string, string> { ["Answer"] = "The on-call consultant." }, "form[action*='handler=answer']");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal("The on-call consultant.", await factory.WithDbAsync(db => db.Set<ConsultationComment>().Where(c => c.Id == comment.Id).Select(c => c.Answer).SingleAsync()));
    }

    [Fact]
    public async Task Approving_with_unanswered_comments_is_warned_and_needs_confirmation_then_publishes_the_version()
    {
        var document = await AddAsync(factory, "Approval guideline", VersionStatus.Consultation);
        await factory.WithDbAsync(async db =>
        {
            var version = await db.Set<GuidelineVersion>().SingleAsync(v => v.DocumentId == document.Id);
            db.Add(new ConsultationComment { GuidelineVersionId = version.Id, Section = "General", Text = "Unanswered", AuthorName = "Someone" });
            return await db.SaveChangesAsync();
        });
        var coordinator = await factory.SignInAsync(Coordinator);
        var form = await coordinator.GetDocumentAsync($"/guidelines/{document.Id}/versions/1/approve");
        var group = form.QuerySelectorAll("#Input_GroupId option")[^1].GetAttribute("value")!;
        var values = new Dictionary<string, string> { ["Input.GroupId"] = group, ["Input.EffectiveDate"] = "2026-01-01", ["Input.ReviewDate"] = "2028-01-01" };

        var warned = await coordinator.SubmitFormAsync(form, values);
        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        Assert.Contains("no answer yet", (await HttpExtensions.ParseAsync(warned)).QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal(DocumentStatus.Consultation, await factory.WithDbAsync(db => db.Set<GuidelineDocument>().Where(d => d.Id == document.Id).Select(d => d.Status).SingleAsync()));

        values["Input.ApproveWithOpenComments"] = "true";
        var approved = await coordinator.SubmitFormAsync(form, values);

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Set<GuidelineDocument>().Include(d => d.CurrentVersion).SingleAsync(d => d.Id == document.Id));
        Assert.Equal(DocumentStatus.Approved, saved.Status);
        Assert.Equal(VersionStatus.Approved, saved.CurrentVersion!.Status);
        Assert.Equal(new DateOnly(2028, 1, 1), saved.ReviewDate);
        Assert.Equal(int.Parse(group), saved.CurrentVersion.ApprovedByGroupId);
    }

    [Fact]
    public async Task Approval_refuses_a_review_date_before_the_effective_date()
    {
        var document = await AddAsync(factory, "Approval dates guideline");
        var coordinator = await factory.SignInAsync(Coordinator);
        var form = await coordinator.GetDocumentAsync($"/guidelines/{document.Id}/versions/1/approve");

        var response = await coordinator.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Input.GroupId"] = form.QuerySelectorAll("#Input_GroupId option")[^1].GetAttribute("value")!,
            ["Input.EffectiveDate"] = "2026-06-01",
            ["Input.ReviewDate"] = "2026-05-01",
        });

        Assert.Contains("Review date must be on or after the effective date", (await HttpExtensions.ParseAsync(response)).QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal(DocumentStatus.Draft, await factory.WithDbAsync(db => db.Set<GuidelineDocument>().Where(d => d.Id == document.Id).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task Reviewed_without_change_records_the_review_and_sets_the_next_date()
    {
        var document = await AddAsync(factory, "Reviewed guideline", VersionStatus.Approved, reviewDate: UkDates.Today().AddDays(-5));
        var owner = await factory.SignInAsync(Member);
        var form = await owner.GetDocumentAsync($"/guidelines/{document.Id}/review");
        var next = UkDates.Today().AddYears(2).ToString("yyyy-MM-dd");

        var past = await owner.SubmitFormAsync(form, new Dictionary<string, string> { ["NextReviewDate"] = "2020-01-01" });
        var done = await owner.SubmitFormAsync(form, new Dictionary<string, string> { ["NextReviewDate"] = next, ["Note"] = "Evidence unchanged" });

        Assert.Contains("must be in the future", (await HttpExtensions.ParseAsync(past)).QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Set<GuidelineDocument>().SingleAsync(d => d.Id == document.Id));
        Assert.Equal(DateOnly.Parse(next), saved.ReviewDate);
        Assert.Equal(UkDates.Today(), saved.LastReviewedOn);
        Assert.Equal("Evidence unchanged", await factory.WithDbAsync(db => db.Set<GuidelineReview>().Where(r => r.DocumentId == document.Id).Select(r => r.Note).SingleAsync()));
    }

    [Fact]
    public async Task A_lead_records_adoption_for_their_own_organisation_but_another_organisation_is_refused_and_audited()
    {
        var document = await AddAsync(factory, "Adoption guideline", VersionStatus.Approved);
        var (own, other) = await factory.WithDbAsync(async db => (
            await db.Set<Organisation>().Where(o => o.Name == "Kingfisher Children's Hospice").Select(o => o.Id).SingleAsync(),
            await db.Set<Organisation>().Where(o => o.Name != "Kingfisher Children's Hospice" && o.Status == MembershipStatus.Member).Select(o => o.Id).FirstAsync()));
        var lead = await factory.SignInAsync(Lead);

        var form = await lead.GetDocumentAsync($"/guidelines/{document.Id}/adoption/{own}");
        var saved = await lead.SubmitFormAsync(form, new Dictionary<string, string> { ["Status"] = "Adopted", ["LocalLead"] = "Jo Fletcher", ["Note"] = "Ratified" });
        var refused = await lead.GetAsync($"/guidelines/{document.Id}/adoption/{other}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var record = await factory.WithDbAsync(db => db.Set<AdoptionRecord>().SingleAsync(r => r.DocumentId == document.Id));
        Assert.Equal((own, AdoptionStatus.Adopted, "Jo Fletcher"), (record.OrganisationId, record.Status, record.LocalLead));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(AdoptionRecord) && a.EntityKey == $"{document.Id}/{other}" && a.Action == AuditAction.Refused && a.UserName == Lead)));
        var network = await lead.GetDocumentAsync($"/guidelines/{document.Id}/adoption");
        Assert.Contains("Adopted", network.QuerySelector($"tr[data-organisation-id='{own}']")!.TextContent);
    }

    [Fact]
    public async Task The_network_adoption_view_shows_a_rate_per_quarter_from_the_demo_records()
    {
        await factory.SeededAsync();
        var coordinator = await factory.SignInAsync(Coordinator);

        var page = await coordinator.GetDocumentAsync("/guidelines/adoption");

        var rows = page.QuerySelectorAll("#adoption-by-quarter tbody tr");
        Assert.Equal(6, rows.Length);
        Assert.Contains("%", rows[^1].TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("#by-organisation tbody tr"));
    }

    [Fact]
    public async Task Overdue_reviews_are_listed_on_the_dashboard_and_owners_are_emailed()
    {
        await factory.SeededAsync();
        var document = await AddAsync(factory, "Overdue review guideline", VersionStatus.Approved, ownerEmail: Educator, reviewDate: UkDates.Today().AddDays(-3));
        await using var scope = factory.Services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetServices<IDashboardSource>().OfType<GuidelinesDueForReviewSource>().Single();

        var section = await source.LoadAsync(new DashboardContext(UkDates.Today(), DateTime.UtcNow), CancellationToken.None);
        var sent = await factory.Services.GetRequiredService<GuidelineReviewReminder>().SendDueRemindersAsync(DateTime.UtcNow);
        var again = await factory.Services.GetRequiredService<GuidelineReviewReminder>().SendDueRemindersAsync(DateTime.UtcNow);

        Assert.Contains(section.Items, i => i.Link == $"/guidelines/{document.Id}" && i.Detail!.StartsWith("Review was due"));
        Assert.True(sent >= 1);
        Assert.Equal(0, again);
        var mail = System.IO.Directory.GetFiles(factory.MailFolder, "*.eml").Select(File.ReadAllText).ToList();
        Assert.Contains(mail, m => m.Contains("educator@riverlands.example") && m.Contains($"/guidelines/{document.Id}/review"));
    }

    [Fact]
    public async Task The_annual_report_section_counts_approvals_and_adoption()
    {
        await factory.SeededAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetServices<IReportSectionSource>().OfType<GuidelinesReportSection>().Single();
        var today = UkDates.Today();

        var section = await source.BuildAsync(new ReportPeriod("the last year", today.AddYears(-1), today, IsAnnual: true), CancellationToken.None);

        Assert.NotNull(section);
        Assert.Equal("guidelines", section.Key);
        Assert.NotEmpty(section.Tables.Single(t => t.Name == "approved").Rows);
        Assert.NotEmpty(section.Tables.Single(t => t.Name == "adoption").Rows);
        Assert.Contains("%", section.Paragraphs[1]);
    }
}
