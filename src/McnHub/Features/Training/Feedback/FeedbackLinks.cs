using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace McnHub.Features.Training.Feedback;

/// <summary>
/// The link in the feedback email works without signing in: it carries the booking id, protected (signed and
/// encrypted) by ASP.NET Core data protection, so it cannot be forged or pointed at someone else's booking.
/// </summary>
public sealed class FeedbackLinks(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("McnHub.Training.Feedback.v1");

    public string Token(int bookingId) => protector.Protect(bookingId.ToString(CultureInfo.InvariantCulture));

    public int? BookingId(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        try
        {
            return int.TryParse(protector.Unprotect(token), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
