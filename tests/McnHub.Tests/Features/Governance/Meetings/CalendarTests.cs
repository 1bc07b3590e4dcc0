using System.Net;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Tests.Features.Governance.Groups;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Governance.Meetings;

public sealed class CalendarTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private Task<Meeting> MeetingAsync(Group group, string title, DateTime startUtc, MeetingStatus status = MeetingStatus.Scheduled, string? video = null) =>
        factory.WithDbAsync(async db =>
        {
            var m = new Meeting { GroupId = group.Id, Title = title, StartsAt = startUtc, EndsAt = startUtc.AddHours(2), Place = "Board room", VideoLink = video, Status = status };
            db.Add(m);
            await db.SaveChangesAsync();
            return m;
        });

    [Fact]
    public async Task A_meetings_ics_has_one_event_with_a_stable_uid_utc_times_place_link_and_its_version_as_sequence()
    {
        var group = await factory.GroupAsync("Calendar group");
        var start = new DateTime(2027, 7, 1, 9, 0, 0, DateTimeKind.Utc);
        var meeting = await MeetingAsync(group, "Summer board", start, video: "https://meet.example.org/board");
        await factory.WithDbAsync(async db =>
        {
            // An edit bumps the version, and so the SEQUENCE calendars use to replace their copy.
            var m = await db.Set<Meeting>().SingleAsync(x => x.Id == meeting.Id);
            m.Title = "Summer board (moved room)";
            return await db.SaveChangesAsync();
        });
        var client = await factory.SignInAsync(Member);

        var first = await client.GetAsync($"/governance/meetings/{meeting.Id}.ics");
        var second = await client.GetStringAsync($"/governance/meetings/{meeting.Id}.ics");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/calendar", first.Content.Headers.ContentType!.MediaType);
        var text = await first.Content.ReadAsStringAsync();
        Assert.Contains("DTSTART:20270701T090000Z", text);
        var calendar = Ical.Net.Calendar.Load(text)!;
        var e = Assert.Single(calendar.Events);
        Assert.Equal("Summer board (moved room)", e.Summary);
        Assert.Equal(start, e.DtStart!.AsUtc);
        Assert.Equal(start.AddHours(2), e.DtEnd!.AsUtc);
        Assert.Equal("Board room", e.Location);
        Assert.Equal(new Uri("https://meet.example.org/board"), e.Url);
        Assert.Equal(1, e.Sequence);
        Assert.Equal(e.Uid, Assert.Single(Ical.Net.Calendar.Load(second)!.Events).Uid);
    }

    [Fact]
    public async Task A_groups_feed_lists_its_scheduled_meetings_and_a_private_groups_feed_is_for_its_members_only()
    {
        var open = await factory.GroupAsync("Open feed group");
        await MeetingAsync(open, "Spring", new DateTime(2027, 3, 1, 10, 0, 0, DateTimeKind.Utc));
        await MeetingAsync(open, "Autumn", new DateTime(2027, 9, 1, 10, 0, 0, DateTimeKind.Utc));
        await MeetingAsync(open, "Called off", new DateTime(2027, 10, 1, 10, 0, 0, DateTimeKind.Utc), MeetingStatus.Cancelled);
        var closed = await factory.GroupAsync("Closed feed group", visibility: GroupVisibility.Private);
        var member = await factory.SignInAsync(Member);

        var feed = Ical.Net.Calendar.Load(await member.GetStringAsync($"/governance/groups/{open.Id}/meetings.ics"))!;
        var refused = await member.GetAsync($"/governance/groups/{closed.Id}/meetings.ics");
        var coordinator = await (await factory.SignInAsync(Coordinator)).GetAsync($"/governance/groups/{closed.Id}/meetings.ics");

        Assert.Equal(["Spring", "Autumn"], feed.Events.OrderBy(e => e.DtStart!.AsUtc).Select(e => e.Summary));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, coordinator.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(Group) && a.EntityKey == closed.Id.ToString() && a.UserName == Member)));
    }

    [Fact]
    public async Task A_meeting_marked_held_stays_in_its_groups_feed_and_a_cancelled_one_is_left_out()
    {
        var group = await factory.GroupAsync("Held feed group");
        await MeetingAsync(group, "Held last spring", new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc), MeetingStatus.Held);
        await MeetingAsync(group, "Never marked", new DateTime(2026, 4, 1, 10, 0, 0, DateTimeKind.Utc));
        await MeetingAsync(group, "Called off", new DateTime(2026, 5, 1, 10, 0, 0, DateTimeKind.Utc), MeetingStatus.Cancelled);
        var member = await factory.SignInAsync(Member);

        var feed = Ical.Net.Calendar.Load(await member.GetStringAsync($"/governance/groups/{group.Id}/meetings.ics"))!;

        Assert.Equal(["Held last spring", "Never marked"], feed.Events.OrderBy(e => e.DtStart!.AsUtc).Select(e => e.Summary));
    }
}
