using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace McnHub.Platform.Accounts;

/// <summary>
/// The one scheme for personal access token secrets, shared by the profile page, the API's bearer check and
/// `McnHub admin create-token`: "mcn_" + 40 base64url characters (30 random bytes), stored only as the
/// lowercase hex SHA-256 of the secret; the first 8 characters are kept to tell tokens apart.
/// </summary>
public static class TokenSecret
{
    public const string Marker = "mcn_";

    public const int PrefixLength = 8;

    public static string Generate() => Marker + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(30));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string PrefixOf(string secret) => secret.Length <= PrefixLength ? secret : secret[..PrefixLength];
}
