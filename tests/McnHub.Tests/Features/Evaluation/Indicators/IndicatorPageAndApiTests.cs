using System.Net;
using System.Text.Json;
using McnHub.Tests.Support;

namespace McnHub.Tests.Features.Evaluation.Indicators;

/// <summary>The dashboards and the JSON API: tables beside charts, summaries, and suppression by who is looking.</summary>
public sealed class IndicatorPageAndApiTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private const string Coordinator = "coordinator@riverlands.example";
    private const string Member = "member@riverlands.example";

    [Fact]
    public async Task The_indicator_list_links_each_indicator_with_its_target()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var client = await factory.SignInAsync(Member);

        var page = await client.GetDocumentAsync("/indicators");

        var row = page.QuerySelector($"#indicator-{world.Pref}");
        Assert.NotNull(row);
        Assert.Equal($"/indicators/{world.Pref}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("at least 75.0%", row.TextContent);
    }

    [Fact]
    public async Task The_trend_has_a_chart_with_a_text_alternative_a_data_table_and_a_summary()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var client = await factory.SignInAsync(Coordinator);

        var page = await client.GetDocumentAsync($"/indicators/{world.Pref}?from=2025Q1&to=2025Q2");

        var chart = page.QuerySelector("#trend-chart")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Contains("Fell from 72.7% to 0.0% over 2 quarters; target at least 75.0% (not met).", chart.TextContent);
        var rows = page.QuerySelectorAll("#trend-table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("72.7%", rows[0]);
        Assert.Equal("Fell from 72.7% to 0.0% over 2 quarters; target at least 75.0% (not met).", page.QuerySelector("#trend-summary")!.TextContent);
    }

    [Fact]
    public async Task A_member_sees_small_numbers_withheld_where_the_coordinator_sees_them()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var member = await factory.SignInAsync(Member);
        var coordinator = await factory.SignInAsync(Coordinator);
        var url = $"/indicators/{world.Pref}?from=2025Q1&to=2025Q1";

        var asMember = await member.GetDocumentAsync(url);
        var asCoordinator = await coordinator.GetDocumentAsync(url);

        string Cell(AngleSharp.Dom.IDocument page, string table, int subject) =>
            page.QuerySelector($"#{table}-table tr[data-subject='{subject}'] td")!.TextContent;

        // C returned 2 of 3: withheld; A (7 of 10) goes with it, or the network total minus B would give C away.
        Assert.Equal("suppressed", Cell(asMember, "organisations", world.OrgC));
        Assert.Equal("suppressed", Cell(asMember, "organisations", world.OrgA));
        Assert.Equal("75.0%", Cell(asMember, "organisations", world.OrgB));
        Assert.Equal("suppressed", Cell(asMember, "areas", world.AreaY));
        Assert.DoesNotContain("66.7%", asMember.QuerySelector("main")!.TextContent);

        Assert.Equal("66.7%", Cell(asCoordinator, "organisations", world.OrgC));
        Assert.Equal("70.0%", Cell(asCoordinator, "organisations", world.OrgA));
        Assert.Equal("66.7%", Cell(asCoordinator, "areas", world.AreaY));
    }

    [Fact]
    public async Task A_bad_period_is_shown_next_to_the_field_not_as_an_error_page()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var client = await factory.SignInAsync(Member);

        var page = await client.GetDocumentAsync($"/indicators/{world.Pref}?from=last+spring");

        Assert.Contains("'last spring' is not a period", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
    }

    [Fact]
    public async Task The_api_lists_indicators_with_their_definitions()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var client = await factory.SignInAsync(Member);

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/indicators"));

        var pref = json.RootElement.EnumerateArray().Single(i => i.GetProperty("code").GetString() == world.Pref);
        Assert.Equal(100, pref.GetProperty("factor").GetInt32());
        Assert.Contains("_DEATHS]", pref.GetProperty("denominator").GetString());
    }

    [Fact]
    public async Task The_api_gives_values_per_organisation_suppressed_for_a_member()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var member = await factory.SignInAsync(Member);
        var coordinator = await factory.SignInAsync(Coordinator);
        var url = $"/api/v1/indicators/{world.Pref}/values?level=organisation&from=2025Q1&to=2025Q1";

        using var asMember = JsonDocument.Parse(await member.GetStringAsync(url));
        using var asCoordinator = JsonDocument.Parse(await coordinator.GetStringAsync(url));

        JsonElement Row(JsonDocument d, int org) => d.RootElement.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("subjectId").GetInt32() == org);
        Assert.True(Row(asMember, world.OrgC).GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, Row(asMember, world.OrgC).GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, Row(asMember, world.OrgC).GetProperty("numerator").ValueKind);
        Assert.Equal(66.7, Row(asCoordinator, world.OrgC).GetProperty("value").GetDouble());
        Assert.Equal(75.0, Row(asMember, world.OrgB).GetProperty("value").GetDouble());
    }

    [Theory]
    [InlineData("level=county", "level")]
    [InlineData("from=2025Q5", "from")]
    [InlineData("from=2025Q3&to=2025Q1", "from")]
    [InlineData("from=2025Q1&to=2025", "to")]
    public async Task The_api_answers_bad_parameters_with_problem_details(string query, string field)
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var client = await factory.SignInAsync(Member);

        var response = await client.GetAsync($"/api/v1/indicators/{world.Pref}/values?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task The_api_needs_a_sign_in_and_says_when_an_indicator_does_not_exist()
    {
        var anonymous = factory.CreateBrowserClient();
        var client = await factory.SignInAsync(Member);

        var unauthenticated = await anonymous.GetAsync("/api/v1/indicators");
        var missing = await client.GetAsync("/api/v1/indicators/NO_SUCH_INDICATOR/values");

        Assert.Contains(unauthenticated.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Redirect, HttpStatusCode.Found });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
