using System.Net;
using AngleSharp.Html.Dom;
using McnHub.Features.Governance.Meetings;
using McnHub.Tests.Features.Governance.Dashboard;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Governance.Meetings;

/// <summary>
/// The meeting form asks only whether the meeting is cancelled: held and the minutes' stage follow from the date and
/// the minutes, and a stored "Held" from older data is kept.
/// </summary>
public sealed class MeetingCancellationTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private const string Coordinator = "coordinator@riverlands.example";

    [Fact]
    public async Task The_edit_form_cancels_a_meeting_and_puts_it_back_on()
    {
        var group = await factory.AddGroupAsync();
        var meeting = await factory.AddMeetingAsync(group.Id, DateTime.UtcNow.AddDays(10));
        var client = await factory.SignInAsync(Coordinator);
        var form = await client.GetDocumentAsync($"/governance/meetings/{meeting.Id}/edit");
        Assert.Null(form.QuerySelector("#Input_Status"));
        Assert.False(Box(form).IsChecked);

        var cancelled = await client.SubmitFormAsync(form, Values(form, "true"));

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(MeetingStatus.Cancelled, await StoredAsync(meeting.Id));
        Assert.Equal("Cancelled", await StageAsync(client, meeting.Id));

        var again = await client.GetDocumentAsync($"/governance/meetings/{meeting.Id}/edit");
        Assert.True(Box(again).IsChecked);
        var restored = await client.SubmitFormAsync(again, Values(again, "false"));

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(MeetingStatus.Scheduled, await StoredAsync(meeting.Id));
        Assert.Equal("Scheduled", await StageAsync(client, meeting.Id));
    }

    [Fact]
    public async Task A_past_meeting_stored_as_held_stays_held_when_edited_and_reads_as_held_again_when_put_back_on()
    {
        var group = await factory.AddGroupAsync();
        var meeting = await factory.AddMeetingAsync(group.Id, DateTime.UtcNow.AddDays(-3), status: MeetingStatus.Held);
        var client = await factory.SignInAsync(Coordinator);
        Assert.Equal("Held – minutes due", await StageAsync(client, meeting.Id));

        var edited = await EditAsync(client, meeting.Id, "false");

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(MeetingStatus.Held, await StoredAsync(meeting.Id));
        Assert.Equal("Held – minutes due", await StageAsync(client, meeting.Id));

        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(client, meeting.Id, "true")).StatusCode);
        Assert.Equal("Cancelled", await StageAsync(client, meeting.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(client, meeting.Id, "false")).StatusCode);
        Assert.Equal("Held – minutes due", await StageAsync(client, meeting.Id));
    }

    /// <summary>
    /// The form as shown, with the cancelled box set. The test helper's meetings have no place, which the form requires;
    /// SubmitFormAsync leaves out datetime-local fields, so the times are posted as shown.
    /// </summary>
    private static Dictionary<string, string> Values(AngleSharp.Dom.IDocument form, string cancelled) => new()
    {
        ["Input.StartsAt"] = ((IHtmlInputElement)form.QuerySelector("#Input_StartsAt")!).Value,
        ["Input.EndsAt"] = ((IHtmlInputElement)form.QuerySelector("#Input_EndsAt")!).Value,
        ["Input.Place"] = "Board room",
        ["Input.Cancelled"] = cancelled,
    };

    private static async Task<HttpResponseMessage> EditAsync(HttpClient client, int id, string cancelled)
    {
        var form = await client.GetDocumentAsync($"/governance/meetings/{id}/edit");
        return await client.SubmitFormAsync(form, Values(form, cancelled));
    }

    private static IHtmlInputElement Box(AngleSharp.Dom.IDocument page) => (IHtmlInputElement)page.QuerySelector("input[type=checkbox]#Input_Cancelled")!;

    private Task<MeetingStatus> StoredAsync(int id) => factory.WithDbAsync(db => db.Set<Meeting>().Where(m => m.Id == id).Select(m => m.Status).SingleAsync());

    private static async Task<string?> StageAsync(HttpClient client, int id) =>
        (await client.GetDocumentAsync($"/governance/meetings/{id}")).QuerySelector("[data-meeting-stage]")?.TextContent.Trim();
}
