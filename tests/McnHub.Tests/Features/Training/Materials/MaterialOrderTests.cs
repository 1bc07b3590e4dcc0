using System.Net;
using AngleSharp.Dom;
using McnHub.Features.Training.Model;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Training.Materials;

public abstract class MaterialOrderTests(McnHubFactory factory)
{
    private const string Educator = "educator@riverlands.example";

    /// <summary>A course with public link materials of the given titles and stored orders (ties allowed, as older data has).</summary>
    private async Task<(int CourseId, List<CourseMaterial> Materials)> CourseWithAsync(params (string Title, int Order)[] materials)
    {
        var session = await factory.SessionAsync();
        var added = await factory.WithDbAsync(async db =>
        {
            var rows = materials.Select(m => new CourseMaterial
            {
                CourseId = session.CourseId, Kind = MaterialKind.Link, Title = m.Title, Url = "https://reading.example/" + m.Order,
                Visibility = MaterialVisibility.Everyone, Order = m.Order,
            }).ToList();
            db.AddRange(rows);
            await db.SaveChangesAsync();
            return rows;
        });
        return (session.CourseId, added);
    }

    private Task<List<CourseMaterial>> StoredAsync(int courseId) =>
        factory.WithDbAsync(db => db.Set<CourseMaterial>().AsNoTracking().Where(m => m.CourseId == courseId).OrderBy(m => m.Order).ThenBy(m => m.Id).ToListAsync());

    private static string Form(CourseMaterial m) => $"form[data-form=move][data-material='{m.Id}']";

    private static Task<HttpResponseMessage> MoveAsync(HttpClient client, IDocument page, CourseMaterial m, string direction) =>
        client.SubmitFormAsync(page, new Dictionary<string, string> { ["direction"] = direction }, Form(m));

    private static string[] ManagedOrder(IDocument page) =>
        [.. page.QuerySelectorAll("[data-materials] tbody tr td:first-child a").Select(a => a.TextContent.Trim())];

    private static string[] PublicOrder(IDocument page) =>
        [.. page.QuerySelectorAll("[data-materials] li > a").Select(a => a.TextContent.Trim())];

    private static string[] Buttons(IDocument page) =>
        [.. page.QuerySelectorAll("form[data-form=move] button").Select(b => string.Join(' ', b.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))];

    [Fact]
    public async Task Moving_materials_up_and_down_changes_the_order_on_the_management_page_and_the_course_page()
    {
        var (courseId, m) = await CourseWithAsync(("Handout A", 1), ("Handout B", 2), ("Handout C", 3));
        var client = await factory.SignInAsync(Educator);

        var up = await MoveAsync(client, await client.GetDocumentAsync($"/training/courses/{courseId}/materials"), m[2], "up");
        var afterUp = await client.GetDocumentAsync($"/training/courses/{courseId}/materials");
        var down = await MoveAsync(client, afterUp, m[0], "down");
        var managed = await client.GetDocumentAsync($"/training/courses/{courseId}/materials");
        var course = await factory.CreateBrowserClient().GetDocumentAsync($"/training/courses/{courseId}");

        Assert.Equal(HttpStatusCode.Redirect, up.StatusCode);
        Assert.Equal(["Handout A", "Handout C", "Handout B"], ManagedOrder(afterUp));
        Assert.Contains("\"Handout C\" has been moved up", afterUp.Text());
        Assert.Equal(HttpStatusCode.Redirect, down.StatusCode);
        Assert.Equal(["Handout C", "Handout A", "Handout B"], ManagedOrder(managed));
        Assert.Equal(["Handout C", "Handout A", "Handout B"], PublicOrder(course));
        Assert.Equal(["Handout C", "Handout A", "Handout B"], (await StoredAsync(courseId)).Select(x => x.Title));
    }

    [Fact]
    public async Task Materials_with_the_same_stored_order_still_move_and_are_renumbered_in_one_go()
    {
        // Older data (the demo seed among it) has ties: swapping two equal numbers alone would change nothing shown.
        var (courseId, m) = await CourseWithAsync(("Reading list", 1), ("Recording", 2), ("Forum", 2));
        var client = await factory.SignInAsync(Educator);

        var moved = await MoveAsync(client, await client.GetDocumentAsync($"/training/courses/{courseId}/materials"), m[2], "up");

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var stored = await StoredAsync(courseId);
        Assert.Equal([("Reading list", 1), ("Forum", 2), ("Recording", 3)], stored.Select(x => (x.Title, x.Order)));
        Assert.Equal(["Reading list", "Forum", "Recording"], PublicOrder(await factory.CreateBrowserClient().GetDocumentAsync($"/training/courses/{courseId}")));
    }

    [Fact]
    public async Task Each_button_names_its_material_and_the_first_has_no_up_button_nor_the_last_a_down_button()
    {
        var (courseId, _) = await CourseWithAsync(("Handout A", 1), ("Handout B", 2), ("Handout C", 3));
        var (soloId, _) = await CourseWithAsync(("Only handout", 1));
        var client = await factory.SignInAsync(Educator);

        var page = await client.GetDocumentAsync($"/training/courses/{courseId}/materials");
        var solo = await client.GetDocumentAsync($"/training/courses/{soloId}/materials");

        Assert.Equal(["Move Handout A down", "Move Handout B up", "Move Handout B down", "Move Handout C up"], Buttons(page));
        Assert.All(page.QuerySelectorAll("form[data-form=move] button"), b => Assert.Equal("submit", b.GetAttribute("type")));
        Assert.Empty(solo.QuerySelectorAll("form[data-form=move]"));
    }

    [Fact]
    public async Task A_forged_post_moving_the_first_up_or_the_last_down_is_refused_and_changes_nothing()
    {
        var (courseId, m) = await CourseWithAsync(("Handout A", 1), ("Handout B", 2), ("Handout C", 3));
        var client = await factory.SignInAsync(Educator);
        var page = await client.GetDocumentAsync($"/training/courses/{courseId}/materials");

        var firstUp = await PageOfAsync(await MoveAsync(client, page, m[0], "up"));
        var lastDown = await PageOfAsync(await MoveAsync(client, page, m[2], "down"));
        var sideways = await PageOfAsync(await MoveAsync(client, page, m[1], "sideways"));

        Assert.Contains("\"Handout A\" is already first", firstUp.ErrorSummary());
        Assert.Contains("\"Handout C\" is already last", lastDown.ErrorSummary());
        Assert.Contains("Choose whether to move \"Handout B\" up or down", sideways.ErrorSummary());
        Assert.Equal(["Handout A", "Handout B", "Handout C"], ManagedOrder(firstUp));
        var stored = await StoredAsync(courseId);
        Assert.Equal([("Handout A", 1, m[0].Version), ("Handout B", 2, m[1].Version), ("Handout C", 3, m[2].Version)], stored.Select(x => (x.Title, x.Order, x.Version)));
    }

    [Fact]
    public async Task A_move_from_a_page_shown_before_someone_else_changed_the_list_is_refused_with_a_clear_message()
    {
        var (courseId, m) = await CourseWithAsync(("Handout A", 1), ("Handout B", 2), ("Handout C", 3));
        var client = await factory.SignInAsync(Educator);
        var colleague = await factory.SignInAsync(Educator);
        var before = await client.GetDocumentAsync($"/training/courses/{courseId}/materials");

        var theirs = await MoveAsync(colleague, await colleague.GetDocumentAsync($"/training/courses/{courseId}/materials"), m[1], "up");
        var stale = await PageOfAsync(await MoveAsync(client, before, m[0], "down"));

        Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);
        Assert.Contains("Someone else changed this course's materials while you were looking at them. Nothing has been moved", stale.ErrorSummary());
        Assert.Equal(["Handout B", "Handout A", "Handout C"], ManagedOrder(stale));
        Assert.Equal(["Handout B", "Handout A", "Handout C"], (await StoredAsync(courseId)).Select(x => x.Title));
    }

    [Fact]
    public async Task Members_who_do_not_run_the_programme_cannot_move_materials()
    {
        var (courseId, m) = await CourseWithAsync(("Handout A", 1), ("Handout B", 2));
        var member = await factory.SignInAsync(Member);

        var response = await member.PostAsync(
            $"/training/courses/{courseId}/materials?handler=move&materialId={m[1].Id}",
            new FormUrlEncodedContent([new("direction", "up"), new("version", m[1].Version.ToString())]));

        Assert.True(MaterialTests.Refused(response), $"answered {(int)response.StatusCode} {response.Headers.Location}");
        if (response.StatusCode != HttpStatusCode.Forbidden)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(response.Headers.Location)).StatusCode);
        }

        Assert.Equal(["Handout A", "Handout B"], (await StoredAsync(courseId)).Select(x => x.Title));
    }
}

public sealed class SqliteMaterialOrderTests(McnHubFactory factory) : MaterialOrderTests(factory), IClassFixture<McnHubFactory>;

public sealed class PostgresMaterialOrderTests(PostgresMcnHubFactory factory) : MaterialOrderTests(factory), IClassFixture<PostgresMcnHubFactory>;
