using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Account;

public sealed class LockoutModel(IOptions<IdentityOptions> identity) : PageModel
{
    /// <summary>Set by the sign-in page when it knows the account: when the lock ends (UTC, round-trip format).</summary>
    public const string LockoutEndKey = "LockoutEnd";

    public DateTime? LockedUntil { get; private set; }

    public int LockoutMinutes => (int)Math.Ceiling(identity.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes);

    public void OnGet()
    {
        // TempData's serializer hands back an ISO 8601 string as a DateTime; accept either.
        DateTime? until = TempData[LockoutEndKey] switch
        {
            DateTime d => d.ToUniversalTime(),
            string s when DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var d) => d.ToUniversalTime(),
            _ => null,
        };
        if (until > DateTime.UtcNow)
        {
            LockedUntil = until;
        }
    }

    /// <summary>Whole minutes left, rounded up, at least 1.</summary>
    public int MinutesLeft => LockedUntil is { } until ? Math.Max(1, (int)Math.Ceiling((until - DateTime.UtcNow).TotalMinutes)) : LockoutMinutes;
}
