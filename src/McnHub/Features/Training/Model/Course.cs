using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using McnHub.Platform.Files;

namespace McnHub.Features.Training.Model;

public enum CourseLevel
{
    Foundation,
    Core,
    Specialist,
}

public enum TrainingFormat
{
    InPerson,
    Virtual,
    Hybrid,
    ELearning,
}

/// <summary>A course in the network's programme; it runs as one or more <see cref="TrainingSession"/>s.</summary>
public sealed class Course : IVersioned
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Plain text (shown as paragraphs).</summary>
    public string Description { get; set; } = "";

    public CourseLevel Level { get; set; }

    /// <summary>The usual format; each session records how it is actually delivered.</summary>
    public TrainingFormat Format { get; set; }

    /// <summary>Continuing professional development hours for attending; never negative.</summary>
    public decimal CpdHours { get; set; }

    /// <summary>Cost per place in pounds; 0 = free.</summary>
    public decimal Cost { get; set; }

    /// <summary>E.g. "Free to member organisations; £40 otherwise".</summary>
    public string? CostNote { get; set; }

    /// <summary>Retired courses stay for history (bookings, certificates) but are not offered.</summary>
    public bool Active { get; set; } = true;

    public List<CourseCompetency> Competencies { get; set; } = [];

    public List<CourseAudience> Audience { get; set; } = [];

    public List<CourseMaterial> Materials { get; set; } = [];

    public List<TrainingSession> Sessions { get; set; } = [];

    public int Version { get; set; }
}

/// <summary>A discipline the course is meant for (none = everyone).</summary>
public sealed class CourseAudience
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    public Course? Course { get; set; }

    public Discipline Discipline { get; set; }
}

public enum MaterialKind
{
    File,
    Link,
    Recording,
}

/// <summary>Who may see and open a course material.</summary>
public enum MaterialVisibility
{
    /// <summary>Anyone, signed in or not.</summary>
    Everyone,

    /// <summary>Any signed-in member of the network.</summary>
    SignedIn,

    /// <summary>People booked on (or who attended) a session of the course, its trainers and the education lead.</summary>
    Attendees,
}

/// <summary>A handout, slide deck, reading link or session recording for a course.</summary>
public sealed class CourseMaterial : IOrdered
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    public Course? Course { get; set; }

    public MaterialKind Kind { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Plain text, optional.</summary>
    public string? Description { get; set; }

    /// <summary>For links and recordings (http or https).</summary>
    public string? Url { get; set; }

    /// <summary>For recordings, optional.</summary>
    public int? DurationMinutes { get; set; }

    /// <summary>For files.</summary>
    public Guid? FileId { get; set; }

    public StoredFile? File { get; set; }

    public MaterialVisibility Visibility { get; set; }

    public int Order { get; set; }

    public int Version { get; set; }
}
