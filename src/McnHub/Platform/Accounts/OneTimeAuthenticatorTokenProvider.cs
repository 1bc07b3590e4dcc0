using System.Globalization;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace McnHub.Platform.Accounts;

/// <summary>
/// Authenticator app codes (RFC 6238: 30-second steps, 6 digits, codes up to two steps early or late accepted, as
/// Identity's own provider does), each accepted <b>once</b>: the time step of the last code accepted is kept for the
/// user (in AspNetUserTokens) and a code of that step or an earlier one is refused. So a code seen over a shoulder,
/// in a screen share or in a proxy log cannot be used again while it is still current. Replaces Identity's
/// authenticator provider (<see cref="TokenOptions.DefaultAuthenticatorProvider"/>) for setting up two-factor
/// sign-in and for signing in with it. Codes are checked with Otp.NET (ADR 6).
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider : IUserTwoFactorTokenProvider<ApplicationUser>
{
    public const string TokenStore = "[McnHub]";
    public const string LastStepToken = "AuthenticatorLastStep";

    private static readonly VerificationWindow Window = new(previous: 2, future: 2);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ApplicationUser> manager, ApplicationUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The codes come from the person's app, never from us.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var code = token.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(key) || code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(DateTime.UtcNow, code, out var step, Window))
        {
            return false;
        }

        var last = await manager.GetAuthenticationTokenAsync(user, TokenStore, LastStepToken);
        if (long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var lastStep) && step <= lastStep)
        {
            return false;
        }

        // Saved with the user's concurrency stamp: of two sign-ins racing with the same code, one fails here.
        var saved = await manager.SetAuthenticationTokenAsync(user, TokenStore, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
        return saved.Succeeded;
    }
}
