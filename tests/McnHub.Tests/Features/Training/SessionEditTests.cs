using System.Net;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Training.Model;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Training;

public sealed class SessionEditTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private const string Educator = "educator@riverlands.example";

    private static Dictionary<string, string> Values(TrainingSession s, string? capacity = null, int startShiftHours = 0, int endShiftHours = 0) => new()
    {
        ["Input.StartsAt"] = MeetingTime.ToInput(s.StartsAt.AddHours(startShiftHours)),
        ["Input.EndsAt"] = MeetingTime.ToInput(s.EndsAt.AddHours(endShiftHours)),
        ["Input.Capacity"] = capacity ?? s.Capacity.ToString(),
        ["Input.BookingDeadline"] = "",
    };

    [Fact]
    public async Task A_session_ending_before_it_starts_and_a_capacity_below_its_bookings_are_refused_keeping_the_input()
    {
        var session = await factory.SessionAsync(capacity: 3);
        foreach (var p in await factory.PeopleAsync(2, skip: 45))
        {
            await factory.BookAsync(session.Id, p.Id);
        }

        var client = await factory.SignInAsync(Educator);
        var form = await client.GetDocumentAsync($"/training/sessions/{session.Id}/edit");

        var backwards = await PageOfAsync(await client.SubmitFormAsync(form, Values(session, endShiftHours: -5)));
        var tooSmall = await PageOfAsync(await client.SubmitFormAsync(form, Values(session, capacity: "1")));

        Assert.Contains("The session must end after it starts", backwards.FieldError("Input_EndsAt"));
        Assert.Contains("2 places are already booked or offered", tooSmall.FieldError("Input_Capacity"));
        Assert.Equal("1", tooSmall.FieldValue("Input_Capacity"));
        Assert.Equal(3, await factory.WithDbAsync(db => db.Set<TrainingSession>().Where(s => s.Id == session.Id).Select(s => s.Capacity).SingleAsync()));
    }

    [Fact]
    public async Task More_places_go_to_the_waiting_list_at_once_and_a_stale_edit_is_explained()
    {
        var session = await factory.SessionAsync(capacity: 1);
        var p = await factory.PeopleAsync(2, skip: 50);
        await factory.BookAsync(session.Id, p[0].Id);
        await factory.BookAsync(session.Id, p[1].Id, waitList: true);
        var client = await factory.SignInAsync(Educator);
        var form = await client.GetDocumentAsync($"/training/sessions/{session.Id}/edit");

        var saved = await client.SubmitFormAsync(form, Values(session, capacity: "2"));
        var stale = await PageOfAsync(await client.SubmitFormAsync(form, Values(session, capacity: "5")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(BookingStatus.Offered, (await factory.BookingsAsync(session.Id))[1].Status);
        Assert.Contains("Someone else saved changes to this session", stale.ErrorSummary());
        Assert.Contains("Capacity is now saved as “2”; you entered “5”", stale.FieldError("Input_Capacity"));
    }

    [Fact]
    public async Task A_member_cannot_edit_a_session()
    {
        var session = await factory.SessionAsync();
        var client = await factory.SignInAsync(Member);

        var response = await client.GetAsync($"/training/sessions/{session.Id}/edit");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("access-denied", response.Headers.Location?.ToString() ?? "access-denied");
    }
}
