using System.Text;
using McnHub.Platform.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace McnHub.Platform.Accounts;

/// <summary>
/// The emails that carry account links: password reset and email confirmation. Links point at
/// <see cref="EmailOptions.PublicBaseUrl"/>; codes are Identity tokens, base64url-encoded for the query string.
/// </summary>
public sealed class AccountEmails(UserManager<ApplicationUser> users, IEmailSender email, IOptions<EmailOptions> options)
{
    public async Task SendPasswordResetAsync(ApplicationUser user, CancellationToken ct = default)
    {
        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = Link($"/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code={code}");
        await email.SendAsync(user.Email!, "Reset your McnHub password",
            $"""
            Hello {Greeting(user)},

            Someone asked to reset the password of your McnHub account. To choose a new password, open this link:

            {link}

            The link works once and expires within a day. If you did not ask for this, ignore this email: your password has not changed.
            """, ct: ct);
    }

    public async Task SendEmailConfirmationAsync(ApplicationUser user, CancellationToken ct = default)
    {
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = Link($"/account/confirm-email?userId={Uri.EscapeDataString(user.Id)}&code={code}");
        await email.SendAsync(user.Email!, "Confirm your email address for McnHub",
            $"""
            Hello {Greeting(user)},

            To confirm that this is your email address for McnHub, open this link:

            {link}

            If you did not expect this email, you can ignore it.
            """, ct: ct);
    }

    /// <summary>Turns the code of a link back into the Identity token; null when it is not valid base64url.</summary>
    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private static string Greeting(ApplicationUser user) => string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email! : user.DisplayName;

    private string Link(string pathAndQuery) => options.Value.PublicBaseUrl.TrimEnd('/') + pathAndQuery;
}
