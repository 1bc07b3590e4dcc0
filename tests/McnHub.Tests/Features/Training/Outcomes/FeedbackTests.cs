using System.Net;
using McnHub.Features.Training.Feedback;
using McnHub.Features.Training.Model;
using McnHub.Tests.Features.Governance.Minutes;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace McnHub.Tests.Features.Training.Outcomes;

/// <summary>Feedback: once per booking, from attendees only; summaries; one reminder.</summary>
public sealed class FeedbackTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private static Dictionary<string, string> Answers(int overall = 4, int before = 2, int after = 4) => new()
    {
        ["Input.Overall"] = overall.ToString(),
        ["Input.Relevance"] = "5",
        ["Input.Trainers"] = "4",
        ["Input.Organisation"] = "3",
        ["Input.ConfidenceBefore"] = before.ToString(),
        ["Input.ConfidenceAfter"] = after.ToString(),
        ["Input.WentWell"] = "Case studies",
    };

    [Fact]
    public async Task An_attendee_gives_feedback_once_and_a_second_attempt_is_refused_politely()
    {
        var learner = await factory.CreatePersonAsync("Learner");
        var session = await factory.CreateSessionAsync(await factory.CreateCourseAsync(), DateTime.UtcNow.AddDays(-2));
        var booking = await factory.CreateBookingAsync(session, learner.Id, b => b.Attendance = AttendanceOutcome.Attended);
        var client = await factory.SignInAsync(learner.Email);

        var page = await client.GetDocumentAsync($"/training/feedback/{booking}");
        var first = await client.SubmitFormAsync(page, Answers(), "form[data-form='feedback']");
        var second = await client.SubmitFormAsync(page, Answers(overall: 1), "form[data-form='feedback']");
        var after = await client.GetDocumentAsync($"/training/feedback/{booking}");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("already given feedback", (await HttpExtensions.ParseAsync(second)).Text());
        var saved = await factory.WithDbAsync(db => db.Set<McnHub.Features.Training.Model.Feedback>().Where(f => f.BookingId == booking).ToListAsync());
        Assert.Equal(4, Assert.Single(saved).Overall);
        Assert.Equal("Case studies", saved[0].WentWell);
        Assert.NotNull(after.QuerySelector("[data-feedback-closed]"));
        Assert.Null(after.QuerySelector("form[data-form='feedback']"));
    }

    [Fact]
    public async Task A_missing_rating_is_shown_next_to_the_question_and_what_was_typed_is_kept()
    {
        var learner = await factory.CreatePersonAsync("Learner");
        var session = await factory.CreateSessionAsync(await factory.CreateCourseAsync(), DateTime.UtcNow.AddDays(-2));
        var booking = await factory.CreateBookingAsync(session, learner.Id, b => b.Attendance = AttendanceOutcome.Attended);
        var client = await factory.SignInAsync(learner.Email);
        var answers = Answers();
        answers.Remove("Input.Trainers");

        var page = await client.GetDocumentAsync($"/training/feedback/{booking}");
        var response = await client.SubmitFormAsync(page, answers, "form[data-form='feedback']");

        var document = await HttpExtensions.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Rate the trainers", document.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.NotNull(document.QuerySelector("#Input_Overall-4[checked]"));
        Assert.Contains("Case studies", document.QuerySelector("textarea[name='Input.WentWell']")!.TextContent);
        Assert.False(await factory.WithDbAsync(db => db.Set<McnHub.Features.Training.Model.Feedback>().AnyAsync(f => f.BookingId == booking)));
    }

    [Fact]
    public async Task Someone_else_cannot_give_feedback_on_a_booking_but_the_emailed_link_works_without_signing_in()
    {
        var learner = await factory.CreatePlainPersonAsync();
        var session = await factory.CreateSessionAsync(await factory.CreateCourseAsync(), DateTime.UtcNow.AddDays(-2));
        var booking = await factory.CreateBookingAsync(session, learner, b => b.Attendance = AttendanceOutcome.Attended);
        var other = await factory.SignInAsync("member@riverlands.example");
        var token = factory.Services.GetRequiredService<FeedbackLinks>().Token(booking);

        var refused = await other.GetAsync($"/training/feedback/{booking}");
        var forged = await factory.CreateBrowserClient().GetAsync($"/training/feedback/link/{Uri.EscapeDataString(token[..^2] + "xx")}");
        var anonymous = factory.CreateBrowserClient();
        var page = await anonymous.GetDocumentAsync($"/training/feedback/link/{Uri.EscapeDataString(token)}");
        var sent = await anonymous.SubmitFormAsync(page, Answers(), "form[data-form='feedback']");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Set<McnHub.Features.Training.Model.Feedback>().AnyAsync(f => f.BookingId == booking)));
    }

    [Fact]
    public async Task Summaries_give_means_counts_and_the_change_in_confidence_per_session_course_and_trainer()
    {
        var trainer = await factory.CreatePlainPersonAsync("Summary trainer");
        var course = await factory.CreateCourseAsync();
        var session = await factory.CreateSessionAsync(course, DateTime.UtcNow.AddDays(-5), trainers: [trainer]);
        await AttendWithFeedbackAsync(session, overall: 5, before: 1, after: 4);
        await AttendWithFeedbackAsync(session, overall: 4, before: 2, after: 4);
        await factory.CreateBookingAsync(session, await factory.CreatePlainPersonAsync(), b => b.Attendance = AttendanceOutcome.Attended);
        await factory.CreateBookingAsync(session, await factory.CreatePlainPersonAsync(), b => b.Attendance = AttendanceOutcome.DidNotAttend);
        var client = await factory.SignInAsync("educator@riverlands.example");

        var figures = await factory.WithDbAsync(db => FeedbackSummary.ForSessionAsync(db, session, "s", default));
        var index = await client.GetDocumentAsync("/training/feedback");
        var sessionPage = await client.GetDocumentAsync($"/training/sessions/{session}/feedback");

        Assert.Equal(3, figures.Attended);
        Assert.Equal(2, figures.Responses);
        Assert.Equal(4.5, figures.Overall);
        Assert.Equal(1.5, figures.ConfidenceBefore);
        Assert.Equal(4.0, figures.ConfidenceAfter);
        Assert.Equal(2.5, figures.ConfidenceChange);
        var trainerName = await factory.WithDbAsync(db => Task.FromResult(db.Set<McnHub.Features.Members.People.Person>().Single(p => p.Id == trainer).FullName));
        var trainerRow = index.QuerySelector($"tr[data-row='{trainerName}']")!;
        Assert.Equal("4.5", trainerRow.QuerySelector("[data-overall]")!.TextContent);
        Assert.Equal("+2.5", trainerRow.QuerySelector("[data-change]")!.TextContent);
        Assert.Equal("2 (67%)", sessionPage.QuerySelector("[data-responses]")!.TextContent);
        Assert.Contains("Case studies", sessionPage.Text());
        var member = await (await factory.SignInAsync("member@riverlands.example")).GetAsync("/training/feedback");
        Assert.Contains("/account/access-denied", member.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attendees_who_have_not_answered_get_one_reminder_with_a_working_link()
    {
        var session = await factory.CreateSessionAsync(await factory.CreateCourseAsync(), DateTime.UtcNow.AddDays(-3));
        var quiet = await factory.CreatePlainPersonAsync("Quiet");
        var quietBooking = await factory.CreateBookingAsync(session, quiet, b => b.Attendance = AttendanceOutcome.Attended);
        var answered = await AttendWithFeedbackAsync(session, 4, 2, 3);
        var absent = await factory.CreateBookingAsync(session, await factory.CreatePlainPersonAsync(), b => b.Attendance = AttendanceOutcome.DidNotAttend);
        var reminder = factory.Services.GetRequiredService<FeedbackReminder>();
        var email = await factory.WithDbAsync(db => Task.FromResult(db.Set<McnHub.Features.Members.People.Person>().Single(p => p.Id == quiet).Email));

        await reminder.SendDueRemindersAsync(DateTime.UtcNow);
        await reminder.SendDueRemindersAsync(DateTime.UtcNow.AddDays(1));

        var message = Assert.Single(MailTo(email));
        Assert.StartsWith("Your feedback on ", message.Subject);
        var link = message.TextBody!.Split('\n').Select(l => l.Trim()).Single(l => l.Contains("/training/feedback/link/", StringComparison.Ordinal));
        var page = await factory.CreateBrowserClient().GetDocumentAsync(new Uri(link).PathAndQuery);
        Assert.NotNull(page.QuerySelector("form[data-form='feedback']"));
        Assert.NotNull((await factory.LoadBookingAsync(quietBooking)).FeedbackReminderSentAt);
        Assert.Null((await factory.LoadBookingAsync(answered)).FeedbackReminderSentAt);
        Assert.Null((await factory.LoadBookingAsync(absent)).FeedbackReminderSentAt);
    }

    private async Task<int> AttendWithFeedbackAsync(int session, int overall, int before, int after)
    {
        var booking = await factory.CreateBookingAsync(session, await factory.CreatePlainPersonAsync(), b => b.Attendance = AttendanceOutcome.Attended);
        await factory.WithDbAsync(async db =>
        {
            db.Add(new McnHub.Features.Training.Model.Feedback { BookingId = booking, SubmittedAt = DateTime.UtcNow, Overall = overall, Relevance = 4, Trainers = 4, Organisation = 4, ConfidenceBefore = before, ConfidenceAfter = after, WentWell = "Case studies" });
            return await db.SaveChangesAsync();
        });
        return booking;
    }

    private List<MimeMessage> MailTo(string address) =>
        !System.IO.Directory.Exists(factory.MailFolder)
            ? []
            : System.IO.Directory.GetFiles(factory.MailFolder, "*.eml")
                .Select(path => MimeMessage.Load(path))
                .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
                .ToList();
}
