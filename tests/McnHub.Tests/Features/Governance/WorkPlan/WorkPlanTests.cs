using System.Net;
using McnHub.Features.Governance.WorkPlan;
using McnHub.Features.Members.People;
using McnHub.Platform.Audit;
using McnHub.Tests.Features.Governance.Dashboard;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Governance.WorkPlan;

public sealed class WorkPlanTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private static readonly DateOnly Today = UkDates.Today();

    private Task<Objective> AddObjectiveAsync(int? ownerId, int year = 2026) =>
        factory.AddAsync(new Objective { Year = year, Title = $"Objective {GovernanceTestData.Word()}", OwnerPersonId = ownerId, Measures = "Counted" });

    [Fact]
    public async Task The_coordinator_adds_an_objective_and_it_shows_in_its_years_plan_as_not_started()
    {
        var client = await factory.SignInAsync("coordinator@riverlands.example");
        var title = $"Objective {GovernanceTestData.Word()}";

        var response = await client.SubmitFormAsync(await client.GetDocumentAsync("/governance/work-plan/objectives/new?year=2031"),
            new Dictionary<string, string> { ["Input.Title"] = title, ["Input.Measures"] = "Two audits" });

        Assert.Equal("/governance/work-plan?year=2031", response.Headers.Location?.OriginalString);
        var page = await client.GetDocumentAsync("/governance/work-plan?year=2031");
        Assert.Contains("Work plan 2031/32", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var card = page.QuerySelectorAll("section.nhsuk-card").Single(s => s.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.Equal("Not started", card.QuerySelector("[data-rag]")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_objective_without_a_title_or_with_a_bad_year_is_refused_and_the_input_kept()
    {
        var client = await factory.SignInAsync("coordinator@riverlands.example");

        var response = await client.SubmitFormAsync(await client.GetDocumentAsync("/governance/work-plan/objectives/new"),
            new Dictionary<string, string> { ["Input.Title"] = "", ["Input.Year"] = "20x6", ["Input.Measures"] = "Kept measures" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HttpExtensions.ParseAsync(response);
        var summary = page.QuerySelector(".nhsuk-error-summary")!.TextContent;
        Assert.Contains("Enter the objective", summary, StringComparison.Ordinal);
        Assert.Contains("Enter the year the plan starts as 4 digits", summary, StringComparison.Ordinal);
        Assert.Equal("20x6", page.QuerySelector("[name='Input.Year']")!.GetAttribute("value"));
        Assert.Equal("Kept measures", page.QuerySelector("[name='Input.Measures']")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_progress_note_by_the_owner_sets_the_objectives_RAG_but_a_back_dated_one_does_not()
    {
        var owner = await factory.PersonIdAsync("member@riverlands.example");
        var objective = await AddObjectiveAsync(owner);
        var client = await factory.SignInAsync("member@riverlands.example");
        var url = $"/governance/work-plan/objectives/{objective.Id}/notes/new";

        var first = await client.SubmitFormAsync(await client.GetDocumentAsync(url), new Dictionary<string, string>
        {
            ["Input.On"] = Today.ToString("yyyy-MM-dd"), ["Input.Rag"] = "Amber", ["Input.Text"] = "Behind on recruitment",
        });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var older = await client.SubmitFormAsync(await client.GetDocumentAsync(url), new Dictionary<string, string>
        {
            ["Input.On"] = Today.AddDays(-30).ToString("yyyy-MM-dd"), ["Input.Rag"] = "Green", ["Input.Text"] = "Earlier note, added late",
        });
        Assert.Equal(HttpStatusCode.Redirect, older.StatusCode);

        var saved = await factory.WithDbAsync(db => db.Set<Objective>().Include(o => o.Notes).SingleAsync(o => o.Id == objective.Id));
        Assert.Equal(Rag.Amber, saved.Rag);
        Assert.Equal(2, saved.Notes.Count);
        Assert.Equal("Sam Patel", saved.Notes[0].By);
        var page = await client.GetDocumentAsync($"/governance/work-plan?year={objective.Year}");
        var card = page.QuerySelector($"#objective-{objective.Id}")!;
        Assert.Equal("Amber: at risk", card.QuerySelector("[data-rag]")!.TextContent.Trim());
        Assert.Contains("Behind on recruitment", card.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_progress_note_needs_a_status_and_text_and_keeps_what_was_typed()
    {
        var objective = await AddObjectiveAsync(null);
        var client = await factory.SignInAsync("coordinator@riverlands.example");

        var response = await client.SubmitFormAsync(await client.GetDocumentAsync($"/governance/work-plan/objectives/{objective.Id}/notes/new"),
            new Dictionary<string, string> { ["Input.Rag"] = "", ["Input.Text"] = "Some progress", ["Input.On"] = Today.AddDays(1).ToString("yyyy-MM-dd") });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HttpExtensions.ParseAsync(response);
        var summary = page.QuerySelector(".nhsuk-error-summary")!.TextContent;
        Assert.Contains("Select the RAG status", summary, StringComparison.Ordinal);
        Assert.Contains("must be today or in the past", summary, StringComparison.Ordinal);
        Assert.Equal("Some progress", page.QuerySelector("[name='Input.Text']")!.TextContent.Trim());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<ProgressNote>().CountAsync(n => n.ObjectiveId == objective.Id)));
    }

    [Fact]
    public async Task Someone_who_neither_owns_the_objective_nor_coordinates_is_refused_a_progress_note_and_it_is_audited()
    {
        var owner = await factory.PersonIdAsync("lead@riverlands.example");
        var objective = await AddObjectiveAsync(owner);
        var member = await factory.SignInAsync("member@riverlands.example");

        var response = await member.GetAsync($"/governance/work-plan/objectives/{objective.Id}/notes/new");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(Objective) && a.EntityKey == objective.Id.ToString() && a.Action == AuditAction.Refused)));
        var plan = await member.GetDocumentAsync($"/governance/work-plan?year={objective.Year}");
        Assert.Null(plan.QuerySelector($"a[href='/governance/work-plan/objectives/{objective.Id}/notes/new']"));
        Assert.StartsWith("/account/access-denied", (await member.GetAsync($"/governance/work-plan/objectives/{objective.Id}/edit")).Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task Only_published_achievements_appear_on_the_home_page_the_latest_three_with_their_dates()
    {
        var client = await factory.SignInAsync("coordinator@riverlands.example");
        var word = GovernanceTestData.Word();
        var future = Today.AddDays(1);
        // Dated in the future (written directly) so they are the latest on the home page whatever else exists.
        for (var i = 1; i <= 4; i++)
        {
            await factory.AddAsync(new Achievement { Title = $"Published {i} {word}", AchievedOn = future.AddDays(i), Published = true });
        }

        await factory.AddAsync(new Achievement { Title = $"Draft {word}", AchievedOn = future.AddDays(10), Published = false });

        var home = await factory.CreateBrowserClient().GetDocumentAsync("/");

        var items = home.QuerySelectorAll("#recent-achievements li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, items.Count);
        Assert.Contains($"Published 4 {word}", items[0], StringComparison.Ordinal);
        Assert.Contains(UkDates.Format(future.AddDays(4)), items[0], StringComparison.Ordinal);
        Assert.Contains($"Published 2 {word}", items[2], StringComparison.Ordinal);
        Assert.DoesNotContain(items, i => i.Contains("Draft", StringComparison.Ordinal));

        // Unpublished ones are the co-ordinator's drafts: listed for them, not for members.
        Assert.Contains($"Draft {word}", (await client.GetDocumentAsync("/governance/achievements")).Text(), StringComparison.Ordinal);
        var member = await factory.SignInAsync("member@riverlands.example");
        Assert.DoesNotContain($"Draft {word}", (await member.GetDocumentAsync("/governance/achievements")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_coordinator_records_an_achievement_and_publishing_it_puts_it_on_the_home_page()
    {
        var client = await factory.SignInAsync("coordinator@riverlands.example");
        var title = $"Achievement {GovernanceTestData.Word()}";

        var created = await client.SubmitFormAsync(await client.GetDocumentAsync("/governance/achievements/new"),
            new Dictionary<string, string> { ["Input.Title"] = title, ["Input.Evidence"] = "Report" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Set<Achievement>().SingleAsync(a => a.Title == title));
        Assert.False(saved.Published);

        var published = await client.SubmitFormAsync(await client.GetDocumentAsync($"/governance/achievements/{saved.Id}/edit"),
            new Dictionary<string, string> { ["Input.Published"] = "true", ["Input.AchievedOn"] = Today.AddYears(1).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode); // a future date is refused
        var fixedUp = await client.SubmitFormAsync(await client.GetDocumentAsync($"/governance/achievements/{saved.Id}/edit"),
            new Dictionary<string, string> { ["Input.Published"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, fixedUp.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Set<Achievement>().Where(a => a.Id == saved.Id).Select(a => a.Published).SingleAsync()));
    }
}
