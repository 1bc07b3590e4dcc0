using System.Net;
using AngleSharp.Dom;
using McnHub.Tests.Support;

namespace McnHub.Tests.Features.Account;

public sealed class TwoFactorTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public void The_test_TOTP_helper_matches_the_RFC_6238_test_vector()
    {
        // RFC 6238 appendix B: SHA-1 key "12345678901234567890" at T = 59 s gives 94287082 (8 digits).
        Assert.Equal("287082", AccountTestKit.Totp("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(59)));
    }

    [Fact]
    public async Task The_set_up_page_shows_a_QR_code_image_and_the_shared_key_without_any_script()
    {
        var email = await factory.CreateUserAsync();
        var client = await factory.SignInAsync(email, AccountTestKit.Password);

        var page = await client.GetDocumentAsync("/account/two-factor");

        Assert.StartsWith("data:image/png;base64,", page.QuerySelector(".mcn-qr img")!.GetAttribute("src"));
        Assert.Matches("^[a-z2-7 ]{20,}$", page.QuerySelector("#shared-key")!.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task A_wrong_code_does_not_switch_two_factor_on()
    {
        var email = await factory.CreateUserAsync();
        var client = await factory.SignInAsync(email, AccountTestKit.Password);
        var page = await client.GetDocumentAsync("/account/two-factor");
        var key = SharedKey(page);
        var wrong = AccountTestKit.Totp(key) == "000000" ? "111111" : "000000";

        var answer = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Code"] = wrong }, "form[action*='enable']");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("The code is not right", (await HttpExtensions.ParseAsync(answer)).QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.False((await factory.FindUserAsync(email)).TwoFactorEnabled);
    }

    [Fact]
    public async Task Two_factor_is_switched_on_with_an_app_code_then_sign_in_asks_for_a_code_and_accepts_a_recovery_code_once()
    {
        var email = await factory.CreateUserAsync();
        var (key, recoveryCodes) = await EnableTwoFactorAsync(email);
        Assert.True((await factory.FindUserAsync(email)).TwoFactorEnabled);
        Assert.Equal(10, recoveryCodes.Count);

        // Password alone is not enough any more.
        var client = factory.CreateBrowserClient();
        var afterPassword = await client.PostSignInAsync(email, AccountTestKit.Password);
        Assert.StartsWith("/account/sign-in-two-factor", afterPassword.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account/profile")).StatusCode);

        var codePage = await client.FollowAsync(afterPassword);
        var signedIn = await client.SubmitFormAsync(codePage, new Dictionary<string, string> { ["Code"] = AccountTestKit.Totp(key) }, "#code-form");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
        Assert.Contains("On: an authenticator app", (await client.GetDocumentAsync("/account/profile")).Text());

        // A recovery code works once.
        Assert.Equal(HttpStatusCode.Redirect, (await SignInWithRecoveryCodeAsync(email, recoveryCodes[0])).StatusCode);
        var reused = await SignInWithRecoveryCodeAsync(email, recoveryCodes[0]);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("has been used already", (await HttpExtensions.ParseAsync(reused)).QuerySelector(".nhsuk-error-summary")!.TextContent);
    }

    [Fact]
    public async Task An_app_code_signs_in_once_and_neither_it_nor_an_earlier_one_works_again()
    {
        var email = await factory.CreateUserAsync();
        var (key, _) = await EnableTwoFactorAsync(email);
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(HttpStatusCode.Redirect, (await SignInWithCodeAsync(email, AccountTestKit.Totp(key, now))).StatusCode);

        // The same code again (seen over a shoulder, say), and the one before it, still current for 90 seconds: refused.
        foreach (var used in new[] { AccountTestKit.Totp(key, now), AccountTestKit.Totp(key, now.AddSeconds(-30)) })
        {
            var refused = await SignInWithCodeAsync(email, used);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("has been used already", (await HttpExtensions.ParseAsync(refused)).QuerySelector(".nhsuk-error-summary")!.TextContent);
        }

        // The app's next code works.
        Assert.Equal(HttpStatusCode.Redirect, (await SignInWithCodeAsync(email, AccountTestKit.Totp(key, now.AddSeconds(30)))).StatusCode);
    }

    private async Task<HttpResponseMessage> SignInWithCodeAsync(string email, string code)
    {
        var client = factory.CreateBrowserClient();
        var codePage = await client.FollowAsync(await client.PostSignInAsync(email, AccountTestKit.Password));
        return await client.SubmitFormAsync(codePage, new Dictionary<string, string> { ["Code"] = code }, "#code-form");
    }

    [Fact]
    public async Task New_recovery_codes_replace_the_old_ones_and_switching_off_lets_the_password_alone_sign_in()
    {
        var email = await factory.CreateUserAsync();
        var (key, oldCodes) = await EnableTwoFactorAsync(email);
        var client = await SignInWithAppAsync(email, key);
        var manage = await client.GetDocumentAsync("/account/two-factor");

        var regenerated = await client.SubmitFormAsync(manage, new Dictionary<string, string>(), "form[action*='recoverycodes']");
        var newCodes = RecoveryCodes(await HttpExtensions.ParseAsync(regenerated));
        Assert.Equal(10, newCodes.Count);
        Assert.Empty(newCodes.Intersect(oldCodes));
        Assert.Equal(HttpStatusCode.OK, (await SignInWithRecoveryCodeAsync(email, oldCodes[1])).StatusCode);

        var off = await client.SubmitFormAsync(await client.GetDocumentAsync("/account/two-factor"), new Dictionary<string, string>(), "form[action*='disable']");
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False((await factory.FindUserAsync(email)).TwoFactorEnabled);
        var passwordOnly = await factory.CreateBrowserClient().PostSignInAsync(email, AccountTestKit.Password);
        Assert.Equal("/", passwordOnly.Headers.Location!.OriginalString);
    }

    private async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnableTwoFactorAsync(string email)
    {
        var client = await factory.SignInAsync(email, AccountTestKit.Password);
        var page = await client.GetDocumentAsync("/account/two-factor");
        var key = SharedKey(page);
        // The previous step's code (still accepted): the current one is left for signing in, as each code works once.
        var enabled = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Code"] = AccountTestKit.Totp(key, DateTimeOffset.UtcNow.AddSeconds(-30)) }, "form[action*='enable']");
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var result = await HttpExtensions.ParseAsync(enabled);
        Assert.Null(result.QuerySelector(".nhsuk-error-summary"));
        return (key, RecoveryCodes(result));
    }

    private async Task<HttpClient> SignInWithAppAsync(string email, string key)
    {
        var client = factory.CreateBrowserClient();
        var codePage = await client.FollowAsync(await client.PostSignInAsync(email, AccountTestKit.Password));
        var signedIn = await client.SubmitFormAsync(codePage, new Dictionary<string, string> { ["Code"] = AccountTestKit.Totp(key) }, "#code-form");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    private async Task<HttpResponseMessage> SignInWithRecoveryCodeAsync(string email, string code)
    {
        var client = factory.CreateBrowserClient();
        var codePage = await client.FollowAsync(await client.PostSignInAsync(email, AccountTestKit.Password));
        return await client.SubmitFormAsync(codePage, new Dictionary<string, string> { ["RecoveryCode"] = code }, "#recovery-form");
    }

    private static string SharedKey(IDocument page) => page.QuerySelector("#shared-key")!.TextContent.Replace(" ", "").Trim().ToUpperInvariant();

    private static List<string> RecoveryCodes(IDocument page) =>
        page.QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList();
}
