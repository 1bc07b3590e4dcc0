using System.Net;
using McnHub.Features.Governance.Risks;
using McnHub.Tests.Features.Governance.Dashboard;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Governance.Risks;

public sealed class RiskRegisterTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private static Dictionary<string, string> Valid(string title) => new()
    {
        ["Input.Title"] = title,
        ["Input.LikelihoodBefore"] = "4",
        ["Input.ImpactBefore"] = "5",
        ["Input.LikelihoodAfter"] = "2",
        ["Input.ImpactAfter"] = "3",
        ["Input.ReviewDate"] = "2027-01-31",
        ["Input.Trend"] = "Improving",
        ["Input.Status"] = "Open",
    };

    [Theory]
    [InlineData(1, "Low")]
    [InlineData(4, "Low")]
    [InlineData(5, "Moderate")]
    [InlineData(9, "Moderate")]
    [InlineData(10, "High")]
    [InlineData(15, "High")]
    [InlineData(16, "Extreme")]
    [InlineData(25, "Extreme")]
    public void Scores_fall_into_the_named_bands(int score, string band) => Assert.Equal(band, RiskRules.Band(score).ToString());

    [Fact]
    public async Task The_coordinator_adds_a_risk_and_it_is_listed_with_its_scores_before_and_after()
    {
        var client = await factory.SignInAsync("coordinator@riverlands.example");
        var title = $"Risk {GovernanceTestData.Word()}";

        var response = await client.SubmitFormAsync(await client.GetDocumentAsync("/governance/risks/new"), Valid(title));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Set<Risk>().SingleAsync(r => r.Title == title));
        Assert.Equal((20, 6, RiskTrend.Improving), (saved.ScoreBefore, saved.ScoreAfter, saved.Trend));
        var list = await client.GetDocumentAsync("/governance/risks?status=all");
        var row = list.QuerySelector($"#risk-{saved.Id}")!;
        Assert.Contains("20 (Extreme)", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("6 Moderate", row.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Input.LikelihoodBefore", "0", "Likelihood before mitigation must be a whole number from 1 (lowest) to 5 (highest)")]
    [InlineData("Input.LikelihoodAfter", "6", "Likelihood after mitigation must be a whole number from 1 (lowest) to 5 (highest)")]
    [InlineData("Input.ImpactAfter", "three", "Impact after mitigation must be a whole number from 1 (lowest) to 5 (highest)")]
    public async Task Likelihood_or_impact_outside_one_to_five_is_refused_with_a_clear_message_and_the_input_kept(string field, string value, string message)
    {
        var client = await factory.SignInAsync("coordinator@riverlands.example");
        var title = $"Risk {GovernanceTestData.Word()}";
        var values = Valid(title);
        values[field] = value;
        values["Input.Cause"] = "Staff turnover";

        var response = await client.SubmitFormAsync(await client.GetDocumentAsync("/governance/risks/new"), values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HttpExtensions.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector(".nhsuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(message, page.QuerySelector($"#{field.Replace('.', '_')}-error")?.TextContent ?? page.Text(), StringComparison.Ordinal);
        Assert.Equal(value, page.QuerySelector($"[name='{field}']")!.GetAttribute("value"));
        Assert.Equal(title, page.QuerySelector("[name='Input.Title']")!.GetAttribute("value"));
        Assert.Equal("Staff turnover", page.QuerySelector("[name='Input.Cause']")!.TextContent.Trim());
        Assert.False(await factory.WithDbAsync(db => db.Set<Risk>().AnyAsync(r => r.Title == title)));
    }

    [Fact]
    public async Task The_heat_map_counts_open_risks_by_current_score_and_names_each_band_in_words()
    {
        var word = GovernanceTestData.Word();
        // Likelihood 5 × impact 1 is a cell no demo risk uses.
        await factory.AddAsync(new Risk { Title = $"A {word}", LikelihoodBefore = 5, ImpactBefore = 5, LikelihoodAfter = 5, ImpactAfter = 1, ReviewDate = new DateOnly(2027, 1, 1) });
        await factory.AddAsync(new Risk { Title = $"B {word}", LikelihoodBefore = 5, ImpactBefore = 5, LikelihoodAfter = 5, ImpactAfter = 1, ReviewDate = new DateOnly(2027, 1, 1) });
        await factory.AddAsync(new Risk { Title = $"C {word}", LikelihoodBefore = 5, ImpactBefore = 5, LikelihoodAfter = 5, ImpactAfter = 1, ReviewDate = new DateOnly(2027, 1, 1), Status = RiskStatus.Closed });
        var expected = await factory.WithDbAsync(db => db.Set<Risk>().CountAsync(r => r.Status == RiskStatus.Open && r.LikelihoodAfter == 5 && r.ImpactAfter == 1));
        var client = await factory.SignInAsync("member@riverlands.example");

        var page = await client.GetDocumentAsync("/governance/risks");

        var map = page.QuerySelector("table#heat-map")!;
        Assert.Contains("likelihood 1 to 5 by impact 1 to 5", map.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Impact 1", "Impact 2", "Impact 3", "Impact 4", "Impact 5"], map.QuerySelectorAll("thead th[scope=col]").Select(h => h.TextContent.Trim()));
        Assert.Equal(["Likelihood 5", "Likelihood 4", "Likelihood 3", "Likelihood 2", "Likelihood 1"], map.QuerySelectorAll("tbody th[scope=row]").Select(h => h.TextContent.Trim()));
        var cell = map.QuerySelector("td[data-likelihood='5'][data-impact='1']")!;
        Assert.Equal(expected.ToString(), cell.QuerySelector("[data-count]")!.GetAttribute("data-count"));
        Assert.Equal(2, expected);
        Assert.Contains("Moderate", cell.TextContent, StringComparison.Ordinal);
        Assert.Contains($"A {word}", cell.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain($"C {word}", cell.TextContent, StringComparison.Ordinal);
        Assert.Contains("Extreme", map.QuerySelector("td[data-likelihood='5'][data-impact='5']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Low", map.QuerySelector("td[data-likelihood='1'][data-impact='4']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("High", map.QuerySelector("td[data-likelihood='3'][data-impact='5']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_narrow_the_list_by_status_and_score_band()
    {
        var word = GovernanceTestData.Word();
        var high = await factory.AddAsync(new Risk { Title = $"High {word}", LikelihoodBefore = 4, ImpactBefore = 4, LikelihoodAfter = 3, ImpactAfter = 4, ReviewDate = new DateOnly(2027, 1, 1) });
        var low = await factory.AddAsync(new Risk { Title = $"Low {word}", LikelihoodBefore = 2, ImpactBefore = 2, LikelihoodAfter = 1, ImpactAfter = 2, ReviewDate = new DateOnly(2027, 1, 1) });
        var closed = await factory.AddAsync(new Risk { Title = $"Closed {word}", LikelihoodBefore = 4, ImpactBefore = 4, LikelihoodAfter = 3, ImpactAfter = 4, ReviewDate = new DateOnly(2027, 1, 1), Status = RiskStatus.Closed });
        var client = await factory.SignInAsync("member@riverlands.example");

        var page = await client.GetDocumentAsync("/governance/risks?band=High");

        Assert.NotNull(page.QuerySelector($"#risk-{high.Id}"));
        Assert.Null(page.QuerySelector($"#risk-{low.Id}"));
        Assert.Null(page.QuerySelector($"#risk-{closed.Id}"));
        Assert.NotNull((await client.GetDocumentAsync("/governance/risks?status=closed")).QuerySelector($"#risk-{closed.Id}"));
    }

    [Fact]
    public async Task Members_read_the_register_but_only_the_coordinator_adds_or_edits()
    {
        var risk = await factory.AddAsync(new Risk { Title = $"Risk {GovernanceTestData.Word()}", LikelihoodBefore = 2, ImpactBefore = 2, LikelihoodAfter = 1, ImpactAfter = 1, ReviewDate = new DateOnly(2027, 1, 1) });
        var member = await factory.SignInAsync("member@riverlands.example");

        var page = await member.GetDocumentAsync("/governance/risks");

        Assert.Null(page.QuerySelector("a[href='/governance/risks/new']"));
        Assert.Null(page.QuerySelector($"a[href='/governance/risks/{risk.Id}/edit']"));
        Assert.StartsWith("/account/access-denied", (await member.GetAsync("/governance/risks/new")).Headers.Location?.PathAndQuery);
        Assert.StartsWith("/account/access-denied", (await member.GetAsync($"/governance/risks/{risk.Id}/edit")).Headers.Location?.PathAndQuery);
        Assert.StartsWith("/account/sign-in", (await factory.CreateBrowserClient().GetAsync("/governance/risks")).Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task An_edit_of_a_risk_changed_meanwhile_is_not_saved_and_says_what_changed()
    {
        var risk = await factory.AddAsync(new Risk { Title = $"Risk {GovernanceTestData.Word()}", LikelihoodBefore = 2, ImpactBefore = 2, LikelihoodAfter = 2, ImpactAfter = 2, ReviewDate = new DateOnly(2027, 1, 1) });
        var client = await factory.SignInAsync("coordinator@riverlands.example");
        var form = await client.GetDocumentAsync($"/governance/risks/{risk.Id}/edit");
        await factory.WithDbAsync(async db =>
        {
            var saved = await db.Set<Risk>().SingleAsync(r => r.Id == risk.Id);
            saved.ImpactAfter = 4;
            return await db.SaveChangesAsync();
        });

        var response = await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.ImpactAfter"] = "3" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HttpExtensions.ParseAsync(response);
        Assert.Contains("Impact after is now saved as “4”; you entered “3”", page.Text(), StringComparison.Ordinal);
        Assert.Equal(4, await factory.WithDbAsync(db => db.Set<Risk>().Where(r => r.Id == risk.Id).Select(r => r.ImpactAfter).SingleAsync()));
    }
}
