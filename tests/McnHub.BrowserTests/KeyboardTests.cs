using System.Text.RegularExpressions;
using McnHub.BrowserTests.Support;
using Microsoft.Playwright;

namespace McnHub.BrowserTests;

/// <summary>Forms that work from the keyboard alone: no click, no mouse.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>More Tab presses than the form has stops (its date fields have a stop per part), but not endless.</summary>
    private const int MaxTabs = 80;

    [Fact]
    public async Task Coordinator_fills_in_the_organisation_form_from_the_skip_link_to_the_button_and_submits_with_Enter()
    {
        var page = await NewPageAsync(signedInAs: Coordinator);
        await page.GotoAsync("/organisations/new");

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main#maincontent")).ToBeFocusedAsync();

        var visited = new List<string>();
        var reachedButton = false;
        for (var i = 0; i < MaxTabs && !reachedButton; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await FocusedAsync(page);
            if (visited.LastOrDefault() != focused)
            {
                visited.Add(focused);
            }

            switch (focused)
            {
                case "Input_Name":
                    await page.Keyboard.TypeAsync("Kestrel Children's Hospice");
                    break;
                case "Input_Type":
                    await page.Keyboard.TypeAsync("Children's hospice");
                    break;
                case "Input_Sector":
                    await page.Keyboard.TypeAsync("Non");
                    break;
                case "Input_Town":
                    await page.Keyboard.TypeAsync("Lowmoor");
                    break;
                case "Input_AreaIds":
                    await page.Keyboard.PressAsync("Space");
                    break;
                case "button:Add organisation":
                    reachedButton = true;
                    break;
            }
        }

        Assert.True(reachedButton, "Tab never reached the Add organisation button; focus went through: " + string.Join(", ", visited));
        var order = new[] { "Input_Name", "Input_OdsCode", "Input_Type", "Input_Sector", "Input_Town", "Input_Email", "Input_AreaIds", "Input_Status", "button:Add organisation" };
        Assert.Equal(order, visited.Where(order.Contains));
        await Expect(page.GetByLabel("Type of organisation")).ToHaveValueAsync("ChildrensHospice");
        await Expect(page.GetByLabel("Sector")).ToHaveValueAsync("NonNhs");
        await ScreenshotAsync(page, "filled-in");

        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"/organisations/\d+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kestrel Children's Hospice");
        await Expect(page.Locator("main")).ToContainTextAsync("Lowmoor");
        page.AssertNoBrowserErrors();
        await ScreenshotAsync(page, "created");
    }

    [Fact]
    public async Task A_visitor_chooses_a_provision_map_scenario_with_the_arrow_keys_and_Enter()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/directory/provision-map?scenario=baseline");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        // The first stop in the page is the chosen scenario; the arrow keys move the choice within the group.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "2017/18 baseline" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "2030 projection, upper estimate" })).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Update estimates" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("scenario=2030-upper"));
        await Expect(page.Locator("#map-title")).ToContainTextAsync("2030 projection, upper estimate");
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "2030 projection, upper estimate" })).ToBeCheckedAsync();
        page.AssertNoBrowserErrors();
        await ScreenshotAsync(page, "upper-scenario");
    }

    /// <summary>The focused element: its id, or "tag:text" for an element without one.</summary>
    private static Task<string> FocusedAsync(IPage page) => page.EvaluateAsync<string>(
        "() => { const e = document.activeElement; return e?.id || `${e?.tagName.toLowerCase()}:${e?.textContent.trim()}`; }");
}
