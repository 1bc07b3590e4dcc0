namespace McnHub.Features.Training.Model;

/// <summary>
/// The short form after a session, one per booking. Ratings are on fixed 1–5 scales (1 = poor / strongly
/// disagree, 5 = excellent / strongly agree) so they can be averaged per session, course and trainer.
/// </summary>
public sealed class Feedback
{
    public const int ScaleMin = 1;
    public const int ScaleMax = 5;

    public int Id { get; set; }

    public int BookingId { get; set; }

    public Booking? Booking { get; set; }

    /// <summary>UTC.</summary>
    public DateTime SubmittedAt { get; set; }

    /// <summary>Overall, the session was… (1 poor – 5 excellent).</summary>
    public int Overall { get; set; }

    /// <summary>The content was relevant to my practice.</summary>
    public int Relevance { get; set; }

    /// <summary>The trainers were clear and knowledgeable.</summary>
    public int Trainers { get; set; }

    /// <summary>Venue or online platform, joining instructions, timing.</summary>
    public int Organisation { get; set; }

    /// <summary>Confidence in the session's subject before it (1 not at all – 5 very).</summary>
    public int ConfidenceBefore { get; set; }

    /// <summary>…and after it.</summary>
    public int ConfidenceAfter { get; set; }

    public string? WentWell { get; set; }

    public string? CouldImprove { get; set; }

    /// <summary>What they will do differently in practice.</summary>
    public string? PracticeChange { get; set; }
}
