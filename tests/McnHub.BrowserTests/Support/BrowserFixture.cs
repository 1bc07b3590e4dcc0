using Microsoft.Playwright;

namespace McnHub.BrowserTests.Support;

/// <summary>
/// One app server and one Chromium for the whole collection; each test opens its own browser context
/// (cookies, storage), so tests do not see each other's sign-ins.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    // Debian's chromium (same major as Playwright 1.64): `playwright install` is never run.
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly Dictionary<string, Task<string>> _signedIn = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public McnHubServer App { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        BaseAddress = App.Start();
        // A loaded 2-core machine can take more than the 5 s default to render and settle a page.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// The cookies of someone signed in through the real form, once per account for the whole collection: a test
    /// that only needs to be signed in starts from them rather than filling in the form again.
    /// </summary>
    public Task<string> SignedInStateAsync(string email)
    {
        lock (_signedIn)
        {
            if (!_signedIn.TryGetValue(email, out var state))
            {
                state = SignInOnceAsync(email);
                _signedIn[email] = state;
            }

            return state;
        }
    }

    private async Task<string> SignInOnceAsync(string email)
    {
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await BrowserTest.SignInAsync(page, email);
        return await context.StorageStateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
