using McnHub.BrowserTests.Support;
using Microsoft.Playwright;

namespace McnHub.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>Each demo role: who they are, the role the header names, links only they (or their kind) see, a link they must not see.</summary>
    public static TheoryData<string, string, string, string[], string[]> Roles => new()
    {
        { Coordinator, "Alex Morgan", "Co-ordinator", ["People", "Manage"], ["My organisation"] },
        { Member, "Sam Patel", "Member", ["People"], ["Manage", "My organisation"] },
        { Lead, "Jo Fletcher", "Organisation lead", ["People", "My organisation"], ["Manage"] },
        { Submitter, "Priya Shah", "Data submitter", ["People"], ["Manage", "My organisation"] },
        { Educator, "Chris Okafor", "Educator", ["People"], ["Manage", "My organisation"] },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_demo_role_signs_in_through_the_form_and_sees_their_name_and_navigation(string email, string name, string roleName, string[] shown, string[] hidden)
    {
        var page = await NewPageAsync();
        var role = email.Split('@')[0];
        await page.GotoAsync("/account/sign-in");
        await page.AssertNoAxeViolationsAsync();

        await SignInAsync(page, email);

        await Expect(page).ToHaveURLAsync(Fixture.BaseAddress.ToString());
        var account = page.GetByRole(AriaRole.Navigation, new() { Name = "Account" });
        await Expect(account).ToContainTextAsync(name);
        await Expect(account).ToContainTextAsync(roleName);
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });

        // What does not fit across the header goes under "More" (the NHS.UK header): open it to see every link.
        var more = menu.GetByRole(AriaRole.Button, new() { Name = "Browse More" });
        if (await more.IsVisibleAsync())
        {
            await more.ClickAsync();
            await Expect(more).ToHaveAttributeAsync("aria-expanded", "true");
        }

        foreach (var text in shown)
        {
            await Expect(menu.GetByRole(AriaRole.Link, new() { Name = text, Exact = true })).ToHaveCountAsync(1);
        }

        foreach (var text in hidden)
        {
            await Expect(menu.GetByRole(AriaRole.Link, new() { Name = text, Exact = true })).ToHaveCountAsync(0);
        }

        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, $"{role}-home");
    }

    [Fact]
    public async Task Empty_sign_in_focuses_the_error_summary_which_links_to_each_field()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/account/sign-in");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        var summary = page.Locator(".nhsuk-error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Enter your email address" })).ToHaveAttributeAsync("href", "#Input_Email");
        await Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Enter your password" })).ToHaveAttributeAsync("href", "#Input_Password");
        await Expect(page.Locator("#Input_Email-error")).ToContainTextAsync("Enter your email address");
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "errors");

        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter your password" }).ClickAsync();
        await Expect(page.GetByLabel("Password", new() { Exact = true })).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_message_and_the_email_is_kept()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address", new() { Exact = true }).FillAsync(Member);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("not-the-password");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("The email address or password is not right");
        await Expect(page.GetByLabel("Email address", new() { Exact = true })).ToHaveValueAsync(Member);
        // A password is never sent back in the page.
        await Expect(page.GetByLabel("Password", new() { Exact = true })).ToHaveValueAsync("");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Account" })).ToContainTextAsync("Sign in");
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "refused");
    }

    [Fact]
    public async Task Signing_out_from_the_header_shows_a_success_banner_on_the_home_page()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, Educator);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Account" }).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        var banner = page.Locator(".nhsuk-notification-banner--success");
        await Expect(banner).ToContainTextAsync("You have signed out");
        await Expect(banner).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Account" })).Not.ToContainTextAsync("Chris Okafor");
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "signed-out");
    }
}
