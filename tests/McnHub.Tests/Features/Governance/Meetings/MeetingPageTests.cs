using System.Globalization;
using System.Net;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Tests.Features.Governance.Groups;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Governance.Meetings;

public sealed class MeetingPageTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Local(DateOnly day, int hour) => $"{Date(day)}T{hour:D2}:00";

    private static Dictionary<string, string> Meeting(string title, DateOnly day, int from, int to) => new()
    {
        ["Input.Title"] = title, ["Input.StartsAt"] = Local(day, from), ["Input.EndsAt"] = Local(day, to), ["Input.Place"] = "Board room",
    };

    [Fact]
    public async Task A_meeting_is_scheduled_in_uk_time_and_stored_in_utc()
    {
        var group = await factory.GroupAsync("Scheduling group");
        var client = await factory.SignInAsync(Coordinator);
        var day = new DateOnly(Today.Year + 1, 7, 1);

        var response = await client.SubmitFormAsync(await client.GetDocumentAsync($"/governance/meetings/new?groupId={group.Id}"), Meeting("Summer meeting", day, 10, 12));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var meeting = await factory.WithDbAsync(db => db.Set<Meeting>().SingleAsync(m => m.GroupId == group.Id));
        Assert.Equal(new DateTime(day.Year, 7, 1, 9, 0, 0), meeting.StartsAt);
        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("10:00 on 1 July", page.QuerySelector("[data-meeting-details]")!.TextContent);
    }

    [Fact]
    public async Task A_meeting_that_ends_before_it_starts_is_refused_with_the_input_kept()
    {
        var group = await factory.GroupAsync("Backwards meeting group");
        var client = await factory.SignInAsync(Coordinator);
        var day = Today.AddDays(30);

        var page = await PageOfAsync(await client.SubmitFormAsync(await client.GetDocumentAsync($"/governance/meetings/new?groupId={group.Id}"), Meeting("Backwards", day, 14, 13)));

        Assert.Contains("a meeting that ends before it starts", page.FieldError("Input_EndsAt"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Backwards", page.FieldValue("Input_Title"));
        Assert.Equal(Local(day, 13), page.FieldValue("Input_EndsAt"));
        Assert.False(await factory.WithDbAsync(db => db.Set<Meeting>().AnyAsync(m => m.GroupId == group.Id)));
    }

    [Fact]
    public async Task Two_meetings_of_one_group_cannot_overlap_and_the_other_meeting_is_named()
    {
        var group = await factory.GroupAsync("Overlap group");
        var client = await factory.SignInAsync(Coordinator);
        var day = Today.AddDays(40);
        var form = await client.GetDocumentAsync($"/governance/meetings/new?groupId={group.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync(form, Meeting("First meeting", day, 10, 12))).StatusCode);

        var page = await PageOfAsync(await client.SubmitFormAsync(form, Meeting("Clashing meeting", day, 11, 13)));
        var after = await client.SubmitFormAsync(form, Meeting("Back-to-back meeting", day, 12, 13));

        Assert.Contains("overlaps the group's meeting \"First meeting\"", page.FieldError("Input_StartsAt"));
        Assert.Equal("Clashing meeting", page.FieldValue("Input_Title"));
        Assert.Equal(Local(day, 11), page.FieldValue("Input_StartsAt"));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task Attendance_with_a_guest_and_a_deputy_shows_the_quorum_by_presence_with_reasons()
    {
        var group = await factory.GroupAsync("Attendance group", nhsMembers: 2, nonNhsMembers: 1);
        var (nhs, nonNhs) = await factory.WithDbAsync(GovernanceTestData.LeadsAsync);
        var meetingId = await factory.WithDbAsync(async db =>
        {
            db.Add(new TermsOfReference { GroupId = group.Id, Number = 1, Purpose = "p", QuorumMinimumMembers = 3, QuorumMinimumNonNhs = 1, QuorumRequiresChairOrViceChair = true, ReviewDate = Today.AddYears(1) });
            var m = new Meeting { GroupId = group.Id, Title = "Held meeting", StartsAt = DateTime.UtcNow.AddDays(-7), EndsAt = DateTime.UtcNow.AddDays(-7).AddHours(2), Place = "Room" };
            db.Add(m);
            await db.SaveChangesAsync();
            return m.Id;
        });
        var chair = nhs[0];
        var outsider = nonNhs[^1];
        var deputy = nhs[^1];
        var client = await factory.SignInAsync(Coordinator);
        var attendance = $"/governance/meetings/{meetingId}/attendance";

        await client.SubmitFormAsync(await client.GetDocumentAsync(attendance), new Dictionary<string, string>(), "form[data-form=invite]");
        await Record(chair, "Present");
        var refused = await PageOfAsync(await client.SubmitFormAsync(await client.GetDocumentAsync(attendance), new Dictionary<string, string> { ["Input.PersonId"] = S(outsider), ["Input.Status"] = "Present" }, "form[data-form=record]"));
        await Record(outsider, "Present", guest: true);
        await Record(deputy, "Present", deputisingFor: nhs[1]);

        Assert.Contains("is not a member of Attendance group", refused.FieldError("Input_PersonId"));
        var page = await client.GetDocumentAsync($"/governance/meetings/{meetingId}");
        var row = page.QuerySelector($"[data-attendee='{outsider}']")!;
        Assert.NotNull(row.QuerySelector("[data-guest]"));
        var records = await factory.WithDbAsync(db => db.Set<Attendance>().Where(a => a.MeetingId == meetingId).ToListAsync());
        Assert.Equal(6, records.Count);
        Assert.True(records.Single(r => r.PersonId == outsider).IsGuest);
        Assert.Equal("not-quorate", page.QuerySelector("[data-quorum]")!.GetAttribute("data-quorum"));
        var reasons = page.QuerySelectorAll("[data-quorum-reasons] li").Select(li => li.TextContent).ToList();
        Assert.Equal(["2 of 4 members present (at least 3 needed)", "no non-NHS member present (at least 1 needed)"], reasons);

        async Task Record(int personId, string status, bool guest = false, int? deputisingFor = null)
        {
            var values = new Dictionary<string, string> { ["Input.PersonId"] = S(personId), ["Input.Status"] = status, ["Input.AsGuest"] = guest ? "true" : "false" };
            if (deputisingFor is { } d)
            {
                values["Input.DeputisingForPersonId"] = S(d);
            }

            var response = await client.SubmitFormAsync(await client.GetDocumentAsync(attendance), values, "form[data-form=record]");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_member_who_is_not_the_chair_or_secretary_cannot_schedule_a_meeting_and_the_attempt_is_audited()
    {
        var group = await factory.GroupAsync("Refused scheduling group");
        var client = await factory.SignInAsync(Member);

        var response = await client.GetAsync($"/governance/meetings/new?groupId={group.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Entity == nameof(Group) && e.EntityKey == S(group.Id) && e.Action == McnHub.Platform.Audit.AuditAction.Refused)));
    }
}
