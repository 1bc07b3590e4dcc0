using System.Globalization;
using System.Text.Json;
using McnHub.Features.Governance.Dashboard;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Governance.Minutes;
using McnHub.Features.Members.People;
using McnHub.Tests.Features.Governance.Dashboard;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Governance.Meetings;

/// <summary>A meeting's stage (held, minutes due, minutes approved...) as the group page, meeting page, API and dashboard show it.</summary>
public sealed class MeetingStatusPageTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private const string Coordinator = "coordinator@riverlands.example";

    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    private sealed record Meetings(int GroupId, Meeting Future, Meeting Recent, Meeting Overdue, Meeting Draft, Meeting Approved, Meeting Cancelled);

    /// <summary>
    /// One group's meetings, every one stored as "Scheduled" (as they are when nobody updates them) except the cancelled
    /// one: still to come, held 3 days ago without minutes, held 40 days ago without minutes, held 30 days ago with draft
    /// minutes, and held 60 days ago with minutes approved at the meeting 3 days ago.
    /// </summary>
    private async Task<Meetings> SeedAsync()
    {
        var now = DateTime.UtcNow;
        var group = await factory.AddGroupAsync();
        var future = await factory.AddMeetingAsync(group.Id, now.AddDays(10));
        var recent = await factory.AddMeetingAsync(group.Id, now.AddDays(-3));
        var overdue = await factory.AddMeetingAsync(group.Id, now.AddDays(-40));
        var draft = await factory.AddMeetingAsync(group.Id, now.AddDays(-30));
        var approved = await factory.AddMeetingAsync(group.Id, now.AddDays(-60));
        var cancelled = await factory.AddMeetingAsync(group.Id, now.AddDays(-50), status: MeetingStatus.Cancelled);
        await factory.AddMinutesAsync(draft.Id, circulate: false);
        await factory.AddMinutesAsync(approved.Id, circulate: true);
        await factory.WithDbAsync(async db =>
        {
            var minutes = await db.Set<MeetingMinutes>().Include(m => m.Meeting).SingleAsync(m => m.MeetingId == approved.Id);
            var at = await db.Set<Meeting>().SingleAsync(m => m.Id == recent.Id);
            var mover = await db.Set<Person>().OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            minutes.Approve(at, mover, quorate: true, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        return new Meetings(group.Id, future, recent, overdue, draft, approved, cancelled);
    }

    private static string? Stage(AngleSharp.Dom.IElement? scope) => scope?.QuerySelector("[data-meeting-stage]")?.TextContent.Trim();

    [Fact]
    public async Task The_group_page_shows_past_meetings_as_held_with_their_minutes_stage_and_future_ones_as_scheduled()
    {
        var m = await SeedAsync();
        var client = await factory.SignInAsync(Coordinator);

        var page = await client.GetDocumentAsync($"/governance/groups/{S(m.GroupId)}");

        AngleSharp.Dom.IElement? Item(Meeting meeting) => page.QuerySelector($"[data-meeting='{S(meeting.Id)}']");
        Assert.Equal("Scheduled", Stage(Item(m.Future)));
        Assert.Equal("Held – minutes due", Stage(Item(m.Recent)));
        Assert.Equal("Held – minutes due", Stage(Item(m.Overdue)));
        Assert.Equal("Minutes draft", Stage(Item(m.Draft)));
        Assert.Equal("Minutes approved", Stage(Item(m.Approved)));
        Assert.Equal("Cancelled", Stage(Item(m.Cancelled)));
        Assert.Contains("nhsuk-tag--green", Item(m.Approved)!.QuerySelector("[data-meeting-stage]")!.ClassList);
        Assert.NotNull(Item(m.Overdue)!.QuerySelector("[data-minutes-overdue]"));
        Assert.NotNull(Item(m.Draft)!.QuerySelector("[data-minutes-overdue]"));
        Assert.Null(Item(m.Recent)!.QuerySelector("[data-minutes-overdue]"));
        Assert.Null(Item(m.Approved)!.QuerySelector("[data-minutes-overdue]"));
        Assert.DoesNotContain(page.QuerySelectorAll("[data-meeting-stage]"), e => e.TextContent.Trim() == "Scheduled" && e.Closest("[data-meeting]") != Item(m.Future));
    }

    [Fact]
    public async Task The_meeting_page_shows_its_stage_and_links_a_held_meeting_to_its_minutes()
    {
        var m = await SeedAsync();
        var client = await factory.SignInAsync(Coordinator);

        var recent = await client.GetDocumentAsync($"/governance/meetings/{S(m.Recent.Id)}");
        var overdue = await client.GetDocumentAsync($"/governance/meetings/{S(m.Overdue.Id)}");
        var approved = await client.GetDocumentAsync($"/governance/meetings/{S(m.Approved.Id)}");
        var future = await client.GetDocumentAsync($"/governance/meetings/{S(m.Future.Id)}");

        Assert.Equal("Held – minutes due", Stage(recent.QuerySelector("[data-meeting-details]")));
        Assert.Null(recent.QuerySelector("[data-minutes-overdue]"));
        Assert.NotNull(recent.QuerySelector($"a[data-link=minutes][href='/governance/meetings/{S(m.Recent.Id)}/minutes']"));
        Assert.NotNull(overdue.QuerySelector("[data-meeting-details] [data-minutes-overdue]"));
        Assert.Equal("Minutes approved", Stage(approved.QuerySelector("[data-meeting-details]")));
        Assert.Equal("Scheduled", Stage(future.QuerySelector("[data-meeting-details]")));
        Assert.Null(future.QuerySelector("a[data-link=minutes]"));
    }

    [Fact]
    public async Task The_api_gives_the_derived_status_its_wording_and_whether_the_minutes_are_overdue()
    {
        var m = await SeedAsync();
        var client = await factory.SignInAsync(Coordinator);

        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/meetings?group={S(m.GroupId)}"));

        var byId = json.RootElement.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetInt32());
        (string?, string?, bool) Status(Meeting meeting) =>
            (byId[meeting.Id].GetProperty("status").GetString(), byId[meeting.Id].GetProperty("statusText").GetString(), byId[meeting.Id].GetProperty("minutesOverdue").GetBoolean());
        Assert.Equal(("Scheduled", "Scheduled", false), Status(m.Future));
        Assert.Equal(("MinutesDue", "Held – minutes due", false), Status(m.Recent));
        Assert.Equal(("MinutesDue", "Held – minutes due", true), Status(m.Overdue));
        Assert.Equal(("MinutesDraft", "Minutes draft", true), Status(m.Draft));
        Assert.Equal(("MinutesApproved", "Minutes approved", false), Status(m.Approved));
        Assert.Equal(("Cancelled", "Cancelled", false), Status(m.Cancelled));
    }

    [Fact]
    public async Task The_dashboard_points_out_meetings_whose_minutes_are_overdue_and_no_others()
    {
        var m = await SeedAsync();

        var section = await factory.LoadSectionAsync<MinutesOverdueSource>();

        Assert.Equal("minutes-overdue", section.Key);
        var overdue = Assert.Single(section.Items, i => i.Text.Contains(m.Overdue.Title, StringComparison.Ordinal));
        Assert.Equal($"/governance/meetings/{S(m.Overdue.Id)}/minutes", overdue.Link);
        Assert.Equal("No minutes yet", overdue.Detail);
        var draft = Assert.Single(section.Items, i => i.Text.Contains(m.Draft.Title, StringComparison.Ordinal));
        Assert.Equal("Minutes drafted but not circulated", draft.Detail);
        Assert.False(section.Lists(m.Recent.Title));
        Assert.False(section.Lists(m.Approved.Title));
        Assert.False(section.Lists(m.Cancelled.Title));
        Assert.False(section.Lists(m.Future.Title));
        var index = section.Items.ToList();
        Assert.True(index.IndexOf(overdue) < index.IndexOf(draft), "the longest overdue comes first");
    }

    [Fact]
    public async Task The_dashboard_page_shows_the_overdue_minutes_section_with_a_link_to_the_minutes()
    {
        var m = await SeedAsync();
        var client = await factory.SignInAsync(Coordinator);

        var page = await client.GetDocumentAsync("/governance/dashboard");

        var section = page.QuerySelector("[data-section=minutes-overdue]");
        Assert.NotNull(section);
        Assert.NotNull(section.QuerySelector($"a[href='/governance/meetings/{S(m.Overdue.Id)}/minutes']"));
        Assert.Null(section.QuerySelector($"a[href='/governance/meetings/{S(m.Recent.Id)}/minutes']"));
    }
}
