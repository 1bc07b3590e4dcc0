using System.Text.RegularExpressions;
using McnHub.BrowserTests.Support;
using Microsoft.Playwright;

namespace McnHub.BrowserTests;

/// <summary>An organisation lead keeps their own service's entry in the directory right.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ServiceEditTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Lead_corrects_bad_input_on_their_service_without_losing_it_then_saves_and_re_verifies_with_one_click()
    {
        var ids = await DemoIds.LoadAsync(Fixture.App);
        var page = await NewPageAsync(signedInAs: Lead);
        await page.GotoAsync($"/services/{ids.LeadsService}");
        var name = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Edit {name}" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/services/{ids.LeadsService}/edit$"));

        // Youngest above oldest, Monday closing before it opens, and a postcode that is not one.
        await page.GetByLabel("Youngest age (years) (optional)").FillAsync("18");
        await page.GetByLabel("Oldest age (years) (optional)").FillAsync("5");
        await page.GetByLabel("Opens on Monday", new() { Exact = true }).FillAsync("17:00");
        await page.GetByLabel("Closes on Monday", new() { Exact = true }).FillAsync("09:00");
        await page.Locator("#Input_Locations_0__Postcode").FillAsync("NOT A POSTCODE");
        await page.GetByLabel("Eligibility (optional)").FillAsync("Children known to the hospice team");
        await Save(page).ClickAsync();

        var summary = page.Locator(".nhsuk-error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await Expect(summary.Locator("li")).ToHaveCountAsync(3);

        // In the order of the form: ages, then opening hours, then locations.
        Assert.Equal(
            ["#Input_MinimumAge", "#Input_Hours_0__Opens1", "#Input_Locations_0__Postcode"],
            await summary.Locator("li a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        await Expect(summary.Locator("a[href='#Input_MinimumAge']")).ToHaveTextAsync("Minimum age (18) must not be more than the maximum age (5)");
        await Expect(summary.Locator("a[href='#Input_Hours_0__Opens1']")).ToContainTextAsync("Monday, first period: the closing time (09:00) must be after the opening time (17:00)");
        await Expect(summary.Locator("a[href='#Input_Locations_0__Postcode']")).ToContainTextAsync("enter a real postcode");
        await Expect(page.Locator(".nhsuk-form-group--error:has(#Input_MinimumAge) #Input_MinimumAge-error")).ToContainTextAsync("must not be more than the maximum age");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Monday" })).ToContainTextAsync("the closing time (09:00) must be after the opening time (17:00)");
        await Expect(page.Locator(".nhsuk-form-group--error:has(#Input_Locations_0__Postcode) #Input_Locations_0__Postcode-error")).ToContainTextAsync("enter a real postcode");

        await Expect(page.GetByLabel("Youngest age (years) (optional)")).ToHaveValueAsync("18");
        await Expect(page.GetByLabel("Oldest age (years) (optional)")).ToHaveValueAsync("5");
        await Expect(page.GetByLabel("Opens on Monday", new() { Exact = true })).ToHaveValueAsync("17:00");
        await Expect(page.GetByLabel("Closes on Monday", new() { Exact = true })).ToHaveValueAsync("09:00");
        await Expect(page.Locator("#Input_Locations_0__Postcode")).ToHaveValueAsync("NOT A POSTCODE");
        await Expect(page.GetByLabel("Eligibility (optional)")).ToHaveValueAsync("Children known to the hospice team");
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "bad-input");

        await summary.GetByRole(AriaRole.Link, new() { Name = "enter a real postcode" }).ClickAsync();
        await Expect(page.Locator("#Input_Locations_0__Postcode")).ToBeFocusedAsync();

        await page.GetByLabel("Youngest age (years) (optional)").FillAsync("2");
        await page.GetByLabel("Oldest age (years) (optional)").FillAsync("18");
        await page.GetByLabel("Opens on Monday", new() { Exact = true }).FillAsync("09:00");
        await page.GetByLabel("Closes on Monday", new() { Exact = true }).FillAsync("17:00");
        await page.Locator("#Input_Locations_0__Postcode").FillAsync("nb5 1kf");
        await Save(page).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/services/{ids.LeadsService}$"));
        var banner = page.Locator(".nhsuk-notification-banner--success");
        await Expect(banner).ToContainTextAsync($"Your changes to {name} have been saved");
        await Expect(page.Locator("main")).ToContainTextAsync("2 to 18 years");
        await Expect(page.Locator("main")).ToContainTextAsync("Children known to the hospice team");
        await Expect(page.Locator("main")).ToContainTextAsync("NB5 1KF");
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "saved");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Re-verify {name}" }).ClickAsync();

        await Expect(banner).ToContainTextAsync($"Thank you: {name} is marked as checked today");
        await Expect(page).ToHaveURLAsync(new Regex($"/services/{ids.LeadsService}$"));
        await page.AssertNoAxeViolationsAsync();
        page.AssertNoBrowserErrors();
        await ScreenshotAsync(page, "re-verified");
    }

    private static ILocator Save(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Save changes" });
}
