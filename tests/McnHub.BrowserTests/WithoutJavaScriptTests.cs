using McnHub.BrowserTests.Support;
using Microsoft.Playwright;

namespace McnHub.BrowserTests;

/// <summary>Every page works without JavaScript: the NHS.UK scripts only enhance.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WithoutJavaScriptTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_browser_without_JavaScript_can_sign_in()
    {
        var page = await NewPageAsync(javaScript: false);

        await SignInAsync(page, Coordinator);

        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Account" })).ToContainTextAsync("Alex Morgan");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Manage" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "signed-in");
    }

    [Fact]
    public async Task Without_JavaScript_the_error_summary_comes_first_in_the_main_content()
    {
        var page = await NewPageAsync(javaScript: false);
        await page.GotoAsync("/account/sign-in");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        var first = page.Locator("main#maincontent :is(h1, .nhsuk-error-summary)").First;
        await Expect(first).ToHaveClassAsync("nhsuk-error-summary");
        await Expect(first.GetByRole(AriaRole.Link, new() { Name = "Enter your email address" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "errors");
    }
}
