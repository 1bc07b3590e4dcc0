using System.Net;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Training.Model;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Training.Manage;

public sealed class SessionCreateTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private const string Educator = "educator@riverlands.example";

    private static readonly DateTime Start = DateTime.UtcNow.Date.AddDays(40).AddHours(10);

    private static Dictionary<string, string> Values(string title, DateTime starts, DateTime ends, DateTime? deadline = null, string format = nameof(TrainingFormat.InPerson), string venue = "Riverlands Education Centre") => new()
    {
        ["Input.Title"] = title,
        ["Input.StartsAt"] = MeetingTime.ToInput(starts),
        ["Input.EndsAt"] = MeetingTime.ToInput(ends),
        ["Input.Format"] = format,
        ["Input.VenueName"] = venue,
        ["Input.Capacity"] = "12",
        ["Input.BookingDeadline"] = deadline is { } d ? MeetingTime.ToInput(d) : "",
    };

    private async Task<(HttpClient Client, AngleSharp.Dom.IDocument Form, int CourseId)> OpenAsync()
    {
        var course = (await factory.SessionAsync()).CourseId;
        var client = await factory.SignInAsync(Educator);
        return (client, await client.GetDocumentAsync($"/training/courses/{course}/sessions/new"), course);
    }

    [Fact]
    public async Task A_session_ending_before_it_starts_is_refused_keeping_the_input()
    {
        var (client, form, course) = await OpenAsync();
        var title = "Backwards " + Guid.NewGuid().ToString("N")[..8];

        var page = await PageOfAsync(await client.SubmitFormAsync(form, Values(title, Start, Start.AddHours(-2))));

        Assert.Contains("The session must end after it starts", page.FieldError("Input_EndsAt"));
        Assert.Equal(MeetingTime.ToInput(Start.AddHours(-2)), page.FieldValue("Input_EndsAt"));
        Assert.Equal(title, page.FieldValue("Input_Title"));
        Assert.False(await factory.WithDbAsync(db => db.Set<TrainingSession>().AnyAsync(s => s.CourseId == course && s.Title == title)));
    }

    [Fact]
    public async Task A_booking_deadline_after_the_start_is_refused()
    {
        var (client, form, course) = await OpenAsync();
        var title = "Late deadline " + Guid.NewGuid().ToString("N")[..8];

        var page = await PageOfAsync(await client.SubmitFormAsync(form, Values(title, Start, Start.AddHours(3), deadline: Start.AddHours(1))));

        Assert.Contains("The booking deadline must not be after the session starts", page.FieldError("Input_BookingDeadline"));
        Assert.False(await factory.WithDbAsync(db => db.Set<TrainingSession>().AnyAsync(s => s.CourseId == course && s.Title == title)));
    }

    [Fact]
    public async Task A_virtual_session_needs_a_video_link_and_places_must_be_one_or_more()
    {
        var (client, form, _) = await OpenAsync();
        var values = Values("Virtual " + Guid.NewGuid().ToString("N")[..8], Start, Start.AddHours(2), format: nameof(TrainingFormat.Virtual), venue: "");
        values["Input.Capacity"] = "0";

        var page = await PageOfAsync(await client.SubmitFormAsync(form, values));

        Assert.Contains("Enter the video link", page.FieldError("Input_VideoLink"));
        Assert.Contains("1 or more", page.FieldError("Input_Capacity"));
    }

    [Fact]
    public async Task A_valid_session_is_created_open_with_its_trainers()
    {
        var (client, form, course) = await OpenAsync();
        var trainer = (await factory.PeopleAsync(1, skip: 5))[0];
        var title = "Study day " + Guid.NewGuid().ToString("N")[..8];
        var values = Values(title, Start, Start.AddHours(6), deadline: Start.AddDays(-2));
        values["Input.TrainerIds[0]"] = trainer.Id.ToString();

        var response = await client.SubmitFormAsync(form, values);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Set<TrainingSession>().Include(s => s.Trainers).SingleAsync(s => s.CourseId == course && s.Title == title));
        Assert.Equal(Start, saved.StartsAt);
        Assert.Equal(Start.AddDays(-2), saved.BookingDeadline);
        Assert.Equal(12, saved.Capacity);
        Assert.Equal(SessionStatus.Open, saved.Status);
        Assert.Equal([trainer.Id], saved.Trainers.Select(t => t.PersonId));
    }

    [Fact]
    public async Task A_member_cannot_add_a_session()
    {
        var course = (await factory.SessionAsync()).CourseId;
        var client = await factory.SignInAsync(Member);

        var response = await client.GetAsync($"/training/courses/{course}/sessions/new");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("access-denied", response.Headers.Location?.ToString() ?? "access-denied");
    }
}
