using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Training.Model;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Training.Manage;

/// <summary>Programme items of a session over several days: a day as well as a time, checked and shown by day.</summary>
public abstract class ProgrammeDaysTests(McnHubFactory factory)
{
    private const string Educator = "educator@riverlands.example";

    private static readonly DateOnly Day1 = Today.AddDays(40);

    private static readonly DateOnly Day2 = Day1.AddDays(1);

    private static string Long(DateOnly day) => day.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    private static string Short(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>09:00 on day 1 to 17:00 on day 2, UK time.</summary>
    private Task<TrainingSession> TwoDaySessionAsync() => factory.SessionAsync(change: s =>
    {
        s.Kind = SessionKind.Conference;
        s.StartsAt = MeetingTime.ToUtc(Day1, 9);
        s.EndsAt = MeetingTime.ToUtc(Day2, 17);
        s.BookingDeadline = s.StartsAt.AddDays(-1);
    });

    private static Dictionary<string, string> Item(string title, string day, string start, string end = "") => new()
    {
        ["Input.Title"] = title, ["Input.Day"] = day, ["Input.StartTime"] = start, ["Input.EndTime"] = end, ["Input.Speaker"] = "", ["Input.Description"] = "",
    };

    private Task<List<ProgrammeItem>> ItemsAsync(int sessionId) =>
        factory.WithDbAsync(db => db.Set<ProgrammeItem>().AsNoTracking().Where(p => p.SessionId == sessionId).OrderBy(p => p.Order).ToListAsync());

    [Fact]
    public async Task An_item_on_the_second_day_of_a_two_day_session_is_saved_on_that_day_and_shown_under_it()
    {
        var session = await TwoDaySessionAsync();
        var client = await factory.SignInAsync(Educator);
        var page = await client.GetDocumentAsync($"/training/sessions/{session.Id}/programme");

        var first = await client.SubmitFormAsync(page, Item("Opening plenary", Date(Day1), "09:00", "10:00"), "form[data-form=add-item]");
        var second = await client.SubmitFormAsync(page, Item("Closing panel", Date(Day2), "15:30", "16:30"), "form[data-form=add-item]");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var items = await ItemsAsync(session.Id);
        Assert.Equal(MeetingTime.ToUtc(Day2, 15, 30), items[1].StartsAt);
        Assert.Equal(60, items[1].DurationMinutes);

        var shown = await factory.CreateBrowserClient().GetDocumentAsync($"/training/sessions/{session.Id}");
        var headings = shown.QuerySelectorAll("[data-programme-day]").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal([$"Day 1: {Long(Day1)}", $"Day 2: {Long(Day2)}"], headings);
        var underDay2 = shown.QuerySelectorAll("[data-programme-day]")[1].NextElementSibling!.TextContent;
        Assert.Contains("15:30 Closing panel", underDay2);
        Assert.DoesNotContain("Opening plenary", underDay2);

        var manage = await client.GetDocumentAsync($"/training/sessions/{session.Id}/programme");
        Assert.Equal([$"Day 1: {Long(Day1)}", $"Day 2: {Long(Day2)}"], manage.QuerySelectorAll("[data-day]").Select(c => c.TextContent.Trim()));
        var edit = await client.GetDocumentAsync($"/training/sessions/{session.Id}/programme/{items[1].Id}/edit");
        Assert.Equal(Date(Day2), edit.FieldValue("Input_Day"));
        Assert.Equal("15:30", edit.FieldValue("Input_StartTime"));
    }

    [Fact]
    public async Task An_item_outside_a_two_day_session_or_on_another_day_is_refused_and_what_was_typed_is_kept()
    {
        var session = await TwoDaySessionAsync();
        var client = await factory.SignInAsync(Educator);
        var page = await client.GetDocumentAsync($"/training/sessions/{session.Id}/programme");

        async Task<IDocument> Post(Dictionary<string, string> values) => await PageOfAsync(await client.SubmitFormAsync(page, values, "form[data-form=add-item]"));
        var evening = await Post(Item("Conference dinner", Date(Day2), "18:00", "21:00"));
        var early = await Post(Item("Breakfast", Date(Day1), "08:00"));
        var overruns = await Post(Item("Last words", Date(Day2), "16:30", "17:30"));
        var otherDay = await Post(Item("Day three", Date(Day2.AddDays(1)), "10:00"));

        var window = $"from 09:00 on {Short(Day1)} and before 17:00 on {Short(Day2)}";
        Assert.Contains($"The item must start during the session, {window}", evening.FieldError("Input_StartTime"));
        Assert.Equal(("Conference dinner", Date(Day2), "18:00", "21:00"),
            (evening.FieldValue("Input_Title"), evening.FieldValue("Input_Day"), evening.FieldValue("Input_StartTime"), evening.FieldValue("Input_EndTime")));
        Assert.Contains($"The item must start during the session, {window}", early.FieldError("Input_StartTime"));
        Assert.Contains($"The item must end by 17:00 on {Short(Day2)}", overruns.FieldError("Input_EndTime"));
        Assert.Contains("Choose one of the session's days", otherDay.FieldError("Input_Day"));
        Assert.Empty(await ItemsAsync(session.Id));
    }

    [Fact]
    public async Task A_one_day_session_asks_no_day_but_a_two_day_session_does()
    {
        var oneDay = await factory.SessionAsync(change: s => s.Programme = [new() { Order = 1, Title = "Welcome" }]);
        var twoDay = await TwoDaySessionAsync();
        var client = await factory.SignInAsync(Educator);
        var item = (await ItemsAsync(oneDay.Id))[0];

        var oneDayList = await client.GetDocumentAsync($"/training/sessions/{oneDay.Id}/programme");
        var oneDayEdit = await client.GetDocumentAsync($"/training/sessions/{oneDay.Id}/programme/{item.Id}/edit");
        var twoDayList = await client.GetDocumentAsync($"/training/sessions/{twoDay.Id}/programme");

        Assert.Null(oneDayList.QuerySelector("#Input_Day"));
        Assert.Null(oneDayList.QuerySelector("[data-day]"));
        Assert.Null(oneDayEdit.QuerySelector("#Input_Day"));
        Assert.NotNull(oneDayEdit.QuerySelector("#Input_StartTime"));
        Assert.Equal([Date(Day1), Date(Day2)], twoDayList.QuerySelectorAll("#Input_Day option").Select(o => o.GetAttribute("value")));
        Assert.Equal(Date(Day1), twoDayList.FieldValue("Input_Day"));
    }
}

public sealed class SqliteProgrammeDaysTests(McnHubFactory factory) : ProgrammeDaysTests(factory), IClassFixture<McnHubFactory>;

public sealed class PostgresProgrammeDaysTests(PostgresMcnHubFactory factory) : ProgrammeDaysTests(factory), IClassFixture<PostgresMcnHubFactory>;
