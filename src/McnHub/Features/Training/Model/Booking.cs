using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;

namespace McnHub.Features.Training.Model;

public enum BookingStatus
{
    /// <summary>Has a place.</summary>
    Booked,

    /// <summary>In the queue for a place (ordered by <see cref="Booking.WaitListedAt"/>, then id).</summary>
    WaitListed,

    /// <summary>Offered a freed place until <see cref="Booking.OfferExpiresAt"/>; the place is held for them.</summary>
    Offered,

    /// <summary>Cancelled by the person (or their lead, or the education lead), with a reason.</summary>
    Cancelled,

    /// <summary>Did not accept a waiting-list offer in time; the place went to the next person.</summary>
    OfferExpired,

    /// <summary>The session itself was cancelled.</summary>
    SessionCancelled,
}

/// <summary>
/// Why someone cancelled or did not attend: the network's access barriers. Fixed list so the barriers analysis can
/// count them; <see cref="Booking.CancellationText"/> gives the detail.
/// </summary>
public enum BarrierReason
{
    ReleaseFromWork,
    Travel,
    Cost,
    Timing,
    Format,
    Illness,
    Other,
}

/// <summary>Outcome on the register, marked by a trainer.</summary>
public enum AttendanceOutcome
{
    Attended,
    DidNotAttend,
    CancelledLate,
}

/// <summary>
/// A person's place (or queue position, or offer) on a session, from booking to attendance and certificate.
/// One active booking per person and session (unique index over the active statuses); a cancelled booking
/// stays, with its reason, for the barriers analysis, and the person may book again.
/// </summary>
public sealed class Booking : IVersioned
{
    public int Id { get; set; }

    public int SessionId { get; set; }

    public TrainingSession? Session { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }

    public BookingStatus Status { get; set; }

    /// <summary>UTC, when the booking (or waiting-list request) was made.</summary>
    public DateTime RequestedAt { get; set; }

    /// <summary>Who made it: the person themselves, or an organisation lead (or the education lead) for them.</summary>
    public int? BookedByPersonId { get; set; }

    public Person? BookedBy { get; set; }

    /// <summary>Set when an organisation lead booked for their staff: the organisation they did it for.</summary>
    public int? OnBehalfOfOrganisationId { get; set; }

    public Organisation? OnBehalfOfOrganisation { get; set; }

    /// <summary>UTC; the waiting-list order (ties broken by id). Kept after promotion, for the record.</summary>
    public DateTime? WaitListedAt { get; set; }

    /// <summary>UTC, when the place became theirs (booked directly or an offer accepted).</summary>
    public DateTime? ConfirmedAt { get; set; }

    public DateTime? OfferedAt { get; set; }

    public DateTime? OfferExpiresAt { get; set; }

    /// <summary>Unguessable code in the offer email's accept link (the person may not have an account).</summary>
    public string? OfferCode { get; set; }

    public DateTime? CancelledAt { get; set; }

    public BarrierReason? CancellationReason { get; set; }

    public string? CancellationText { get; set; }

    public int? CancelledByPersonId { get; set; }

    /// <summary>Postcode district the person travels from (e.g. "RV12"), when given.</summary>
    public string? TravelFromDistrict { get; set; }

    /// <summary>One-way miles: stated by the person, or estimated from postcode districts.</summary>
    public decimal? TravelMiles { get; set; }

    /// <summary>True when <see cref="TravelMiles"/> was stated rather than estimated.</summary>
    public bool TravelMilesStated { get; set; }

    public AttendanceOutcome? Attendance { get; set; }

    /// <summary>Marked on the register without a booking (attendance for someone not booked).</summary>
    public bool WalkIn { get; set; }

    public DateTime? AttendanceMarkedAt { get; set; }

    public int? AttendanceMarkedByPersonId { get; set; }

    /// <summary>Why they did not attend (or cancelled late), when known: the other half of the barriers.</summary>
    public BarrierReason? NonAttendanceReason { get; set; }

    public string? NonAttendanceText { get; set; }

    /// <summary>Unguessable code printed on the certificate and checked at the public verification page.</summary>
    public string? CertificateCode { get; set; }

    public DateTime? CertificateIssuedAt { get; set; }

    /// <summary>Set when a certificate was issued in error; the verification page then says not valid.</summary>
    public DateTime? CertificateRevokedAt { get; set; }

    public DateTime? ConfirmationSentAt { get; set; }

    public DateTime? ReminderSentAt { get; set; }

    public DateTime? FeedbackReminderSentAt { get; set; }

    public Feedback? Feedback { get; set; }

    public int Version { get; set; }

    /// <summary>The statuses that hold (or queue for) a place; at most one such booking per person and session.</summary>
    public static readonly BookingStatus[] ActiveStatuses = [BookingStatus.Booked, BookingStatus.WaitListed, BookingStatus.Offered];

    /// <summary>The statuses that use up one of the session's places (an offer holds the place until it expires).</summary>
    public static readonly BookingStatus[] PlaceStatuses = [BookingStatus.Booked, BookingStatus.Offered];

    public bool IsActive => ActiveStatuses.Contains(Status);
}
