using System.Net;
using McnHub.Features.Evaluation;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Evaluation.Indicators;

/// <summary>The co-ordinator's indicator forms: expressions checked with the fault's position, concurrency, and who may.</summary>
public sealed class IndicatorAdminTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private const string Coordinator = "coordinator@riverlands.example";

    private static Dictionary<string, string> Form(IndicatorWorld world, string code, string numerator) => new()
    {
        ["Input.Code"] = code,
        ["Input.Name"] = "Preferred place of death (new)",
        ["Input.Numerator"] = numerator,
        ["Input.Denominator"] = $"[{world.Prefix}_DEATHS]",
        ["Input.Factor"] = "100",
        ["Input.Decimals"] = "1",
        ["Input.Target"] = "80",
        ["Input.Direction"] = "HigherIsBetter",
        ["Input.Active"] = "true",
    };

    [Fact]
    public async Task An_unknown_code_in_an_expression_is_refused_with_its_position_and_nothing_typed_is_lost()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var client = await factory.SignInAsync(Coordinator);
        var page = await client.GetDocumentAsync("/indicators/manage/new");

        var response = await client.SubmitFormAsync(page, Form(world, world.Prefix + "_NEW", "[NOPE] + 1"));

        var after = await HttpExtensions.ParseAsync(response);
        Assert.Contains("Numerator: Unknown data element code 'NOPE' (at character 2)", after.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal("[NOPE] + 1", after.QuerySelector("#Input_Numerator, [name='Input.Numerator']")!.TextContent);
        Assert.False(await factory.WithDbAsync(db => db.Set<Indicator>().AnyAsync(i => i.Code == world.Prefix + "_NEW")));
    }

    [Fact]
    public async Task A_malformed_expression_is_refused_with_its_position()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var client = await factory.SignInAsync(Coordinator);
        var page = await client.GetDocumentAsync("/indicators/manage/new");

        var response = await client.SubmitFormAsync(page, Form(world, world.Prefix + "_BAD", $"([{world.Prefix}_DEATHS_PREF] + 1"));

        var after = await HttpExtensions.ParseAsync(response);
        Assert.Contains("Numerator: '(' is never closed (at character 1)", after.QuerySelector(".nhsuk-error-summary")!.TextContent);
    }

    [Fact]
    public async Task A_valid_indicator_is_saved_and_shows_on_the_dashboard()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var client = await factory.SignInAsync(Coordinator);
        var page = await client.GetDocumentAsync("/indicators/manage/new");

        var response = await client.SubmitFormAsync(page, Form(world, world.Prefix.ToLowerInvariant() + "_ok", $"[{world.Prefix}_DEATHS_PREF]"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Set<Indicator>().SingleAsync(i => i.Code == world.Prefix + "_OK"));
        Assert.Equal(80, saved.Target);
        var dashboard = await client.GetDocumentAsync($"/indicators/{saved.Code}?from=2025Q1&to=2025Q1");
        Assert.Equal("72.7%", dashboard.QuerySelector("#trend-table tbody td")!.TextContent);
    }

    [Fact]
    public async Task A_second_editor_is_told_what_changed_instead_of_overwriting()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var id = await factory.WithDbAsync(db => db.Set<Indicator>().Where(i => i.Code == world.Pref).Select(i => i.Id).SingleAsync());
        var client = await factory.SignInAsync(Coordinator);
        var first = await client.GetDocumentAsync($"/indicators/manage/{id}/edit");
        var second = await client.GetDocumentAsync($"/indicators/manage/{id}/edit");
        var values = Form(world, world.Pref, $"[{world.Prefix}_DEATHS_PREF]");

        await client.SubmitFormAsync(first, new Dictionary<string, string>(values) { ["Input.Target"] = "70" });
        var response = await client.SubmitFormAsync(second, new Dictionary<string, string>(values) { ["Input.Target"] = "90" });

        var after = await HttpExtensions.ParseAsync(response);
        Assert.Contains("Target is now saved as “70”; you entered “90”", after.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal(70, await factory.WithDbAsync(db => db.Set<Indicator>().Where(i => i.Id == id).Select(i => i.Target).SingleAsync()));
    }

    [Fact]
    public async Task Only_the_coordinator_manages_indicators()
    {
        var member = await factory.SignInAsync("member@riverlands.example");

        var response = await member.GetAsync("/indicators/manage/new");

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden || response.Headers.Location?.OriginalString.Contains("access-denied", StringComparison.Ordinal) == true);
    }
}
