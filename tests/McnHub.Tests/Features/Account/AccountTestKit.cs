using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using McnHub.Platform.Accounts;
using McnHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace McnHub.Tests.Features.Account;

/// <summary>What the account tests share: fresh accounts (so demo accounts stay untouched), mail, TOTP codes.</summary>
internal static partial class AccountTestKit
{
    public const string Password = "Fresh-password-1";

    /// <summary>A new Member account with a unique email address.</summary>
    public static async Task<string> CreateUserAsync(this McnHubFactory factory, bool emailConfirmed = true, string name = "Test Person")
    {
        var email = $"person-{Guid.NewGuid():N}@test.example";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = emailConfirmed, DisplayName = name };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, Roles.Member);
        return email;
    }

    public static async Task<T> WithServicesAsync<T>(this McnHubFactory factory, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public static Task<ApplicationUser> FindUserAsync(this McnHubFactory factory, string email) =>
        factory.WithServicesAsync(async s => (await s.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email))!);

    /// <summary>Posts the sign-in form; the answer is returned unfollowed.</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(this HttpClient client, string email, string password)
    {
        var page = await client.GetDocumentAsync("/account/sign-in");
        return await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    public static async Task<IDocument> FollowAsync(this HttpClient client, HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        return await client.GetDocumentAsync(redirect.Headers.Location!.OriginalString);
    }

    /// <summary>The newest email written to the pickup folder for this address.</summary>
    public static MimeMessage LatestMailTo(this McnHubFactory factory, string email)
    {
        var messages = System.IO.Directory.Exists(factory.MailFolder)
            ? System.IO.Directory.GetFiles(factory.MailFolder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f))
                .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase)))
                .ToList()
            : [];
        Assert.True(messages.Count > 0, $"No email to {email} in {factory.MailFolder}");
        return messages[^1];
    }

    public static int MailCountTo(this McnHubFactory factory, string email) =>
        !System.IO.Directory.Exists(factory.MailFolder) ? 0 : System.IO.Directory.GetFiles(factory.MailFolder, "*.eml")
            .Count(f => MimeMessage.Load(f).To.Mailboxes.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The path and query of the first link in the message to a page under /account/.</summary>
    public static string AccountLink(this MimeMessage message, string page)
    {
        var match = Regex.Match(message.TextBody ?? "", $@"https?://\S+(/account/{page}\?\S+)");
        Assert.True(match.Success, $"No /account/{page} link in: {message.TextBody}");
        return match.Groups[1].Value;
    }

    /// <summary>RFC 6238 TOTP (HMAC-SHA1, 30-second steps, 6 digits) from a base32 key, as an authenticator app computes it.</summary>
    public static string Totp(string base32Key, DateTimeOffset? at = null)
    {
        var key = Base32Decode(base32Key);
        var step = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / 30;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32Decode(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = Spaces().Replace(text, "").TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            Assert.True(value >= 0, $"'{c}' is not base32");
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
