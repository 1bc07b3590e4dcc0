using McnHub.Features.Governance.Actions;
using McnHub.Features.Governance.Decisions;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Minutes;
using McnHub.Tests.Features.Governance.Minutes;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace McnHub.Tests.Features.Governance.Actions;

/// <summary>What differs on PostgreSQL: case-insensitive search, date comparisons, ExecuteUpdate, the minutes graph.</summary>
public sealed class GovernanceLogPostgresTests(PostgresMcnHubFactory factory) : IClassFixture<PostgresMcnHubFactory>
{
    [Fact]
    public async Task Action_reminders_are_sent_once_and_marked_without_bumping_the_version_on_postgresql()
    {
        var owner = await factory.CreatePersonAsync("Owner");
        var now = DateTime.UtcNow;
        var action = await factory.CreateActionAsync(owner.Id, a => a.DueOn = DateOnly.FromDateTime(now).AddDays(-1));
        var reminder = factory.Services.GetRequiredService<ActionReminder>();

        var first = await reminder.SendDueRemindersAsync(now);
        var again = await reminder.SendDueRemindersAsync(now.AddDays(2));

        Assert.True(first >= 1);
        Assert.Equal(0, again);
        var saved = await factory.LoadActionAsync(action);
        Assert.Equal(0, saved.Version);
        Assert.NotNull(saved.LastReminderAt);
    }

    [Fact]
    public async Task Decision_search_ignores_case_and_the_minutes_workflow_saves_on_postgresql()
    {
        var chair = await factory.CreatePersonAsync("Chair");
        var group = await factory.CreateGroupAsync(GroupVisibility.Public, 1, (chair.Id, GroupRole.Chair));
        var meeting = await factory.CreateMeetingAsync(group, DateTime.UtcNow.AddDays(-30), ["Item"], chair.Id);
        var later = await factory.CreateMeetingAsync(group, DateTime.UtcNow.AddDays(-1), ["Minutes"], chair.Id);
        var tag = "Zebra" + Guid.NewGuid().ToString("N")[..6];
        await factory.WithDbAsync(async db =>
        {
            db.Add(new Decision { GroupId = group, Statement = $"Adopt the {tag} pathway", DecidedOn = new DateOnly(2026, 1, 1) });
            var m = await db.Set<McnHub.Features.Governance.Meetings.Meeting>().Include(x => x.AgendaItems).SingleAsync(x => x.Id == meeting);
            var minutes = new MeetingMinutes { MeetingId = meeting, Meeting = m };
            minutes.Write(m.AgendaItems[0].Id, "Noted", "chair", DateTime.UtcNow);
            minutes.Circulate(DateTime.UtcNow);
            minutes.Approve(await db.Set<McnHub.Features.Governance.Meetings.Meeting>().SingleAsync(x => x.Id == later), chair.Id, false, DateTime.UtcNow);
            db.Add(minutes);
            return await db.SaveChangesAsync();
        });
        var client = await factory.SignInAsync(chair.Email);

        var results = await client.GetDocumentAsync($"/governance/decisions?q={tag.ToLowerInvariant()}");
        var page = await client.GetDocumentAsync($"/governance/meetings/{meeting}/minutes");

        Assert.Equal([$"Adopt the {tag} pathway"], results.QuerySelectorAll("table[data-list=decisions] tbody td:first-child a").Select(a => a.TextContent.Trim()));
        Assert.Equal("Approved", page.QuerySelector("[data-minutes-status]")?.GetAttribute("data-minutes-status"));
        Assert.NotNull(page.QuerySelector("[data-not-quorate]"));
    }
}
