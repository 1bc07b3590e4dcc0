using System.Globalization;
using System.Net;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Minutes;
using McnHub.Tests.Features.Members.People;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Governance.Minutes;

public sealed class MinutesPageTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<MeetingMinutes> LoadMinutesAsync(int meeting) =>
        factory.WithDbAsync(db => db.Set<MeetingMinutes>().AsNoTracking().Include(m => m.Items).ThenInclude(i => i.Revisions).Include(m => m.Comments).SingleAsync(m => m.MeetingId == meeting));

    [Fact]
    public async Task A_meeting_goes_from_draft_to_minutes_approved_at_a_later_non_quorate_meeting_with_a_warning_then_read_only()
    {
        var chair = await factory.CreatePersonAsync("Chair");
        var member = await factory.CreatePersonAsync("Member");
        var group = await factory.CreateGroupAsync(GroupVisibility.Public, 3, (chair.Id, GroupRole.Chair), (member.Id, GroupRole.Member));
        var meeting = await factory.CreateMeetingAsync(group, DateTime.UtcNow.AddDays(-60), ["Welcome and apologies", "Transition guideline"], chair.Id, member.Id);
        var later = await factory.CreateMeetingAsync(group, DateTime.UtcNow.AddDays(-2), ["Minutes of the last meeting"], member.Id);
        var url = $"/governance/meetings/{meeting}/minutes";
        var chairClient = await factory.SignInAsync(chair.Email);
        var memberClient = await factory.SignInAsync(member.Email);

        var page = await chairClient.GetDocumentAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await chairClient.SubmitFormAsync(page, new Dictionary<string, string> { ["Texts[0].Text"] = "Apologies from Jo", ["Texts[1].Text"] = "Draft agreed" }, "form[data-form=draft]")).StatusCode);
        page = await chairClient.GetDocumentAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await chairClient.SubmitFormAsync(page, new Dictionary<string, string> { ["Texts[1].Text"] = "Draft agreed with changes" }, "form[data-form=draft]")).StatusCode);
        page = await chairClient.GetDocumentAsync(url);
        Assert.Equal(2, page.QuerySelectorAll("[data-revisions] li").Length - 1);
        Assert.Equal(HttpStatusCode.Redirect, (await chairClient.SubmitFormAsync(page, new Dictionary<string, string>(), "form[data-form=circulate]")).StatusCode);

        var memberPage = await memberClient.GetDocumentAsync(url);
        var agendaItem = memberPage.QuerySelectorAll("#Comment_AgendaItemId option")[2].GetAttribute("value")!;
        Assert.Null(memberPage.QuerySelector("form[data-form=draft]"));
        Assert.Equal(HttpStatusCode.Redirect, (await memberClient.SubmitFormAsync(memberPage, new Dictionary<string, string> { ["Comment.AgendaItemId"] = agendaItem, ["Comment.Text"] = "Say which version" }, "form[data-form=comment]")).StatusCode);

        page = await chairClient.GetDocumentAsync(url);
        var draftBeforeApproval = page;
        Assert.Contains("Say which version", page.QuerySelector("[data-list=comments]")!.TextContent);
        var warned = await HttpExtensions.ParseAsync(await chairClient.SubmitFormAsync(page, new Dictionary<string, string> { ["Approval.MeetingId"] = Id(later), ["Approval.MovedByPersonId"] = Id(member.Id) }, "form[data-form=approve]"));
        Assert.Contains("That meeting was not quorate (1 of 2 members present (at least 3 needed))", warned.FieldError("Approval_ConfirmNotQuorate"));
        Assert.Equal("false", draftBeforeApproval.QuerySelector("[data-later-quorum] li")!.GetAttribute("data-quorate"));
        Assert.Equal(Id(later), warned.FieldValue("Approval_MeetingId"));
        Assert.Equal(MinutesStatus.Circulated, (await LoadMinutesAsync(meeting)).Status);
        var approved = await chairClient.SubmitFormAsync(warned, new Dictionary<string, string> { ["Approval.ConfirmNotQuorate"] = "true" }, "form[data-form=approve]");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var refused = await HttpExtensions.ParseAsync(await chairClient.SubmitFormAsync(draftBeforeApproval, new Dictionary<string, string> { ["Texts[0].Text"] = "Rewritten after approval" }, "form[data-form=draft]"));
        var minutes = await LoadMinutesAsync(meeting);
        Assert.Equal(MinutesStatus.Approved, minutes.Status);
        Assert.True(minutes.ApprovedWhileNotQuorate);
        Assert.Equal((later, member.Id), (minutes.ApprovedAtMeetingId ?? 0, minutes.ApprovalMovedByPersonId ?? 0));
        Assert.Equal(["Draft agreed", "Draft agreed with changes"], minutes.Items.Single(i => i.Text.StartsWith("Draft", StringComparison.Ordinal)).Revisions.OrderBy(r => r.Id).Select(r => r.Text));
        Assert.Contains(McnHub.Features.Governance.Minutes.IndexModel.ApprovedMessage, refused.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Contains("Rewritten after approval", refused.QuerySelector("[data-unsaved]")!.TextContent);
        Assert.Equal("Apologies from Jo", minutes.Items.Single(i => i.Text.StartsWith("Apologies", StringComparison.Ordinal)).Text);
        Assert.NotNull(refused.QuerySelector("[data-not-quorate]"));
    }

    [Fact]
    public async Task A_plain_member_cannot_draft_and_is_refused_and_audited()
    {
        var chair = await factory.CreatePersonAsync("Chair");
        var member = await factory.CreatePersonAsync("Member");
        var group = await factory.CreateGroupAsync(GroupVisibility.Public, 1, (chair.Id, GroupRole.Chair), (member.Id, GroupRole.Member));
        var meeting = await factory.CreateMeetingAsync(group, DateTime.UtcNow.AddDays(-10), ["Only item"], chair.Id);
        var chairPage = await (await factory.SignInAsync(chair.Email)).GetDocumentAsync($"/governance/meetings/{meeting}/minutes");
        var memberClient = await factory.SignInAsync(member.Email);
        var memberPage = await memberClient.GetDocumentAsync($"/governance/meetings/{meeting}/minutes");
        var token = memberPage.QuerySelector("form.nhsuk-header__account-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var agendaItem = chairPage.QuerySelector("input[name='Texts[0].AgendaItemId']")!.GetAttribute("value")!;

        var response = await memberClient.PostAsync($"/governance/meetings/{meeting}/minutes?handler=save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Texts[0].AgendaItemId"] = agendaItem, ["Texts[0].Text"] = "Not my job", ["Version"] = "0",
        }));

        Assert.Null(memberPage.QuerySelector("form[data-form=draft]"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Single(await factory.RefusalsAsync(nameof(MeetingMinutes), meeting));
        Assert.False(await factory.WithDbAsync(db => db.Set<MeetingMinutes>().AnyAsync(m => m.MeetingId == meeting)));
    }

    [Theory]
    [InlineData(GroupVisibility.Private, HttpStatusCode.Forbidden)]
    [InlineData(GroupVisibility.Public, HttpStatusCode.OK)]
    public async Task Approved_minutes_are_published_to_every_member_only_for_public_groups_and_refusals_are_audited(GroupVisibility visibility, HttpStatusCode expected)
    {
        var chair = await factory.CreatePersonAsync("Chair");
        var outsider = await factory.CreatePersonAsync("Outsider");
        var group = await factory.CreateGroupAsync(visibility, 1, (chair.Id, GroupRole.Chair));
        var meeting = await factory.CreateMeetingAsync(group, DateTime.UtcNow.AddDays(-40), ["Budget"], chair.Id);
        var later = await factory.CreateMeetingAsync(group, DateTime.UtcNow.AddDays(-5), ["Minutes"], chair.Id);
        await factory.WithDbAsync(async db =>
        {
            var minutes = new MeetingMinutes { MeetingId = meeting, Meeting = await db.Set<McnHub.Features.Governance.Meetings.Meeting>().Include(m => m.AgendaItems).SingleAsync(m => m.Id == meeting) };
            minutes.Write(minutes.Meeting.AgendaItems[0].Id, "Budget of 40,000 agreed", "chair", DateTime.UtcNow);
            minutes.Circulate(DateTime.UtcNow);
            minutes.Approve(await db.Set<McnHub.Features.Governance.Meetings.Meeting>().SingleAsync(m => m.Id == later), chair.Id, true, DateTime.UtcNow);
            db.Add(minutes);
            return await db.SaveChangesAsync();
        });

        var response = await (await factory.SignInAsync(outsider.Email)).GetAsync($"/governance/meetings/{meeting}/minutes");
        var coordinator = await (await factory.SignInAsync("coordinator@riverlands.example")).GetAsync($"/governance/meetings/{meeting}/minutes");

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, coordinator.StatusCode);
        Assert.Equal(expected == HttpStatusCode.Forbidden ? 1 : 0, (await factory.RefusalsAsync(nameof(MeetingMinutes), meeting)).Count);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Contains("Budget of 40,000 agreed", await response.Content.ReadAsStringAsync());
        }
    }
}
