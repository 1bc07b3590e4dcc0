using System.ComponentModel.DataAnnotations;

namespace McnHub.Features.Training.Feedback;

/// <summary>The short form after a session: four ratings and confidence before and after, each 1–5, and three free-text answers.</summary>
public sealed class FeedbackInput
{
    private const string Choose = "Choose a rating from 1 to 5";

    [Required(ErrorMessage = "Rate the session overall")]
    [Range(1, 5, ErrorMessage = Choose)]
    public int? Overall { get; set; }

    [Required(ErrorMessage = "Say how relevant the content was to your practice")]
    [Range(1, 5, ErrorMessage = Choose)]
    public int? Relevance { get; set; }

    [Required(ErrorMessage = "Rate the trainers")]
    [Range(1, 5, ErrorMessage = Choose)]
    public int? Trainers { get; set; }

    [Required(ErrorMessage = "Rate the venue or online platform and the arrangements")]
    [Range(1, 5, ErrorMessage = Choose)]
    public int? Organisation { get; set; }

    [Required(ErrorMessage = "Say how confident you felt before the session")]
    [Range(1, 5, ErrorMessage = Choose)]
    public int? ConfidenceBefore { get; set; }

    [Required(ErrorMessage = "Say how confident you feel after the session")]
    [Range(1, 5, ErrorMessage = Choose)]
    public int? ConfidenceAfter { get; set; }

    [StringLength(2000, ErrorMessage = "What went well must be 2,000 characters or fewer")]
    public string? WentWell { get; set; }

    [StringLength(2000, ErrorMessage = "What could be better must be 2,000 characters or fewer")]
    public string? CouldImprove { get; set; }

    [StringLength(2000, ErrorMessage = "What you will do differently must be 2,000 characters or fewer")]
    public string? PracticeChange { get; set; }

    public static readonly (string Field, string Question, string Low, string High)[] Scales =
    [
        (nameof(Overall), "Overall, how was the session?", "poor", "excellent"),
        (nameof(Relevance), "How relevant was the content to your practice?", "not relevant", "very relevant"),
        (nameof(Trainers), "How clear and knowledgeable were the trainers?", "poor", "excellent"),
        (nameof(Organisation), "How were the venue or online platform, joining instructions and timing?", "poor", "excellent"),
        (nameof(ConfidenceBefore), "Before the session, how confident were you in its subject?", "not at all", "very"),
        (nameof(ConfidenceAfter), "After the session, how confident are you in its subject?", "not at all", "very"),
    ];
}
