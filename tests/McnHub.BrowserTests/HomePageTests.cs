using McnHub.BrowserTests.Support;
using Microsoft.Playwright;

namespace McnHub.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Anonymous_visitor_sees_the_network_home_page_with_no_accessibility_violations()
    {
        var page = await NewPageAsync();

        await page.GotoAsync("/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Riverlands Children's Palliative Care Network");
        await Expect(page.Locator("[data-figure=members]")).Not.ToHaveTextAsync("0");
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "home");
    }

    [Fact]
    public async Task Skip_link_is_the_first_thing_a_keyboard_reaches_and_moves_focus_to_the_main_content()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        await Expect(skip).ToBeFocusedAsync();
        await ScreenshotAsync(page, "skip-link-focused");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#maincontent$"));
        await Expect(page.Locator("main#maincontent")).ToBeFocusedAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/account/sign-in")]
    public async Task Page_fits_a_320_pixel_wide_screen_without_scrolling_sideways(string url)
    {
        var page = await NewPageAsync(width: 320, height: 640);

        await page.GotoAsync(url);

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 320, $"{url} is {scrollWidth}px wide at 320px");
        await ScreenshotAsync(page, $"320px-{url}");
    }

    [Fact]
    public async Task Coordinator_home_page_fits_a_320_pixel_wide_screen_with_the_longest_navigation()
    {
        var page = await NewPageAsync(width: 320, height: 640);
        await SignInAsync(page, Coordinator);

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

        Assert.True(scrollWidth <= 320, $"The coordinator's home page is {scrollWidth}px wide at 320px");
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "320px-coordinator");
    }
}
