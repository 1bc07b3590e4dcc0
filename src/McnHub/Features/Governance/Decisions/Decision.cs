using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Platform.Data;

namespace McnHub.Features.Governance.Decisions;

public enum DecisionStatus
{
    Active,
    Superseded,
    Rescinded,
}

/// <summary>A decision of a group: what was decided, why, when, and whether it still stands.</summary>
public sealed class Decision : IVersioned
{
    public int Id { get; set; }

    public int GroupId { get; set; }

    public Group? Group { get; set; }

    public int? MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    public int? AgendaItemId { get; set; }

    public string Statement { get; set; } = "";

    public string? Rationale { get; set; }

    public DateOnly DecidedOn { get; set; }

    public DateOnly? ReviewDate { get; set; }

    public DecisionStatus Status { get; set; } = DecisionStatus.Active;

    public int? SupersededByDecisionId { get; set; }

    public Decision? SupersededBy { get; set; }

    /// <summary>Links to documents (e.g. the guideline it approved), one per line.</summary>
    public string? Links { get; set; }

    public DateTime? LastReviewReminderAt { get; set; }

    public int Version { get; set; }
}
