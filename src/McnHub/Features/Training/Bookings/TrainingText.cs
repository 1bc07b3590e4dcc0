using McnHub.Features.Account;
using McnHub.Features.Training.Model;

namespace McnHub.Features.Training.Bookings;

/// <summary>How training values read in British English on pages, in emails and in exports.</summary>
public static class TrainingText
{
    public static string Format(TrainingFormat f) => f switch
    {
        TrainingFormat.InPerson => "In person",
        TrainingFormat.ELearning => "E-learning",
        _ => f.ToString(),
    };

    public static string Level(CourseLevel l) => l.ToString();

    public static string Reason(BarrierReason r) => r switch
    {
        BarrierReason.ReleaseFromWork => "Could not be released from work",
        BarrierReason.Travel => "Travel",
        BarrierReason.Cost => "Cost",
        BarrierReason.Timing => "Timing",
        BarrierReason.Format => "Format",
        BarrierReason.Illness => "Illness",
        _ => "Other",
    };

    public static string Status(BookingStatus s) => s switch
    {
        BookingStatus.WaitListed => "On the waiting list",
        BookingStatus.Offered => "Offered a place",
        BookingStatus.OfferExpired => "Offer expired",
        BookingStatus.SessionCancelled => "Session cancelled",
        _ => s.ToString(),
    };

    public static string Availability(SessionAvailability a) => a switch
    {
        SessionAvailability.Started => "Started or finished",
        _ => a.ToString(),
    };

    public static string Attendance(AttendanceOutcome a) => a switch
    {
        AttendanceOutcome.DidNotAttend => "Did not attend",
        AttendanceOutcome.CancelledLate => "Cancelled late",
        _ => a.ToString(),
    };

    /// <summary>"Thursday 3 December 2026, 09:30 to 12:30" (UK time).</summary>
    public static string When(TrainingSession s)
    {
        var start = UkTime.FromUtc(s.StartsAt);
        var end = UkTime.FromUtc(s.EndsAt);
        var culture = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        return start.Date == end.Date
            ? $"{start.ToString("dddd d MMMM yyyy, HH:mm", culture)} to {end.ToString("HH:mm", culture)}"
            : $"{start.ToString("d MMMM yyyy HH:mm", culture)} to {end.ToString("d MMMM yyyy HH:mm", culture)}";
    }

    public static string Where(TrainingSession s)
    {
        var venue = string.Join(", ", new[] { s.VenueName, s.VenueAddress, s.VenuePostcode }.Where(x => !string.IsNullOrWhiteSpace(x)));
        return s.Format switch
        {
            TrainingFormat.Virtual or TrainingFormat.ELearning => s.VideoLink ?? "Online",
            TrainingFormat.Hybrid => venue.Length > 0 ? $"{venue} or online" : s.VideoLink ?? "Online",
            _ => venue,
        };
    }
}
