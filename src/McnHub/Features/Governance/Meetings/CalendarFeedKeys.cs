using System.Security.Cryptography;
using System.Text;
using McnHub.Platform.Accounts;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Meetings;

/// <summary>
/// A person's secret calendar key, so a calendar app (which sends no cookie) can subscribe to a group's meetings at
/// <c>/governance/groups/{id}/meetings/{key}.ics</c>. One key per account, for every group the account may see;
/// 256 random bits, kept only as a SHA-256 hash in the Identity user tokens table (no schema change), shown once when
/// made; making a new one or turning it off stops the old address working at once.
/// </summary>
public static class CalendarFeedKeys
{
    public const string Provider = "McnHub.CalendarFeed";
    public const string Name = "KeySha256";

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Makes a new key (replacing any old one) and returns it: the only time it is seen in full.</summary>
    public static async Task<string> ReplaceAsync(UserManager<ApplicationUser> users, ApplicationUser user)
    {
        var key = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var result = await users.SetAuthenticationTokenAsync(user, Provider, Name, Hash(key));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The calendar key could not be saved: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        return key;
    }

    public static Task RemoveAsync(UserManager<ApplicationUser> users, ApplicationUser user) =>
        users.RemoveAuthenticationTokenAsync(user, Provider, Name);

    public static async Task<bool> HasKeyAsync(UserManager<ApplicationUser> users, ApplicationUser user) =>
        await users.GetAuthenticationTokenAsync(user, Provider, Name) is not null;

    /// <summary>The account id the key belongs to, or null for an unknown (or turned off) key.</summary>
    public static async Task<string?> FindUserIdAsync(AppDbContext db, string key, CancellationToken ct)
    {
        if (key.Length is < 40 or > 64)
        {
            return null;
        }

        var hash = Hash(key);
        return await db.Set<IdentityUserToken<string>>().AsNoTracking()
            .Where(t => t.LoginProvider == Provider && t.Name == Name && t.Value == hash)
            .Select(t => t.UserId).FirstOrDefaultAsync(ct);
    }

    public static string Url(string baseUrl, int groupId, string key) => $"{baseUrl}/governance/groups/{groupId}/meetings/{key}.ics";
}
