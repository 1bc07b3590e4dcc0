using System.Net;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Tests.Features.Governance.Minutes;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Governance.Meetings;

/// <summary>The secret calendar address: made and replaced on the group page, used without a cookie, turned off.</summary>
public sealed class CalendarFeedKeyTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private static async Task<string> MakeAddressAsync(HttpClient client, int groupId)
    {
        var page = await client.GetDocumentAsync($"/governance/groups/{groupId}");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync(page, new Dictionary<string, string>(), "form[data-form=calendar-key]")).StatusCode);
        var shown = await client.GetDocumentAsync($"/governance/groups/{groupId}");
        var again = await client.GetDocumentAsync($"/governance/groups/{groupId}");
        Assert.Null(again.QuerySelector("[data-calendar-url]"));
        Assert.Equal("on", again.QuerySelector("[data-calendar-key]")!.GetAttribute("data-calendar-key"));
        return shown.QuerySelector("[data-calendar-url]")!.TextContent.Trim();
    }

    [Fact]
    public async Task A_member_subscribes_without_a_cookie_and_a_new_address_or_turning_it_off_stops_the_old_one()
    {
        var member = await factory.CreatePersonAsync("Member");
        var group = await factory.CreateGroupAsync(GroupVisibility.Private, 1, (member.Id, GroupRole.Member));
        await factory.CreateMeetingAsync(group, DateTime.UtcNow.AddDays(20), ["Welcome"]);
        var client = await factory.SignInAsync(member.Email);
        var calendarApp = factory.CreateClient();

        var address = await MakeAddressAsync(client, group);
        var feed = await calendarApp.GetAsync(new Uri(address).PathAndQuery);
        var replacement = await MakeAddressAsync(client, group);
        var oldAfterReplace = await calendarApp.GetAsync(new Uri(address).PathAndQuery);
        var newAfterReplace = await calendarApp.GetAsync(new Uri(replacement).PathAndQuery);
        var page = await client.GetDocumentAsync($"/governance/groups/{group}");
        await client.SubmitFormAsync(page, new Dictionary<string, string>(), "form[data-form=calendar-key-off]");
        var afterOff = await calendarApp.GetAsync(new Uri(replacement).PathAndQuery);

        Assert.Matches($"/governance/groups/{group}/meetings/[A-Za-z0-9_-]{{43}}\\.ics$", address);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Single(Ical.Net.Calendar.Load(await feed.Content.ReadAsStringAsync())!.Events);
        Assert.Equal(HttpStatusCode.NotFound, oldAfterReplace.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newAfterReplace.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterOff.StatusCode);
        var hash = CalendarFeedKeys.Hash(new Uri(replacement).Segments.Last().Replace(".ics", "", StringComparison.Ordinal));
        Assert.False(await factory.WithDbAsync(db => db.Set<Microsoft.AspNetCore.Identity.IdentityUserToken<string>>()
            .AnyAsync(t => t.LoginProvider == CalendarFeedKeys.Provider && t.Value == hash)));
    }

    [Fact]
    public async Task A_key_does_not_open_a_private_group_its_owner_is_not_in_and_the_attempt_is_audited()
    {
        var outsider = await factory.CreatePersonAsync("Outsider");
        var open = await factory.CreateGroupAsync(GroupVisibility.Public, 1);
        var secret = await factory.CreateGroupAsync(GroupVisibility.Private, 1);
        var address = await MakeAddressAsync(await factory.SignInAsync(outsider.Email), open);
        var key = new Uri(address).Segments.Last();
        var calendarApp = factory.CreateClient();

        var refused = await calendarApp.GetAsync($"/governance/groups/{secret}/meetings/{key}");
        var guessed = await calendarApp.GetAsync($"/governance/groups/{open}/meetings/{new string('A', 43)}.ics");
        var cookieStillWorks = await (await factory.SignInAsync(outsider.Email)).GetAsync($"/governance/groups/{open}/meetings.ics");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Single(await factory.RefusalsAsync(nameof(Group), secret));
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cookieStillWorks.StatusCode);
    }
}
