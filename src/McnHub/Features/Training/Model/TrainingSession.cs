using McnHub.Features.Members.People;
using McnHub.Platform.Data;

namespace McnHub.Features.Training.Model;

/// <summary>
/// What the education lead sets. "Full" is never stored: it follows from the bookings (see
/// <see cref="SessionAvailability"/>), so it cannot drift from the truth when places free.
/// </summary>
public enum SessionStatus
{
    Open,
    Closed,
    Cancelled,
}

/// <summary>What a would-be booker sees: the stored status combined with places taken, deadline and start.</summary>
public enum SessionAvailability
{
    Open,
    Full,
    Closed,
    Cancelled,
    Started,
}

/// <summary>A course session, or a study day / network event (a session whose programme lists its parts).</summary>
public enum SessionKind
{
    Course,
    StudyDay,
    Conference,
    NetworkEvent,
}

/// <summary>One date a course runs (or an event): when, where, how many places, who teaches.</summary>
public sealed class TrainingSession : IVersioned
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    public Course? Course { get; set; }

    public SessionKind Kind { get; set; } = SessionKind.Course;

    /// <summary>Optional: e.g. "Spring study day: transitions"; otherwise the course title is shown.</summary>
    public string? Title { get; set; }

    /// <summary>UTC.</summary>
    public DateTime StartsAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTime EndsAt { get; set; }

    /// <summary>How this session is delivered (a course's sessions may differ, e.g. a virtual run of an in-person course).</summary>
    public TrainingFormat Format { get; set; }

    public string? VenueName { get; set; }

    public string? VenueAddress { get; set; }

    /// <summary>Full postcode; its district (e.g. "RV3") gives travel distances for the barriers analysis.</summary>
    public string? VenuePostcode { get; set; }

    public string? VideoLink { get; set; }

    public int Capacity { get; set; }

    /// <summary>UTC; no bookings or waiting-list offers after it. Null = until the session starts.</summary>
    public DateTime? BookingDeadline { get; set; }

    public SessionStatus Status { get; set; } = SessionStatus.Open;

    public string? CancellationNote { get; set; }

    public string? Notes { get; set; }

    public List<SessionTrainer> Trainers { get; set; } = [];

    public List<ProgrammeItem> Programme { get; set; } = [];

    public List<Booking> Bookings { get; set; } = [];

    public int Version { get; set; }

    public string DisplayTitle => string.IsNullOrWhiteSpace(Title) ? Course?.Title ?? "" : Title;

    /// <summary>The last moment to book or be offered a place (UTC).</summary>
    public DateTime BookableUntil => BookingDeadline is { } d && d < StartsAt ? d : StartsAt;

    public SessionAvailability AvailabilityAt(DateTime now, int placesTaken) =>
        Status == SessionStatus.Cancelled ? SessionAvailability.Cancelled
        : now >= StartsAt ? SessionAvailability.Started
        : Status == SessionStatus.Closed || now >= BookableUntil ? SessionAvailability.Closed
        : placesTaken >= Capacity ? SessionAvailability.Full
        : SessionAvailability.Open;
}

/// <summary>A trainer (or speaker) of a session; marks the register.</summary>
public sealed class SessionTrainer
{
    public int Id { get; set; }

    public int SessionId { get; set; }

    public TrainingSession? Session { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }
}

/// <summary>A part of a study day's or event's programme.</summary>
public sealed class ProgrammeItem : IOrdered
{
    public int Id { get; set; }

    public int SessionId { get; set; }

    public TrainingSession? Session { get; set; }

    public int Order { get; set; }

    /// <summary>UTC; optional (a programme may only give the order).</summary>
    public DateTime? StartsAt { get; set; }

    public int? DurationMinutes { get; set; }

    public string Title { get; set; } = "";

    public string? Speaker { get; set; }

    public string? Description { get; set; }

    public int Version { get; set; }
}
