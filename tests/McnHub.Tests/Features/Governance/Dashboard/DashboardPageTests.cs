using System.Net;
using McnHub.Features.Governance.Actions;
using McnHub.Features.Members.People;
using McnHub.Tests.Support;

namespace McnHub.Tests.Features.Governance.Dashboard;

public sealed class DashboardPageTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private static readonly DateOnly Today = UkDates.Today();

    [Fact]
    public async Task The_dashboard_shows_every_section_with_a_count_and_links_to_where_each_item_is_fixed()
    {
        var owner = await factory.PersonIdAsync("member@riverlands.example");
        var late = await factory.AddActionAsync(owner, Today.AddDays(-2));
        var client = await factory.SignInAsync("coordinator@riverlands.example");

        var page = await client.GetDocumentAsync("/governance/dashboard");

        Assert.Equal("Co-ordinator dashboard", page.QuerySelector("h1")?.TextContent.Trim());
        var sections = page.QuerySelectorAll("[data-section]").Select(s => s.GetAttribute("data-section")).ToList();
        // Other modules add their own sections; governance's and membership's are all there, in this order.
        string[] expected = ["overdue-actions", "actions-due-soon", "meetings", "minutes-overdue", "minutes", "decisions", "terms-of-reference", "agreements", "stale-services"];
        Assert.Equal(expected, sections.Where(expected.Contains));
        var overdue = page.QuerySelector("[data-section=overdue-actions]")!;
        Assert.NotNull(overdue.QuerySelector($"a[href='/governance/actions/{late.Id}/edit']"));
        Assert.NotEqual("0", overdue.QuerySelector("[data-count]")!.GetAttribute("data-count"));
    }

    [Fact]
    public async Task An_empty_section_says_nothing_needs_attention()
    {
        var client = await factory.SignInAsync("coordinator@riverlands.example");

        var page = await client.GetDocumentAsync("/governance/dashboard");

        var empty = page.QuerySelectorAll("[data-section]").Where(s => s.QuerySelector("[data-count]")!.GetAttribute("data-count") == "0").ToList();
        Assert.NotEmpty(empty);
        Assert.All(empty, s => Assert.Contains("Nothing needs attention.", s.TextContent, StringComparison.Ordinal));
        Assert.All(empty, s => Assert.Null(s.QuerySelector("ul")));
    }

    [Theory]
    [InlineData("member@riverlands.example")]
    [InlineData("lead@riverlands.example")]
    public async Task The_dashboard_is_refused_to_anyone_but_the_coordinator(string email)
    {
        var client = await factory.SignInAsync(email);

        var response = await client.GetAsync("/governance/dashboard");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task My_work_needs_a_sign_in()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/my-work");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task My_work_shows_a_members_own_actions_their_groups_meetings_and_minutes_awaiting_their_comment()
    {
        var me = await factory.PersonIdAsync("member@riverlands.example");
        var someoneElse = await factory.PersonIdAsync("lead@riverlands.example");
        var mine = await factory.AddActionAsync(me, Today.AddDays(-1));
        var done = await factory.AddActionAsync(me, Today.AddDays(3), ActionStatus.Done);
        var theirs = await factory.AddActionAsync(someoneElse, Today.AddDays(3));
        var myGroup = await factory.AddGroupAsync(configure: g => g.Members.Add(new() { PersonId = me, From = Today.AddYears(-1) }));
        var leftGroup = await factory.AddGroupAsync(configure: g => g.Members.Add(new() { PersonId = me, From = Today.AddYears(-2), To = Today.AddDays(-1) }));
        var next = await factory.AddMeetingAsync(myGroup.Id, DateTime.UtcNow.AddDays(40));
        var past = await factory.AddMeetingAsync(myGroup.Id, DateTime.UtcNow.AddDays(-30));
        var notMine = await factory.AddMeetingAsync(leftGroup.Id, DateTime.UtcNow.AddDays(10));
        await factory.AddMinutesAsync(past.Id, circulate: true);
        var client = await factory.SignInAsync("member@riverlands.example");

        var page = await client.GetDocumentAsync("/my-work");
        var text = page.Text();

        Assert.NotNull(page.QuerySelector($"[data-section=actions] a[href='/governance/actions/{mine.Id}/edit']"));
        Assert.Contains("Overdue", page.QuerySelector("[data-section=actions]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(done.Description, text, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.Description, text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"[data-section=meetings] a[href='/governance/meetings/{next.Id}']"));
        Assert.DoesNotContain(notMine.Title, text, StringComparison.Ordinal);
        Assert.DoesNotContain($"/governance/meetings/{past.Id}'", page.QuerySelector("[data-section=meetings]")!.InnerHtml, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"[data-section=minutes] a[href='/governance/meetings/{past.Id}/minutes']"));
    }

    [Fact]
    public async Task Minutes_drop_off_my_work_once_i_have_commented()
    {
        var me = await factory.PersonIdAsync("member@riverlands.example");
        var group = await factory.AddGroupAsync(configure: g => g.Members.Add(new() { PersonId = me, From = Today.AddYears(-1) }));
        var meeting = await factory.AddMeetingAsync(group.Id, DateTime.UtcNow.AddDays(-14));
        var minutes = await factory.AddMinutesAsync(meeting.Id, circulate: true);
        await factory.WithDbAsync(async db =>
        {
            db.Attach(minutes);
            minutes.Comment(me, null, "Looks right.", DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var client = await factory.SignInAsync("member@riverlands.example");

        var page = await client.GetDocumentAsync("/my-work");

        Assert.Null(page.QuerySelector($"a[href='/governance/meetings/{meeting.Id}/minutes']"));
    }
}
