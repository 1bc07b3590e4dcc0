using System.Net;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Tests.Features.Governance.Groups;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Governance.Meetings;

/// <summary>What differs on PostgreSQL: case-insensitive uniqueness, UTC timestamps and overlap queries, date comparisons in membership.</summary>
public sealed class PostgresGovernanceTests(PostgresMcnHubFactory factory) : IClassFixture<PostgresMcnHubFactory>
{
    [Fact]
    public async Task A_duplicate_group_name_in_another_case_is_refused_on_postgresql_too()
    {
        await factory.GroupAsync("Postgres duplicate group");
        var client = await factory.SignInAsync(Coordinator);

        var page = await PageOfAsync(await client.SubmitFormAsync(await client.GetDocumentAsync("/governance/groups/new"), new Dictionary<string, string>
        {
            ["Input.Name"] = "POSTGRES DUPLICATE GROUP", ["Input.Kind"] = "Other",
        }));

        Assert.Contains("There is already a group with this name", page.FieldError("Input_Name"));
    }

    [Fact]
    public async Task Meetings_are_stored_in_utc_and_overlaps_are_found_on_postgresql_too()
    {
        var group = await factory.GroupAsync("Postgres meetings group");
        var client = await factory.SignInAsync(Coordinator);
        var day = new DateOnly(Today.Year + 1, 1, 12);
        var form = await client.GetDocumentAsync($"/governance/meetings/new?groupId={group.Id}");
        Dictionary<string, string> Values(string title, int from, int to) => new()
        {
            ["Input.Title"] = title, ["Input.StartsAt"] = $"{Date(day)}T{from:D2}:00", ["Input.EndsAt"] = $"{Date(day)}T{to:D2}:00", ["Input.Place"] = "Room",
        };

        var first = await client.SubmitFormAsync(form, Values("Winter meeting", 10, 12));
        var clash = await PageOfAsync(await client.SubmitFormAsync(form, Values("Clash", 11, 12)));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("Winter meeting", clash.FieldError("Input_StartsAt"));
        var saved = await factory.WithDbAsync(db => db.Set<Meeting>().SingleAsync(m => m.GroupId == group.Id));
        Assert.Equal(new DateTime(day.Year, 1, 12, 10, 0, 0), saved.StartsAt);
    }

    [Fact]
    public async Task The_demo_governance_seed_and_its_quorum_work_on_postgresql()
    {
        var count = await factory.WithDbAsync(async db =>
        {
            await DemoGovernanceMeetings.SeedAsync(db, Today, CancellationToken.None);
            var board = await db.Set<Group>().SingleAsync(g => g.Name == "Network board");
            var seats = await GroupMembership.SeatsOnAsync(db, board.Id, Today, CancellationToken.None);
            return seats.Count(s => s.Counts && s.PersonIds.Count > 0);
        });

        Assert.Equal(6, count);
        var page = await (await factory.SignInAsync(Member)).GetDocumentAsync("/governance/groups");
        Assert.Contains("Advance care plan task-and-finish group", page.QuerySelector("[data-list=groups]")!.TextContent);
    }
}
