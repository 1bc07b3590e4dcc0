using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using McnHub.Features.Guidelines.Documents;
using McnHub.Features.Members.People;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Guidelines.GuidelineTestData;

namespace McnHub.Tests.Features.Guidelines;

/// <summary>
/// Two people acting on one guideline at once: a form posted with the version it was shown with is refused, plainly,
/// when someone else has changed the guideline since, nothing is saved and what was typed stays. Retiring asks first.
/// </summary>
public sealed class GuidelineConcurrencyTests(GuidelinesFactory factory) : IClassFixture<GuidelinesFactory>
{
    private const string Stale = "Someone else changed this guideline while you were";

    [Fact]
    public async Task Approving_a_version_someone_else_changed_meanwhile_is_refused_and_nothing_is_approved()
    {
        var document = await AddAsync(factory, "Stale approval guideline");
        var coordinator = await factory.SignInAsync(Coordinator);
        var form = await coordinator.GetDocumentAsync($"/guidelines/{document.Id}/versions/1/approve");
        await ChangeVersionAsync(document.Id, v => v.Body = "## Purpose\n\nRewritten by the owner meanwhile.");

        var response = await coordinator.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Input.GroupId"] = form.QuerySelectorAll("#Input_GroupId option")[^1].GetAttribute("value")!,
            ["Input.EffectiveDate"] = "2026-02-01",
            ["Input.ReviewDate"] = "2028-02-01",
        });
        var page = await HttpExtensions.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Stale + " approving version 1", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal("2028-02-01", Value(page, "#Input_ReviewDate"));
        var saved = await factory.WithDbAsync(db => db.Set<GuidelineDocument>().Include(d => d.Versions).SingleAsync(d => d.Id == document.Id));
        Assert.Equal((DocumentStatus.Draft, (int?)null), (saved.Status, saved.CurrentVersionId));
        Assert.Equal((VersionStatus.Draft, (DateOnly?)null), (saved.Versions.Single().Status, saved.Versions.Single().ApprovedOn));

        // The redisplayed form carries the current versions: approving again, knowingly, goes through.
        var again = await coordinator.SubmitFormAsync(page, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(DocumentStatus.Approved, await StatusAsync(document.Id));
    }

    [Fact]
    public async Task Opening_a_consultation_on_a_version_someone_else_changed_meanwhile_is_refused_and_it_stays_a_draft()
    {
        var document = await AddAsync(factory, "Stale consultation guideline");
        var owner = await factory.SignInAsync(Member);
        var form = await owner.GetDocumentAsync($"/guidelines/{document.Id}/versions/1/consultation");
        await ChangeVersionAsync(document.Id, v => v.ChangeSummary = "Changed by the co-ordinator meanwhile");
        var closes = UkDates.Today().AddDays(20).ToString("yyyy-MM-dd");

        var response = await owner.SubmitFormAsync(form, new Dictionary<string, string> { ["ClosesOn"] = closes });
        var page = await HttpExtensions.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Stale, page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal(closes, Value(page, "#ClosesOn"));
        var version = await factory.WithDbAsync(db => db.Set<GuidelineVersion>().SingleAsync(v => v.DocumentId == document.Id));
        Assert.Equal((VersionStatus.Draft, (DateOnly?)null), (version.Status, version.ConsultationClosesOn));
        Assert.Equal(DocumentStatus.Draft, await StatusAsync(document.Id));
    }

    [Fact]
    public async Task Recording_a_review_of_a_guideline_someone_else_changed_meanwhile_is_refused_and_no_review_is_recorded()
    {
        var reviewDate = UkDates.Today().AddDays(10);
        var document = await AddAsync(factory, "Stale review guideline", VersionStatus.Approved, reviewDate: reviewDate);
        var owner = await factory.SignInAsync(Member);
        var form = await owner.GetDocumentAsync($"/guidelines/{document.Id}/review");
        await factory.WithDbAsync(async db =>
        {
            (await db.Set<GuidelineDocument>().SingleAsync(d => d.Id == document.Id)).Summary = "Summary changed meanwhile";
            return await db.SaveChangesAsync();
        });

        var response = await owner.SubmitFormAsync(form, new Dictionary<string, string> { ["Note"] = "Evidence checked by me" });
        var page = await HttpExtensions.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Stale + " recording this review", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal("Evidence checked by me", ((IHtmlTextAreaElement)page.QuerySelector("#Note")!).Value);
        Assert.False(await factory.WithDbAsync(db => db.Set<GuidelineReview>().AnyAsync(r => r.DocumentId == document.Id)));
        var saved = await factory.WithDbAsync(db => db.Set<GuidelineDocument>().SingleAsync(d => d.Id == document.Id));
        Assert.Equal((reviewDate, (DateOnly?)null), (saved.ReviewDate!.Value, saved.LastReviewedOn));
    }

    [Fact]
    public async Task Retiring_asks_first_on_its_own_page_then_retires_the_document()
    {
        var document = await AddAsync(factory, "Guideline to retire", VersionStatus.Approved);
        var owner = await factory.SignInAsync(Member);
        var edit = await owner.GetDocumentAsync($"/guidelines/{document.Id}/edit");
        Assert.NotNull(edit.QuerySelector($"a[href='/guidelines/{document.Id}/retire']"));
        Assert.Empty(edit.QuerySelectorAll("form[action*='handler=retire']"));

        var confirm = await owner.GetDocumentAsync($"/guidelines/{document.Id}/retire");
        Assert.Equal("Are you sure you want to retire Guideline to retire?", confirm.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("stays readable, marked as retired", confirm.Text());
        Assert.Equal(DocumentStatus.Approved, await StatusAsync(document.Id));

        var response = await owner.SubmitFormAsync(confirm, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/guidelines/{document.Id}", response.Headers.Location?.ToString());
        Assert.Equal(DocumentStatus.Retired, await StatusAsync(document.Id));
    }

    [Fact]
    public async Task Retiring_a_guideline_someone_else_changed_meanwhile_is_refused_and_it_is_not_retired()
    {
        var document = await AddAsync(factory, "Stale retire guideline", VersionStatus.Approved);
        var coordinator = await factory.SignInAsync(Coordinator);
        var confirm = await coordinator.GetDocumentAsync($"/guidelines/{document.Id}/retire");
        await factory.WithDbAsync(async db =>
        {
            (await db.Set<GuidelineDocument>().SingleAsync(d => d.Id == document.Id)).Title = "Stale retire guideline (renamed)";
            return await db.SaveChangesAsync();
        });

        var response = await coordinator.SubmitFormAsync(confirm, new Dictionary<string, string>());
        var page = await HttpExtensions.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Stale, page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Contains("Stale retire guideline (renamed)", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(DocumentStatus.Approved, await StatusAsync(document.Id));
    }

    [Fact]
    public async Task Someone_who_is_neither_owner_nor_coordinator_cannot_retire_a_guideline()
    {
        var document = await AddAsync(factory, "Not yours to retire", VersionStatus.Approved, ownerEmail: Educator);
        var member = await factory.SignInAsync(Member);

        var response = await member.GetAsync($"/guidelines/{document.Id}/retire");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(DocumentStatus.Approved, await StatusAsync(document.Id));
    }

    [Fact]
    public async Task Answering_a_comment_someone_else_answered_meanwhile_is_refused_keeping_the_answer_typed_and_theirs_stands()
    {
        var (document, commentId) = await ConsultationWithCommentAsync("Stale answer guideline");
        var owner = await factory.SignInAsync(Lead);
        var page = await owner.GetDocumentAsync($"/guidelines/{document.Id}/versions/1/comments");
        await ChangeCommentAsync(commentId, c => (c.Answer, c.AnsweredBy, c.AnsweredAt) = ("The co-ordinator's answer.", "Network co-ordinator", DateTime.UtcNow));

        var response = await owner.SubmitFormAsync(page, new Dictionary<string, string> { ["Answer"] = "The owner's answer." }, AnswerForm);
        var refused = await HttpExtensions.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Network co-ordinator answered this comment while you were answering it", refused.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Contains("Your answer has not been saved", refused.QuerySelector($"#Answer-{commentId}-error")!.TextContent);
        Assert.Equal("The owner's answer.", ((IHtmlTextAreaElement)refused.QuerySelector($"#Answer-{commentId}")!).Value);
        Assert.Contains("The co-ordinator's answer.", refused.QuerySelector($"#comment-{commentId}")!.TextContent);
        Assert.Equal(("The co-ordinator's answer.", "Network co-ordinator"), await AnswerAsync(commentId));

        // The redisplayed form carries the comment's current version: saving again, knowingly, replaces the answer.
        var again = await owner.SubmitFormAsync(refused, new Dictionary<string, string>(), AnswerForm);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("The owner's answer.", (await AnswerAsync(commentId)).Answer);
    }

    [Fact]
    public async Task Answering_a_comment_someone_else_changed_meanwhile_is_refused_and_it_stays_unanswered()
    {
        var (document, commentId) = await ConsultationWithCommentAsync("Changed comment guideline");
        var owner = await factory.SignInAsync(Lead);
        var page = await owner.GetDocumentAsync($"/guidelines/{document.Id}/versions/1/comments");
        await ChangeCommentAsync(commentId, c => c.Text = "Who covers nights? (edited meanwhile)");

        var response = await owner.SubmitFormAsync(page, new Dictionary<string, string> { ["Answer"] = "The on-call consultant." }, AnswerForm);
        var refused = await HttpExtensions.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this comment while you were answering it", refused.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Contains("(edited meanwhile)", refused.QuerySelector($"#comment-{commentId}")!.TextContent);
        Assert.Equal("The on-call consultant.", ((IHtmlTextAreaElement)refused.QuerySelector($"#Answer-{commentId}")!).Value);
        Assert.Equal(((string?)null, (string?)null), await AnswerAsync(commentId));
    }

    private static string Value(IDocument page, string selector) => ((IHtmlInputElement)page.QuerySelector(selector)!).Value;

    private const string AnswerForm = "form[action*='handler=answer']";

    private async Task<(GuidelineDocument Document, int CommentId)> ConsultationWithCommentAsync(string title)
    {
        var document = await AddAsync(factory, title, VersionStatus.Consultation, ownerEmail: Lead);
        var commentId = await factory.WithDbAsync(async db =>
        {
            var comment = new ConsultationComment
            {
                GuidelineVersionId = await db.Set<GuidelineVersion>().Where(v => v.DocumentId == document.Id).Select(v => v.Id).SingleAsync(),
                Section = "General", Text = "Who covers nights?", AuthorName = "A member",
            };
            db.Add(comment);
            await db.SaveChangesAsync();
            return comment.Id;
        });
        return (document, commentId);
    }

    /// <summary>Someone else saves a change to the comment (which bumps its concurrency token).</summary>
    private Task<int> ChangeCommentAsync(int commentId, Action<ConsultationComment> change) => factory.WithDbAsync(async db =>
    {
        change(await db.Set<ConsultationComment>().SingleAsync(c => c.Id == commentId));
        return await db.SaveChangesAsync();
    });

    private Task<(string? Answer, string? AnsweredBy)> AnswerAsync(int commentId) => factory.WithDbAsync(async db =>
    {
        var comment = await db.Set<ConsultationComment>().AsNoTracking().SingleAsync(c => c.Id == commentId);
        return (comment.Answer, comment.AnsweredBy);
    });

    private Task<DocumentStatus> StatusAsync(int id) =>
        factory.WithDbAsync(db => db.Set<GuidelineDocument>().Where(d => d.Id == id).Select(d => d.Status).SingleAsync());

    /// <summary>Someone else saves a change to the document's only version (which bumps its concurrency token).</summary>
    private Task<int> ChangeVersionAsync(int documentId, Action<GuidelineVersion> change) => factory.WithDbAsync(async db =>
    {
        change(await db.Set<GuidelineVersion>().SingleAsync(v => v.DocumentId == documentId));
        return await db.SaveChangesAsync();
    });
}
