using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using McnHub.Platform.Email;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Certificates;

/// <summary>What a certificate of attendance says; found only by its unguessable code.</summary>
public sealed record CertificateRecord(string Code, string Person, string Course, string? SessionTitle, DateTime StartsAt, decimal CpdHours, DateTime IssuedAt)
{
    /// <summary>
    /// The certificate for a code, or null when the code is unknown, the booking was cancelled, the person was not
    /// (or is no longer) marked as attended, or the certificate was revoked. Every "not valid" case runs the same one
    /// indexed query, so the answer's timing does not tell a forged code from a revoked one.
    /// </summary>
    public static async Task<CertificateRecord?> FindAsync(AppDbContext db, string? code, CancellationToken ct)
    {
        var clean = Clean(code);
        if (clean is null)
        {
            // Still ask the database, so a malformed code costs about what a well-formed forged one does.
            clean = "-";
        }

        var row = await db.Set<Booking>().AsNoTracking()
            .Where(b => b.CertificateCode == clean)
            .Select(b => new
            {
                b.Status,
                b.Attendance,
                b.CertificateRevokedAt,
                b.CertificateIssuedAt,
                Person = b.Person!.FullName,
                Course = b.Session!.Course!.Title,
                b.Session.Title,
                b.Session.StartsAt,
                b.Session.Course.CpdHours,
            })
            .FirstOrDefaultAsync(ct);
        return row is { Status: BookingStatus.Booked, Attendance: AttendanceOutcome.Attended, CertificateRevokedAt: null }
            ? new CertificateRecord(clean, row.Person, row.Course, row.Title, row.StartsAt, row.CpdHours, row.CertificateIssuedAt ?? row.StartsAt)
            : null;
    }

    /// <summary>Codes are lower-case letters and digits; people may type them with spaces or in capitals.</summary>
    public static string? Clean(string? code)
    {
        var text = new string((code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToLowerInvariant();
        return text.Length is > 0 and <= 64 && text.All(char.IsAsciiLetterOrDigit) ? text : null;
    }

    public static string VerifyUrl(EmailOptions options, string code) => $"{options.PublicBaseUrl.TrimEnd('/')}/certificates/verify/{code}";

    /// <summary>"abcd-efgh-…": easier to read from paper and type back.</summary>
    public static string Readable(string code) => string.Join('-', code.Chunk(4).Select(c => new string(c)));
}
