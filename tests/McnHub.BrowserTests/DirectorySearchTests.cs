using System.Text.RegularExpressions;
using McnHub.BrowserTests.Support;
using Microsoft.Playwright;

namespace McnHub.BrowserTests;

/// <summary>Finding a service in the public directory (/services), as a family or a professional would.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DirectorySearchTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_visitor_searches_filters_by_type_and_24_7_and_opens_a_service()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/services");
        var filters = page.GetByRole(AriaRole.Search, new() { Name = "Services" });

        await filters.GetByLabel("Search", new() { Exact = true }).FillAsync("hospice");
        await filters.GetByLabel("Type of service").SelectOptionAsync(new SelectOptionValue { Label = "End-of-life care at home" });
        await filters.GetByLabel("Only services available 24 hours a day, 7 days a week").CheckAsync();
        await filters.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]q=hospice\b.*only24x7=true", RegexOptions.IgnoreCase));
        await Expect(page.Locator("#result-count")).ToContainTextAsync("for ‘hospice’");
        var results = page.Locator(".mcn-result");
        await Expect(results.First).ToBeVisibleAsync();
        await Expect(results.Filter(new() { HasText = "Kingfisher hospice at home" })).ToHaveCountAsync(1);
        foreach (var result in await results.AllAsync())
        {
            await Expect(result).ToContainTextAsync("End-of-life care at home");
            await Expect(result.Locator(".nhsuk-tag", new() { HasText = "24/7" })).ToBeVisibleAsync();
        }

        // What was searched for stays in the form, so the search can be refined.
        await Expect(filters.GetByLabel("Search", new() { Exact = true })).ToHaveValueAsync("hospice");
        await Expect(filters.GetByLabel("Only services available 24 hours a day, 7 days a week")).ToBeCheckedAsync();
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "results");

        await page.GetByRole(AriaRole.Link, new() { Name = "Kingfisher hospice at home" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kingfisher hospice at home");
        await Expect(page.Locator("main")).ToContainTextAsync("Provided by Kingfisher Children's Hospice");
        await page.AssertNoAxeViolationsAsync();
        page.AssertNoBrowserErrors();
        await ScreenshotAsync(page, "service");
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"hospice")]
    [InlineData("*")]
    [InlineData("care*")]
    [InlineData("NEAR(")]
    [InlineData("NEAR(care, 2)")]
    [InlineData("'")]
    [InlineData("children's")]
    [InlineData("%")]
    [InlineData("100% \"free\" OR * AND NOT (")]
    public async Task Search_text_with_query_syntax_characters_answers_a_page_not_an_error(string text)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/services");
        var search = page.GetByRole(AriaRole.Search, new() { Name = "Services" });

        await search.GetByLabel("Search", new() { Exact = true }).FillAsync(text);
        var response = await page.RunAndWaitForResponseAsync(
            () => search.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync(),
            r => r.Request.IsNavigationRequest && r.Url.Contains("/services?", StringComparison.Ordinal));

        Assert.Equal(200, response.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Find a service");
        await Expect(page.Locator("#result-count")).ToBeVisibleAsync();
        await Expect(search.GetByLabel("Search", new() { Exact = true })).ToHaveValueAsync(text);
        page.AssertNoBrowserErrors();
    }
}
