using System.Net;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Governance.Meetings;

/// <summary>Runs the demo governance seed on its own demo network (this class's own database).</summary>
public sealed class DemoGovernanceMeetingsTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private async Task SeedAsync() => await factory.WithDbAsync(async db =>
    {
        await DemoGovernanceMeetings.SeedAsync(db, Today, CancellationToken.None);
        return 0;
    });

    [Fact]
    public async Task The_demo_groups_have_terms_of_reference_and_a_year_of_meetings_all_quorate_but_one()
    {
        await SeedAsync();

        var results = await factory.WithDbAsync(async db =>
        {
            var groups = await db.Set<Group>().Include(g => g.Parent).ToListAsync();
            var boardTerms = await db.Set<TermsOfReference>().CountAsync(t => t.Group!.Name == "Network board");
            var held = await db.Set<Meeting>().Include(m => m.Attendance).Where(m => m.Status == MeetingStatus.Held).ToListAsync();
            var notQuorate = new List<string>();
            foreach (var m in held)
            {
                var terms = await db.Set<TermsOfReference>().Where(t => t.GroupId == m.GroupId).OrderByDescending(t => t.Number).FirstAsync();
                var seats = await GroupMembership.SeatsOnAsync(db, m.GroupId, MeetingTime.UkDate(m.StartsAt), default);
                if (!QuorumCalculator.Calculate(QuorumRule.From(terms), seats, m.Attendance.Select(QuorumAttendee.From), QuorumBasis.Presence).Quorate)
                {
                    notQuorate.Add(m.Title);
                }
            }

            var upcomingAccepted = await db.Set<Attendance>().AnyAsync(a => a.Meeting!.Status == MeetingStatus.Scheduled && a.Status == AttendanceStatus.Accepted);
            var guests = await db.Set<Attendance>().CountAsync(a => a.IsGuest);
            return (groups, boardTerms, held.Count, notQuorate, upcomingAccepted, guests);
        });

        Assert.Equal(6, results.groups.Count);
        Assert.Equal("Network board", results.groups.Single(g => g.Name == "Steering group").Parent!.Name);
        Assert.Equal(4, results.groups.Count(g => g.Parent?.Name == "Steering group"));
        Assert.Equal(GroupVisibility.Private, results.groups.Single(g => g.Name == "Data group").Visibility);
        Assert.Equal(2, results.boardTerms);
        Assert.True(results.Item3 >= 15);
        Assert.True(results.notQuorate.Count == 1, string.Join("; ", results.notQuorate));
        Assert.StartsWith("Education group", results.notQuorate[0]);
        Assert.True(results.upcomingAccepted);
        Assert.True(results.guests > 0);
    }

    [Fact]
    public async Task The_demo_groups_and_meetings_pages_render_for_a_member()
    {
        await SeedAsync();
        var client = await factory.SignInAsync(Member);
        var meetingIds = await factory.WithDbAsync(db => db.Set<Meeting>().OrderBy(m => m.Id).Select(m => m.Id).ToListAsync());
        var groupIds = await factory.WithDbAsync(db => db.Set<Group>().Select(g => g.Id).ToListAsync());

        var list = await client.GetDocumentAsync("/governance/groups");

        Assert.Equal(6, list.QuerySelectorAll("[data-list=groups] tbody tr").Length);
        foreach (var id in groupIds)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/governance/groups/{id}")).StatusCode);
        }

        foreach (var id in meetingIds.Take(12))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/governance/meetings/{id}")).StatusCode);
        }
    }
}
