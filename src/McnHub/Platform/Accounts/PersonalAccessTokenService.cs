using System.Security.Cryptography;
using System.Text;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Platform.Accounts;

/// <summary>
/// Creates, finds and revokes personal access tokens. The secret (<c>mcn_</c> + 40 url-safe characters) is
/// returned once at creation and never stored: the database keeps its SHA-256 hash and a short prefix.
/// Used by the tokens page and by <c>McnHub admin create-token</c>.
/// </summary>
public sealed class PersonalAccessTokenService(AppDbContext db)
{
    public const string SecretPrefix = "mcn_";
    public const int MinDays = 1;
    public const int MaxDays = 365;
    public const int MaxNameLength = 100;

    /// <summary>How much of the secret is kept to tell tokens apart: "mcn_" and 8 random characters.</summary>
    private const int PrefixLength = 12;

    /// <summary>Creates a token for <paramref name="user"/> and returns its secret, which cannot be shown again.</summary>
    /// <exception cref="ArgumentException">The name is empty or too long, or the days are outside 1–365.</exception>
    public async Task<string> CreateAsync(ApplicationUser user, string name, TokenScope scope, int days, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var problem = Validate(name, days);
        if (problem is not null)
        {
            throw new ArgumentException(problem);
        }

        var secret = NewSecret();
        var now = DateTime.UtcNow;
        db.Set<PersonalAccessToken>().Add(new PersonalAccessToken
        {
            UserId = user.Id,
            Name = name.Trim(),
            Scope = scope,
            Prefix = secret[..PrefixLength],
            TokenHash = Hash(secret),
            CreatedAt = now,
            ExpiresAt = now.AddDays(days),
        });
        await db.SaveChangesAsync(ct);
        return secret;
    }

    /// <summary>Why a name or a number of days is refused, or null when both are fine.</summary>
    public static string? Validate(string? name, int days)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "Enter a name for the token";
        }

        if (name.Trim().Length > MaxNameLength)
        {
            return $"Token name must be {MaxNameLength} characters or fewer";
        }

        return days is < MinDays or > MaxDays ? $"Expiry must be between {MinDays} and {MaxDays} days" : null;
    }

    /// <summary>The token with this secret, whatever its state, or null.</summary>
    public Task<PersonalAccessToken?> FindAsync(string secret, CancellationToken ct = default)
    {
        if (!LooksLikeToken(secret))
        {
            return Task.FromResult<PersonalAccessToken?>(null);
        }

        var hash = Hash(secret);
        return db.Set<PersonalAccessToken>().FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
    }

    /// <summary>Revokes one of the user's tokens; false when the user has no such active token.</summary>
    public async Task<bool> RevokeAsync(string userId, int tokenId, CancellationToken ct = default)
    {
        var token = await db.Set<PersonalAccessToken>().FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, ct);
        if (token is null || token.RevokedAt is not null)
        {
            return false;
        }

        token.RevokedAt = DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static bool LooksLikeToken(string? secret) =>
        secret is { Length: > PrefixLength and < 200 } && secret.StartsWith(SecretPrefix, StringComparison.Ordinal);

    /// <summary>Lower-case hex SHA-256 of the secret: what the database stores and looks up.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>30 random bytes are exactly 40 base64url characters (240 bits).</summary>
    private static string NewSecret() => SecretPrefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(30));
}
