using McnHub.Features.Governance.Decisions;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;

namespace McnHub.Features.Governance.Actions;

public enum ActionStatus
{
    Open,
    InProgress,
    Done,
    Dropped,
}

/// <summary>An action someone owns, with a due date and its progress updates.</summary>
public sealed class ActionItem : IVersioned
{
    public int Id { get; set; }

    public string Description { get; set; } = "";

    public int OwnerPersonId { get; set; }

    public Person? Owner { get; set; }

    public DateOnly RaisedOn { get; set; }

    public DateOnly DueOn { get; set; }

    public ActionStatus Status { get; set; } = ActionStatus.Open;

    public DateOnly? CompletedOn { get; set; }

    public int? GroupId { get; set; }

    public Group? Group { get; set; }

    public int? SourceMeetingId { get; set; }

    public Meeting? SourceMeeting { get; set; }

    public int? DecisionId { get; set; }

    public Decision? Decision { get; set; }

    public DateTime? LastReminderAt { get; set; }

    public List<ActionUpdate> Updates { get; set; } = [];

    public int Version { get; set; }

    public bool IsOverdue(DateOnly today) => Status is ActionStatus.Open or ActionStatus.InProgress && DueOn < today;
}

/// <summary>A dated progress note on an action, optionally changing its status.</summary>
public sealed class ActionUpdate
{
    public int Id { get; set; }

    public int ActionItemId { get; set; }

    public DateTime At { get; set; }

    public string By { get; set; } = "";

    public string Text { get; set; } = "";

    public ActionStatus? NewStatus { get; set; }
}
