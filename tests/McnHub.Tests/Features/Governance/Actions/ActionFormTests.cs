using System.Globalization;
using System.Net;
using McnHub.Features.Governance.Actions;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Members.People;
using McnHub.Tests.Features.Governance.Minutes;
using McnHub.Tests.Features.Members.People;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Governance.Actions;

public sealed class ActionFormTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_action_due_before_it_was_raised_is_refused_with_a_message_and_everything_typed_kept()
    {
        var owner = await factory.CreatePersonAsync("Owner");
        var description = "Write the transition guideline " + Guid.NewGuid().ToString("N")[..6];
        var client = await factory.SignInAsync("coordinator@riverlands.example");
        var page = await client.GetDocumentAsync("/governance/actions/new");

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["Input.Description"] = description,
            ["Input.OwnerPersonId"] = Id(owner.Id),
            ["Input.RaisedOn"] = "2026-03-10",
            ["Input.DueOn"] = "2026-03-09",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await HttpExtensions.ParseAsync(response);
        Assert.Contains(ActionForm.DueBeforeRaised, again.FieldError("Input_DueOn"));
        Assert.Contains(ActionForm.DueBeforeRaised, again.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal(description, again.FieldValue("Input_Description"));
        Assert.Equal(Id(owner.Id), again.FieldValue("Input_OwnerPersonId"));
        Assert.Equal("2026-03-09", again.FieldValue("Input_DueOn"));
        Assert.False(await factory.WithDbAsync(db => db.Set<ActionItem>().AnyAsync(a => a.Description == description)));
    }

    [Fact]
    public async Task An_action_raised_at_a_meeting_is_saved_in_that_meetings_group_and_due_on_the_day_it_was_raised_is_allowed()
    {
        var owner = await factory.CreatePersonAsync("Owner");
        var group = await factory.CreateGroupAsync(GroupVisibility.Public, 1, (owner.Id, GroupRole.Member));
        var meeting = await factory.CreateMeetingAsync(group, DateTime.UtcNow.AddDays(-3), ["Welcome"], owner.Id);
        var description = "Circulate the audit " + Guid.NewGuid().ToString("N")[..6];
        var client = await factory.SignInAsync("coordinator@riverlands.example");
        var page = await client.GetDocumentAsync("/governance/actions/new");

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["Input.Description"] = description,
            ["Input.OwnerPersonId"] = Id(owner.Id),
            ["Input.RaisedOn"] = "2026-03-10",
            ["Input.DueOn"] = "2026-03-10",
            ["Input.SourceMeetingId"] = Id(meeting),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Set<ActionItem>().SingleAsync(a => a.Description == description));
        Assert.Equal(group, saved.GroupId);
        Assert.Equal(meeting, saved.SourceMeetingId);
        Assert.Equal(ActionStatus.Open, saved.Status);
        Assert.Equal($"/governance/actions/{saved.Id}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_chair_of_a_group_may_edit_its_actions_but_a_plain_member_is_refused_and_audited()
    {
        var chair = await factory.CreatePersonAsync("Chair");
        var member = await factory.CreatePersonAsync("Member");
        var group = await factory.CreateGroupAsync(GroupVisibility.Public, 1, (chair.Id, GroupRole.Chair), (member.Id, GroupRole.Member));
        var action = await factory.CreateActionAsync(member.Id, a => a.GroupId = group);
        var chairClient = await factory.SignInAsync(chair.Email);
        var memberClient = await factory.SignInAsync(member.Email);

        var page = await chairClient.GetDocumentAsync($"/governance/actions/{action}/edit");
        var response = await chairClient.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.Description"] = "Changed by the chair" });
        var refused = await memberClient.GetAsync($"/governance/actions/{action}/edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Changed by the chair", (await factory.LoadActionAsync(action)).Description);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Single(await factory.RefusalsAsync(nameof(ActionItem), action));
    }

    [Fact]
    public async Task A_stale_edit_is_refused_showing_what_changed_and_keeping_the_users_input()
    {
        var owner = await factory.CreatePersonAsync("Owner");
        var action = await factory.CreateActionAsync(owner.Id);
        var client = await factory.SignInAsync("coordinator@riverlands.example");
        var page = await client.GetDocumentAsync($"/governance/actions/{action}/edit");
        await factory.WithDbAsync(async db =>
        {
            var saved = await db.Set<ActionItem>().SingleAsync(a => a.Id == action);
            saved.Description = "Someone else's description";
            return await db.SaveChangesAsync();
        });

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.Description"] = "My description" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await HttpExtensions.ParseAsync(response);
        Assert.Contains("Someone else saved changes to this action", again.Text());
        Assert.Contains("Someone else's description", again.FieldError("Input_Description"));
        Assert.Equal("My description", again.FieldValue("Input_Description"));
        Assert.Equal("Someone else's description", (await factory.LoadActionAsync(action)).Description);
    }

    [Fact]
    public async Task The_owner_marks_an_action_done_and_reopens_it_with_a_note_while_someone_else_is_refused()
    {
        var owner = await factory.CreatePersonAsync("Owner");
        var other = await factory.CreatePersonAsync("Other");
        var action = await factory.CreateActionAsync(owner.Id);
        var client = await factory.SignInAsync(owner.Email);

        var page = await client.GetDocumentAsync($"/governance/actions/{action}");
        var done = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Progress.Text"] = "Sent to all members", ["Progress.NewStatus"] = "Done" });
        var afterDone = await factory.LoadActionAsync(action);
        page = await client.GetDocumentAsync($"/governance/actions/{action}");
        var noNote = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Progress.Text"] = "", ["Progress.NewStatus"] = "Open" });
        var reopen = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Progress.Text"] = "Two members did not receive it", ["Progress.NewStatus"] = "Open" });
        var afterReopen = await factory.LoadActionAsync(action);
        var otherClient = await factory.SignInAsync(other.Email);
        var otherPage = await otherClient.GetDocumentAsync($"/governance/actions/{action}");
        var token = otherPage.QuerySelector("form.nhsuk-header__account-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var refused = await otherClient.PostAsync($"/governance/actions/{action}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Progress.Text"] = "Not mine", ["Progress.Version"] = Id(afterReopen.Version),
        }));

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(ActionStatus.Done, afterDone.Status);
        Assert.Equal(UkDates.Today(), afterDone.CompletedOn);
        Assert.Contains("Enter what has happened", (await HttpExtensions.ParseAsync(noNote)).FieldError("Progress_Text"));
        Assert.Equal(HttpStatusCode.Redirect, reopen.StatusCode);
        Assert.Equal(ActionStatus.Open, afterReopen.Status);
        Assert.Null(afterReopen.CompletedOn);
        Assert.Equal(["Sent to all members", "Two members did not receive it"], afterReopen.Updates.OrderBy(u => u.Id).Select(u => u.Text));
        Assert.Null(otherPage.QuerySelector("#Progress_Text"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Single(await factory.RefusalsAsync(nameof(ActionItem), action));
        Assert.Equal(2, (await factory.LoadActionAsync(action)).Updates.Count);
    }
}
