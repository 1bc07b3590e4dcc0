using System.Globalization;
using System.Security.Claims;
using McnHub.Features.Training.Bookings;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Materials;

/// <summary>
/// Who may see a course's materials: everyone, signed-in members, or the course's people (booked or attended on one
/// of its sessions, its trainers, the education lead and co-ordinator). A material someone may not open is not
/// listed for them either.
/// </summary>
public sealed record MaterialAccess(bool SignedIn, bool CoursePerson)
{
    public bool MaySee(CourseMaterial material) => material.Visibility switch
    {
        MaterialVisibility.Everyone => true,
        MaterialVisibility.SignedIn => SignedIn,
        _ => CoursePerson,
    };

    public static async Task<MaterialAccess> ForAsync(AppDbContext db, ClaimsPrincipal user, int courseId, CancellationToken ct)
    {
        var signedIn = user.Identity?.IsAuthenticated == true;
        if (!signedIn)
        {
            return new MaterialAccess(false, false);
        }

        if (TrainingUser.RunsProgramme(user))
        {
            return new MaterialAccess(true, true);
        }

        if (TrainingUser.PersonId(user) is not { } personId)
        {
            return new MaterialAccess(true, false);
        }

        var booked = await db.Set<Booking>().AnyAsync(b => b.PersonId == personId && b.Session!.CourseId == courseId
            && (b.Status == BookingStatus.Booked || b.Attendance == AttendanceOutcome.Attended), ct);
        var teaches = booked || await db.Set<SessionTrainer>().AnyAsync(t => t.PersonId == personId && t.Session!.CourseId == courseId, ct);
        return new MaterialAccess(true, teaches);
    }

    /// <summary>For the course page: "File: PDF, 120 KB", "Recording, 45 minutes", "Link".</summary>
    public static string Describe(CourseMaterial m) => m.Kind switch
    {
        MaterialKind.File when m.File is { } f => $"File: {Path.GetExtension(f.FileName).TrimStart('.').ToUpperInvariant()}, {Size(f.Length)}",
        MaterialKind.File => "File",
        MaterialKind.Recording when m.DurationMinutes is { } minutes => $"Recording, {Duration(minutes)}",
        MaterialKind.Recording => "Recording",
        _ => "Link",
    };

    public static string Audience(MaterialVisibility visibility) => visibility switch
    {
        MaterialVisibility.Everyone => "Everyone",
        MaterialVisibility.SignedIn => "Signed-in members",
        _ => "People booked on or who attended the course",
    };

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(bytes / 1024.0):0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB"),
    };

    public static string Duration(int minutes) => minutes switch
    {
        < 60 => $"{minutes} minutes",
        _ when minutes % 60 == 0 => minutes == 60 ? "1 hour" : $"{minutes / 60} hours",
        _ => $"{minutes / 60} h {minutes % 60} min",
    };
}
