using System.Net;
using AngleSharp.Dom;
using McnHub.Features.Training.Manage;
using McnHub.Features.Training.Model;
using McnHub.Tests.Features.Training.Materials;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Training.Manage;

public abstract class ProgrammeTests(McnHubFactory factory)
{
    private const string Educator = "educator@riverlands.example";

    private static Dictionary<string, string> Item(string title, string start = "", string end = "", string speaker = "") => new()
    {
        ["Input.Title"] = title, ["Input.StartTime"] = start, ["Input.EndTime"] = end, ["Input.Speaker"] = speaker, ["Input.Description"] = "",
    };

    private static string At(TrainingSession s, int minutesAfterStart) => ProgrammeInput.Clock(s.StartsAt.AddMinutes(minutesAfterStart));

    private Task<List<ProgrammeItem>> ItemsAsync(int sessionId) =>
        factory.WithDbAsync(db => db.Set<ProgrammeItem>().AsNoTracking().Where(p => p.SessionId == sessionId).OrderBy(p => p.Order).ToListAsync());

    /// <summary>Posts a form's own fields (token, positions, versions) to another handler, as its Remove buttons do.</summary>
    private static Task<HttpResponseMessage> PostFormToAsync(HttpClient client, IDocument page, string selector, string url)
    {
        var fields = page.QuerySelectorAll($"{selector} input").Where(i => !string.IsNullOrEmpty(i.GetAttribute("name")))
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""));
        return client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task The_education_lead_adds_items_with_times_inside_the_session_and_the_session_page_shows_them()
    {
        var session = await factory.SessionAsync();
        var client = await factory.SignInAsync(Educator);
        var page = await client.GetDocumentAsync($"/training/sessions/{session.Id}/programme");

        var first = await client.SubmitFormAsync(page, Item("Welcome", At(session, 0), At(session, 15), "Dr Ada Reed"), "form[data-form=add-item]");
        var second = await client.SubmitFormAsync(page, Item("Case studies", At(session, 15), At(session, 90)), "form[data-form=add-item]");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var items = await ItemsAsync(session.Id);
        Assert.Equal(["Welcome", "Case studies"], items.Select(i => i.Title));
        Assert.Equal((session.StartsAt, 15), (items[0].StartsAt!.Value, items[0].DurationMinutes!.Value));
        Assert.Equal(75, items[1].DurationMinutes);
        var shown = (await factory.CreateBrowserClient().GetDocumentAsync($"/training/sessions/{session.Id}")).Text();
        Assert.Contains($"{At(session, 0)} Welcome, Dr Ada Reed", shown);
    }

    [Fact]
    public async Task Times_outside_the_session_or_ending_before_they_start_are_refused_with_clear_messages()
    {
        var session = await factory.SessionAsync();
        var client = await factory.SignInAsync(Educator);
        var page = await client.GetDocumentAsync($"/training/sessions/{session.Id}/programme");

        async Task<IDocument> Post(Dictionary<string, string> values) => await PageOfAsync(await client.SubmitFormAsync(page, values, "form[data-form=add-item]"));
        var before = await Post(Item("Too early", At(session, -30), At(session, 10)));
        var backwards = await Post(Item("Backwards", At(session, 60), At(session, 30)));
        var late = await Post(Item("Overruns", At(session, 150), At(session, 240)));
        var nonsense = await Post(Item("Nonsense", "half nine"));
        var endOnly = await Post(Item("End only", "", At(session, 30)));
        var untitled = await Post(Item("", At(session, 0)));

        Assert.Contains($"The item must start during the session, from {At(session, 0)}", before.FieldError("Input_StartTime"));
        Assert.Contains("The item must end after it starts", backwards.FieldError("Input_EndTime"));
        Assert.Contains($"The item must end by {ProgrammeInput.Clock(session.EndsAt)}, when the session ends", late.FieldError("Input_EndTime"));
        Assert.Contains("must be a time of day like 09:30", nonsense.FieldError("Input_StartTime"));
        Assert.Equal("half nine", nonsense.FieldValue("Input_StartTime"));
        Assert.Contains("Enter the start time as well", endOnly.FieldError("Input_StartTime"));
        Assert.Contains("Enter the title", untitled.FieldError("Input_Title"));
        Assert.Equal("Backwards", backwards.FieldValue("Input_Title"));
        Assert.Empty(await ItemsAsync(session.Id));
    }

    [Fact]
    public async Task Items_are_reordered_by_the_positions_typed_and_removed()
    {
        var session = await factory.SessionAsync(change: s => s.Programme = [new() { Order = 1, Title = "A" }, new() { Order = 2, Title = "B" }, new() { Order = 3, Title = "C" }]);
        var client = await factory.SignInAsync(Educator);
        var page = await client.GetDocumentAsync($"/training/sessions/{session.Id}/programme");
        var items = await ItemsAsync(session.Id);

        var badPosition = await PageOfAsync(await client.SubmitFormAsync(page, new Dictionary<string, string> { [$"Orders[{items[0].Id}]"] = "first" }, "form[data-form=reorder]"));
        var reordered = await client.SubmitFormAsync(page, new Dictionary<string, string> { [$"Orders[{items[2].Id}]"] = "1" }, "form[data-form=reorder]");
        var fresh = await client.GetDocumentAsync($"/training/sessions/{session.Id}/programme");
        var removed = await PostFormToAsync(client, fresh, "form[data-form=reorder]", $"/training/sessions/{session.Id}/programme?handler=remove&itemId={items[0].Id}");

        Assert.Contains("The position of \"A\" must be a whole number", badPosition.FieldError($"Orders_{items[0].Id}"));
        Assert.Equal(HttpStatusCode.Redirect, reordered.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(["C", "B"], (await ItemsAsync(session.Id)).Select(i => i.Title));
    }

    [Fact]
    public async Task A_change_made_by_someone_else_meanwhile_is_reported_not_overwritten()
    {
        var session = await factory.SessionAsync(change: s => s.Programme = [new() { Order = 1, Title = "Welcome" }, new() { Order = 2, Title = "Lunch" }]);
        var items = await ItemsAsync(session.Id);
        var client = await factory.SignInAsync(Educator);
        var edit = await client.GetDocumentAsync($"/training/sessions/{session.Id}/programme/{items[0].Id}/edit");
        var list = await client.GetDocumentAsync($"/training/sessions/{session.Id}/programme");

        var saved = await client.SubmitFormAsync(edit, Item("Welcome and introductions", At(session, 0), At(session, 20)));
        var stale = await PageOfAsync(await client.SubmitFormAsync(edit, Item("Welcome and coffee")));
        var staleRemove = await PageOfAsync(await PostFormToAsync(client, list, "form[data-form=reorder]", $"/training/sessions/{session.Id}/programme?handler=remove&itemId={items[0].Id}"));
        var staleReorder = await PageOfAsync(await client.SubmitFormAsync(list, new Dictionary<string, string> { [$"Orders[{items[1].Id}]"] = "1" }, "form[data-form=reorder]"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Someone else saved changes to this programme item", stale.ErrorSummary());
        Assert.Contains("Title is now saved as “Welcome and introductions”; you entered “Welcome and coffee”", stale.FieldError("Input_Title"));
        Assert.Contains("Someone else changed the programme", staleRemove.ErrorSummary());
        Assert.Contains("Someone else changed the programme", staleReorder.ErrorSummary());
        Assert.Equal(["Welcome and introductions", "Lunch"], (await ItemsAsync(session.Id)).Select(i => i.Title));
    }

    [Fact]
    public async Task Members_who_do_not_run_the_programme_cannot_edit_it()
    {
        var session = await factory.SessionAsync(change: s => s.Programme = [new() { Order = 1, Title = "Welcome" }]);
        var item = (await ItemsAsync(session.Id))[0];
        var member = await factory.SignInAsync(Member);

        Assert.True(MaterialTests.Refused(await member.GetAsync($"/training/sessions/{session.Id}/programme")));
        Assert.True(MaterialTests.Refused(await member.GetAsync($"/training/sessions/{session.Id}/programme/{item.Id}/edit")));
        Assert.True(MaterialTests.Refused(await member.PostAsync($"/training/sessions/{session.Id}/programme?handler=remove&itemId={item.Id}", new FormUrlEncodedContent([]))));
        Assert.Single(await ItemsAsync(session.Id));
    }
}

public sealed class SqliteProgrammeTests(McnHubFactory factory) : ProgrammeTests(factory), IClassFixture<McnHubFactory>;

public sealed class PostgresProgrammeTests(PostgresMcnHubFactory factory) : ProgrammeTests(factory), IClassFixture<PostgresMcnHubFactory>;
