using System.Security.Cryptography;

namespace McnHub.Features.Training.Bookings;

/// <summary>Unguessable codes for links that work without signing in: offers, calendar feeds, certificates.</summary>
public static class TrainingCodes
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    /// <summary>20 characters from a 31-letter alphabet: about 99 bits, no look-alike letters (for codes typed from paper).</summary>
    public static string New(int length = 20) => RandomNumberGenerator.GetString(Alphabet, length);
}
