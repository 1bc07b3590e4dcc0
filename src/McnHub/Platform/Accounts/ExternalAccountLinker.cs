using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace McnHub.Platform.Accounts;

/// <summary>The account an external sign-in was linked to, or why it could not be.</summary>
public sealed record ExternalLinkResult(ApplicationUser? User, string? Problem)
{
    public bool Linked => User is not null;
}

/// <summary>
/// A first sign-in through single sign-on: link the external login to the existing account whose email the
/// provider has verified. McnHub never creates accounts here; the co-ordinator creates them.
/// </summary>
public sealed class ExternalAccountLinker(UserManager<ApplicationUser> users, IOptions<SingleSignOnOptions> options)
{
    public async Task<ExternalLinkResult> LinkAsync(ExternalLoginInfo info)
    {
        var provider = string.IsNullOrWhiteSpace(info.ProviderDisplayName) ? "The sign-in provider" : info.ProviderDisplayName;
        var email = info.Principal.FindFirstValue(ClaimTypes.Email) ?? info.Principal.FindFirstValue("email");
        if (string.IsNullOrWhiteSpace(email))
        {
            return Refuse($"{provider} did not tell McnHub your email address, so your account cannot be found. Sign in with your email address and password instead.");
        }

        var verified = string.Equals(info.Principal.FindFirstValue("email_verified"), "true", StringComparison.OrdinalIgnoreCase);
        if (!verified && !options.Value.TrustUnverifiedEmail)
        {
            return Refuse($"{provider} has not verified your email address {email}, so McnHub cannot link it to your account. Sign in with your email address and password instead.");
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return Refuse($"There is no McnHub account for {email}. McnHub does not create accounts at sign-in: ask the network co-ordinator to create one for you.");
        }

        var added = await users.AddLoginAsync(user, new UserLoginInfo(info.LoginProvider, info.ProviderKey, info.ProviderDisplayName));
        return added.Succeeded
            ? new ExternalLinkResult(user, null)
            : Refuse($"Your {provider} sign-in could not be linked to your McnHub account: {string.Join(" ", added.Errors.Select(e => e.Description))}");
    }

    private static ExternalLinkResult Refuse(string problem) => new(null, problem);
}
