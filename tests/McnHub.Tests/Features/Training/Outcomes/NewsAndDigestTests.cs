using System.Net;
using McnHub.Features.Training.Model;
using McnHub.Features.Training.News;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace McnHub.Tests.Features.Training.Outcomes;

/// <summary>News posts (Markdown rendered safely) and the weekly digest (never sent twice for a week).</summary>
public sealed class NewsAndDigestTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task An_educator_publishes_a_post_whose_markdown_is_rendered_without_script_and_drafts_stay_hidden()
    {
        var educator = await factory.SignInAsync("educator@riverlands.example");
        var title = "Study day " + Guid.NewGuid().ToString("N")[..6];

        var form = await educator.GetDocumentAsync("/training/news/create");
        var published = await educator.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Body"] = "**Book now** for the [study day](https://example.org).\n\n<script>alert(1)</script> [bad](javascript:alert(1))",
            ["Input.Publish"] = "true",
        });
        var draftForm = await educator.GetDocumentAsync("/training/news/create");
        await educator.SubmitFormAsync(draftForm, new Dictionary<string, string> { ["Input.Title"] = "Draft " + title, ["Input.Body"] = "Not yet" });
        var empty = await educator.SubmitFormAsync(draftForm, new Dictionary<string, string> { ["Input.Title"] = "" , ["Input.Body"] = "Kept text" });
        var page = await factory.CreateBrowserClient().GetDocumentAsync("/training/news");

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var post = page.QuerySelectorAll("[data-post]").Single(p => p.QuerySelector("h2")!.TextContent == title);
        var body = post.QuerySelector("[data-body]")!;
        Assert.Equal("Book now", body.QuerySelector("strong")!.TextContent);
        Assert.Equal("https://example.org", body.QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotContain("<script", body.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", body.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Draft " + title, page.Text());
        var emptyPage = await HttpExtensions.ParseAsync(empty);
        Assert.Contains("Enter a title", emptyPage.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal("Kept text", emptyPage.QuerySelector("textarea[name='Input.Body']")!.TextContent);
    }

    [Fact]
    public async Task The_digest_goes_once_a_week_whether_from_the_button_or_the_job()
    {
        var monday = new DateTime(2031, 6, 2, 8, 0, 0, DateTimeKind.Utc);
        await factory.WithDbAsync(async db =>
        {
            var course = new Course { Title = "Digest course " + Guid.NewGuid().ToString("N")[..6], Description = "d", CpdHours = 1 };
            db.Add(new TrainingSession { Course = course, StartsAt = monday.AddDays(9), EndsAt = monday.AddDays(9).AddHours(2), Capacity = 10, Title = "Digest session" });
            db.Add(new NewsPost { Title = "Digest news", Body = "A *new* guideline", CreatedAt = monday.AddDays(-2), PublishedAt = monday.AddDays(-2) });
            return await db.SaveChangesAsync();
        });
        var digest = factory.Services.GetRequiredService<TrainingDigest>();

        var first = await digest.SendAsync(monday);
        var again = await digest.SendAsync(monday.AddDays(3));
        var nextWeek = await digest.SendAsync(monday.AddDays(7));
        var body = await factory.WithDbAsync(db => digest.ComposeAsync(db, monday, default));

        Assert.NotNull(first);
        Assert.True(first > 0);
        Assert.Null(again);
        Assert.NotNull(nextWeek);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<DigestRun>().CountAsync(r => r.PeriodFrom == new DateOnly(2031, 6, 2))));
        Assert.Contains("Digest news", body);
        Assert.Contains("A new guideline", body);
        Assert.Contains("- Digest session: ", body);
    }

    [Fact]
    public async Task The_send_now_button_sends_this_weeks_digest_and_then_says_it_was_sent()
    {
        var educator = await factory.SignInAsync("educator@riverlands.example");
        var page = await educator.GetDocumentAsync("/training/digest");
        if (page.QuerySelector("form[data-form='send-digest']") is not null)
        {
            var response = await educator.SubmitFormAsync(page, new Dictionary<string, string>(), "form[data-form='send-digest']");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var after = await educator.GetDocumentAsync("/training/digest");
        var repeat = await educator.SubmitFormAsync(page, new Dictionary<string, string>(), "main form[data-form='send-digest'], main form");

        Assert.NotNull(after.QuerySelector("[data-sent-this-week]"));
        Assert.Null(after.QuerySelector("form[data-form='send-digest']"));
        Assert.Equal(HttpStatusCode.Redirect, repeat.StatusCode);
        var week = TrainingDigest.Week(DateOnly.FromDateTime(DateTime.UtcNow));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<DigestRun>().CountAsync(r => r.PeriodFrom == week.From)));
    }
}
