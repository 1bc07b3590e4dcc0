using System.Globalization;
using System.Text.RegularExpressions;
using McnHub.BrowserTests.Support;
using Microsoft.Playwright;

namespace McnHub.BrowserTests;

/// <summary>The provision map (/directory/provision-map): a table anyone can read, with or without colour or sight.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProvisionMapTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Caption = "Service coverage and estimated need by local area";

    [Fact]
    public async Task The_map_is_a_captioned_table_with_row_and_column_headers_and_coverage_in_words()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/directory/provision-map");

        var map = page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex($"^{Regex.Escape(Caption)}") });
        await Expect(map).ToHaveCountAsync(1);
        var columns = map.Locator("thead th[scope=col]");
        await Expect(columns.First).ToHaveTextAsync("Area");
        await Expect(map.GetByRole(AriaRole.Columnheader, new() { Name = "End-of-life care at home (required, 24/7)" })).ToHaveCountAsync(1);
        var rows = map.Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(6);
        foreach (var area in new[] { "Northbrook", "Eastmere", "Westvale", "Southford", "Highcross", "Lowmoor" })
        {
            await Expect(map.GetByRole(AriaRole.Rowheader, new() { Name = area, Exact = true })).ToHaveCountAsync(1);
        }

        // Every row has a cell under every column heading, and each coverage cell says its level in words: the
        // colour and the symbol (hidden from screen readers) only repeat it.
        var columnCount = await columns.CountAsync();
        foreach (var row in await rows.AllAsync())
        {
            await Expect(row.Locator("th, td")).ToHaveCountAsync(columnCount);
        }

        var spoken = await map.Locator("td.mcn-coverage").EvaluateAllAsync<string[]>(
            "cells => cells.map(c => { const copy = c.cloneNode(true); copy.querySelectorAll('[aria-hidden=true]').forEach(h => h.remove()); return copy.textContent.trim(); })");
        Assert.NotEmpty(spoken);
        Assert.All(spoken, text => Assert.Contains(text, new[] { "24/7", "Office hours only", "None" }));
        Assert.Equal(3, spoken.Distinct().Count());

        await page.AssertNoAxeViolationsAsync();
        page.AssertNoBrowserErrors();
        await ScreenshotAsync(page, "map");
    }

    [Fact]
    public async Task Choosing_a_scenario_changes_the_estimated_children_and_the_gap_list_names_areas()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/directory/provision-map?scenario=baseline");
        var baseline = await TotalEstimateAsync(page);

        await page.GetByRole(AriaRole.Radio, new() { Name = "2030 projection, upper estimate" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Update estimates" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("scenario=2030-upper"));
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = $"{Caption} (2030 projection, upper estimate)" })).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "2030 projection, upper estimate" })).ToBeCheckedAsync();
        var upper = await TotalEstimateAsync(page);
        Assert.True(upper > baseline, $"The upper 2030 estimate ({upper}) should be more children than the baseline ({baseline})");

        var gaps = page.Locator("#gap-list");
        await Expect(gaps.GetByRole(AriaRole.Row).Filter(new() { HasText = "Southford" }).Filter(new() { HasText = "End-of-life care at home" })).Not.ToHaveCountAsync(0);
        await page.AssertNoAxeViolationsAsync();
        page.AssertNoBrowserErrors();
        await ScreenshotAsync(page, "upper-scenario");
    }

    [Fact]
    public async Task The_map_scrolls_inside_its_own_frame_on_a_320_pixel_wide_screen()
    {
        var page = await NewPageAsync(width: 320, height: 640);
        await page.GotoAsync("/directory/provision-map");

        Assert.Null(await page.SidewaysOverflowAsync());
        var frame = page.GetByRole(AriaRole.Region, new() { NameRegex = new Regex($"^{Regex.Escape(Caption)}") });
        Assert.True(await frame.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"), "The map should be wider than a 320px screen, and scroll");
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "320px");
    }

    /// <summary>The "All areas" total of estimated children, as the page shows it.</summary>
    private static async Task<decimal> TotalEstimateAsync(IPage page)
    {
        var text = await page.Locator("#provision-map tfoot td").Nth(2).TextContentAsync();
        return decimal.Parse(text!.Trim(), NumberStyles.Number, CultureInfo.GetCultureInfo("en-GB"));
    }
}
