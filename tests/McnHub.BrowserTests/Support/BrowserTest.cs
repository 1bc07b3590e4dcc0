using System.Runtime.CompilerServices;
using McnHub.Tests.Support;
using Microsoft.Playwright;

namespace McnHub.BrowserTests.Support;

/// <summary>
/// Base of every browser test: a fresh browser context per page it opens (closed when the test ends), the
/// real sign-in form, and screenshots named after the test. Subclasses carry [Collection(BrowserCollection.Name)]
/// (xunit does not inherit it).
/// </summary>
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    public const string Coordinator = "coordinator@riverlands.example";
    public const string Member = "member@riverlands.example";
    public const string Lead = "lead@riverlands.example";
    public const string Submitter = "submitter@riverlands.example";
    public const string Educator = "educator@riverlands.example";

    private readonly List<IBrowserContext> _contexts = [];

    protected BrowserFixture Fixture => fixture;

    protected static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    protected static IPageAssertions Expect(IPage page) => Assertions.Expect(page);

    /// <summary>
    /// A page in a new context: no cookies shared with any other page, unless <paramref name="signedInAs"/> names a
    /// demo account, whose sign-in (made once through the form for the whole collection) the page starts with.
    /// </summary>
    protected async Task<IPage> NewPageAsync(bool javaScript = true, int width = 1280, int height = 800, string? signedInAs = null)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
            StorageState = signedInAs is null ? null : await fixture.SignedInStateAsync(signedInAs),
        });
        context.SetDefaultTimeout(15_000);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        BrowserErrors.Watch(page);
        return page;
    }

    /// <summary>Signs in through the real form, as a person would, and waits for the page it lands on.</summary>
    public static async Task SignInAsync(IPage page, string email, string password = McnHubFactory.DemoPassword)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));
    }

    protected static Task<string> ScreenshotAsync(IPage page, string step, [CallerMemberName] string test = "") =>
        Screenshots.SaveAsync(page, test, step);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
    }
}
