using System.Net;
using McnHub.Features.Training.Model;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Training.Manage;

public sealed class SessionCancelTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task Cancelling_a_session_marks_every_booking_and_emails_everyone_booked_with_the_note()
    {
        var session = await factory.SessionAsync(capacity: 2);
        var people = await factory.PeopleAsync(3, skip: 60);
        await factory.BookAsync(session.Id, people[0].Id);
        await factory.BookAsync(session.Id, people[1].Id);
        await factory.BookAsync(session.Id, people[2].Id, waitList: true);
        var client = await factory.SignInAsync("educator@riverlands.example");
        var form = await client.GetDocumentAsync($"/training/sessions/{session.Id}/cancel");
        var note = "The trainer is unwell; we will run it again in the spring " + Guid.NewGuid().ToString("N")[..6];

        var response = await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Note"] = note });

        Assert.Contains("3 people", form.Text());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Set<TrainingSession>().AsNoTracking().SingleAsync(s => s.Id == session.Id));
        Assert.Equal(SessionStatus.Cancelled, saved.Status);
        Assert.Equal(note, saved.CancellationNote);
        Assert.All(await factory.BookingsAsync(session.Id), b => Assert.Equal(BookingStatus.SessionCancelled, b.Status));
        foreach (var p in people)
        {
            var mail = TrainingMailbox.Latest(factory, p.Email, "Session cancelled");
            Assert.Contains(note, mail.TextBody);
        }

        var again = await client.GetDocumentAsync($"/training/sessions/{session.Id}/cancel");
        Assert.Contains("already cancelled", again.Text());
    }

    [Fact]
    public async Task A_member_cannot_cancel_a_session()
    {
        var session = await factory.SessionAsync();
        var client = await factory.SignInAsync(Member);

        var response = await client.GetAsync($"/training/sessions/{session.Id}/cancel");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("access-denied", response.Headers.Location?.ToString() ?? "access-denied");
        Assert.Equal(SessionStatus.Open, await factory.WithDbAsync(db => db.Set<TrainingSession>().Where(s => s.Id == session.Id).Select(s => s.Status).SingleAsync()));
    }
}
