using System.Globalization;
using System.Text.RegularExpressions;
using McnHub.BrowserTests.Support;
using Microsoft.Playwright;

namespace McnHub.BrowserTests;

/// <summary>
/// The governance meeting journey end to end as the co-ordinator: a group with terms of reference, a meeting with an
/// agenda and a paper, attendance and quorum, minutes drafted and circulated, a member's comment, approval at the next
/// meeting, then a decision and an action. Axe checks every page on the way; screenshots keep the key ones.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class MeetingJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Chair = "Alex Morgan";
    private const string MemberName = "Sam Patel";

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Coordinator_runs_a_meeting_from_agenda_to_approved_minutes_with_a_decision_and_an_action()
    {
        var page = await NewPageAsync(signedInAs: Coordinator);
        var name = "Sibling support group " + Guid.NewGuid().ToString("N")[..6];

        // A group, its two members (the co-ordinator chairs) and terms of reference with a quorum rule.
        await page.GotoAsync("/governance/groups/new");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Kind of group").SelectOptionAsync(new SelectOptionValue { Label = "Working group" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add group" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(GroupUrl());
        var group = IdFrom(page.Url);
        await AddMemberAsync(page, group, Chair, "Chair");
        await AddMemberAsync(page, group, MemberName, "Member");
        await page.GotoAsync($"/governance/groups/{group}/terms/new");
        await page.GetByLabel("Purpose").FillAsync("Improve bereavement support for the brothers and sisters of children who die.");
        await page.GetByLabel("How often it meets").FillAsync("Every 6 weeks");
        await page.GetByLabel("Minimum members present").FillAsync("2");
        await page.GetByLabel("The chair or the vice-chair must be present").CheckAsync();
        await page.GetByLabel("Review by").FillAsync(Day(Today.AddYears(1)));
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "terms-of-reference");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save version 1" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/governance/groups/{group}/terms$"));

        // Two meetings: the one being minuted (a fortnight ago) and the next, which approves its minutes.
        var first = await ScheduleAsync(page, group, "First meeting", Today.AddDays(-14));
        var next = await ScheduleAsync(page, group, "Second meeting", Today.AddDays(-1));

        await page.GotoAsync($"/governance/meetings/{first}/agenda");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Sibling bereavement leaflet");
        await page.GetByLabel("Purpose").SelectOptionAsync(new SelectOptionValue { Label = "For decision" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add item" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner--success")).ToContainTextAsync("The agenda item has been added");
        await page.Locator("#Paper_ItemId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Title of the paper").FillAsync("Draft leaflet");
        await page.Locator("#Paper_File").SetInputFilesAsync(new FilePayload { Name = "leaflet.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload paper" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner--success")).ToContainTextAsync("The paper has been uploaded");
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "agenda-with-paper");

        // The paper's delete page asks first; going back keeps the paper.
        await page.Locator("a[data-delete-paper]").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Delete the paper" })).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Cancel and go back to the agenda" }).ClickAsync();
        await Expect(page.Locator("a[data-delete-paper]")).ToHaveCountAsync(1);

        // Before anyone is recorded the meeting is not quorate, with the reasons; then both members are present.
        await page.GotoAsync($"/governance/meetings/{first}");
        await Expect(page.Locator("[data-quorum]")).ToHaveAttributeAsync("data-quorum", "not-quorate");
        await Expect(page.Locator("[data-quorum-reasons]")).ToContainTextAsync("neither the chair nor the vice-chair is present");
        await ScreenshotAsync(page, "meeting-not-quorate");
        await RecordPresentAsync(page, first, Chair);
        await RecordPresentAsync(page, first, MemberName);
        await Expect(page.Locator("[data-quorum]")).ToHaveAttributeAsync("data-quorum", "quorate");
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "attendance-quorate");
        await page.GotoAsync($"/governance/meetings/{first}");
        await Expect(page.Locator("[data-quorum]")).ToContainTextAsync("Quorate");
        await Expect(page.Locator("a[data-paper]")).ToHaveTextAsync("Draft leaflet");
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "meeting-quorate");

        // Minutes drafted and circulated.
        await page.GotoAsync($"/governance/meetings/{first}/minutes");
        await page.Locator("#Texts_0__Text").FillAsync("The group reviewed the draft leaflet and agreed to pilot it with two hospices.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the minutes" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner--success")).ToContainTextAsync("The minutes have been saved");
        await page.GetByRole(AriaRole.Button, new() { Name = "Circulate for comment" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner--success")).ToContainTextAsync("circulated for comment");
        await page.AssertNoAxeViolationsAsync();

        // A member comments.
        var member = await NewPageAsync(signedInAs: Member);
        await member.GotoAsync($"/governance/meetings/{first}/minutes");
        await member.GetByLabel("Your comment").FillAsync("Please add that families helped write the leaflet.");
        await member.GetByRole(AriaRole.Button, new() { Name = "Add the comment" }).ClickAsync();
        await Expect(member.Locator(".nhsuk-notification-banner--success")).ToContainTextAsync("Your comment has been added");
        await member.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(member, "member-comment");

        // Approved at the next meeting, on the motion of someone present there.
        await RecordPresentAsync(page, next, Chair);
        await RecordPresentAsync(page, next, MemberName);
        await page.GotoAsync($"/governance/meetings/{first}/minutes");
        await Expect(page.Locator("[data-list=comments]")).ToContainTextAsync("families helped write the leaflet");
        await Expect(page.Locator("[data-later-quorum] li").First).ToHaveAttributeAsync("data-quorate", "true");
        await page.GetByLabel("Meeting that approved them").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Moved by").SelectOptionAsync(new SelectOptionValue { Label = MemberName });
        await ScreenshotAsync(page, "minutes-before-approval");
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve the minutes" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner--success")).ToContainTextAsync("The minutes have been approved");
        await Expect(page.Locator("main")).ToContainTextAsync("Approved minutes cannot be changed");
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "minutes-approved");

        // A decision and an action from the meeting.
        await page.GotoAsync($"/governance/decisions/new?group={group}&meeting={first}");
        await page.GetByLabel("Statement").FillAsync("Pilot the sibling bereavement leaflet with two member hospices.");
        await page.GetByLabel("Review date (optional)").FillAsync(Day(Today.AddMonths(6)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/governance/decisions/\d+$"));
        await Expect(page.Locator("main")).ToContainTextAsync("Pilot the sibling bereavement leaflet");
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "decision");

        await page.GotoAsync("/governance/actions/new");
        await page.GetByLabel("Description").FillAsync("Send the leaflet to the two pilot hospices.");
        await page.GetByLabel("Owner").SelectOptionAsync(new SelectOptionValue { Label = MemberName });
        await page.GetByLabel("Raised on").FillAsync(Day(Today.AddDays(-14)));
        await page.GetByLabel("Due on").FillAsync(Day(Today.AddDays(21)));
        await page.GetByLabel("Source meeting (optional)").SelectOptionAsync(new SelectOptionValue { Value = first.ToString(CultureInfo.InvariantCulture) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the action" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/governance/actions/\d+$"));
        await Expect(page.Locator("main")).ToContainTextAsync("Send the leaflet to the two pilot hospices.");
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "action");
        page.AssertNoBrowserErrors();
        member.AssertNoBrowserErrors();
    }

    private static async Task AddMemberAsync(IPage page, int group, string person, string role)
    {
        await page.GotoAsync($"/governance/groups/{group}/members");
        await page.GetByLabel("Person", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = person });
        await page.GetByLabel("Role on the group").SelectOptionAsync(new SelectOptionValue { Label = role });
        await page.GetByLabel("From", new() { Exact = true }).FillAsync(Day(Today.AddMonths(-2)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add member" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner--success")).ToBeVisibleAsync();
    }

    private static async Task<int> ScheduleAsync(IPage page, int group, string title, DateOnly day)
    {
        await page.GotoAsync($"/governance/meetings/new?groupId={group}");
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Starts").FillAsync($"{Day(day)}T14:00");
        await page.GetByLabel("Ends").FillAsync($"{Day(day)}T16:00");
        await page.GetByLabel("Place (optional)").FillAsync("Riverlands House, room 2");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule meeting" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/governance/meetings/\d+$"));
        return IdFrom(page.Url);
    }

    private static async Task RecordPresentAsync(IPage page, int meeting, string person)
    {
        await page.GotoAsync($"/governance/meetings/{meeting}/attendance");
        await page.GetByLabel("Person", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = person });
        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Present" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Record attendance" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner--success")).ToBeVisibleAsync();
    }

    private static int IdFrom(string url) => int.Parse(LastNumber().Match(url).Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\d+(?=/?$)")]
    private static partial Regex LastNumber();

    [GeneratedRegex(@"/governance/groups/\d+$")]
    private static partial Regex GroupUrl();
}
