using McnHub.Features.Governance.Meetings;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;

namespace McnHub.Features.Governance.Minutes;

public enum MinutesStatus
{
    Draft,
    Circulated,
    Approved,
}

/// <summary>A move the minutes workflow does not allow (the message says why, fit to show).</summary>
public sealed class MinutesWorkflowException(string message) : InvalidOperationException(message);

/// <summary>
/// The minutes of one meeting: text per agenda item, drafted, circulated for comment, then approved at a later
/// meeting (recording who moved approval). Every revision is kept; approved minutes are read-only.
/// </summary>
public sealed class MeetingMinutes : IVersioned
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    public MinutesStatus Status { get; private set; } = MinutesStatus.Draft;

    public DateTime? CirculatedAt { get; private set; }

    /// <summary>The later meeting at which these minutes were approved.</summary>
    public int? ApprovedAtMeetingId { get; private set; }

    public Meeting? ApprovedAtMeeting { get; private set; }

    public int? ApprovalMovedByPersonId { get; private set; }

    public Person? ApprovalMovedBy { get; private set; }

    public DateTime? ApprovedAt { get; private set; }

    /// <summary>Approved at a meeting that was not quorate: allowed, warned and recorded.</summary>
    public bool ApprovedWhileNotQuorate { get; private set; }

    public List<MinuteItem> Items { get; set; } = [];

    public List<MinuteComment> Comments { get; set; } = [];

    public int Version { get; set; }

    /// <summary>Writes (or rewrites) the minutes of one agenda item, keeping the previous text as a revision.</summary>
    public void Write(int agendaItemId, string text, string by, DateTime now)
    {
        if (Status == MinutesStatus.Approved)
        {
            throw new MinutesWorkflowException("These minutes have been approved and can no longer be changed.");
        }

        var item = Items.SingleOrDefault(i => i.AgendaItemId == agendaItemId);
        if (item is null)
        {
            item = new MinuteItem { AgendaItemId = agendaItemId };
            Items.Add(item);
        }
        else if (item.Text == text)
        {
            return;
        }

        item.Text = text;
        item.Revisions.Add(new MinuteRevision { Text = text, RevisedAt = now, RevisedBy = by, WhileStatus = Status });
    }

    public void Circulate(DateTime now)
    {
        if (Status != MinutesStatus.Draft)
        {
            throw new MinutesWorkflowException($"Only draft minutes can be circulated; these are {Status.ToString().ToLowerInvariant()}.");
        }

        if (Items.Count == 0 || Items.All(i => string.IsNullOrWhiteSpace(i.Text)))
        {
            throw new MinutesWorkflowException("Write the minutes of at least one agenda item before circulating them.");
        }

        Status = MinutesStatus.Circulated;
        CirculatedAt = now;
    }

    public MinuteComment Comment(int personId, int? agendaItemId, string text, DateTime now)
    {
        if (Status != MinutesStatus.Circulated)
        {
            throw new MinutesWorkflowException("Comments are taken only while the minutes are circulated.");
        }

        var comment = new MinuteComment { PersonId = personId, AgendaItemId = agendaItemId, Text = text, At = now };
        Comments.Add(comment);
        return comment;
    }

    /// <summary>Approves the minutes at a later meeting of the same group, as moved by a person present.</summary>
    public void Approve(Meeting atMeeting, int movedByPersonId, bool quorate, DateTime now)
    {
        if (Status != MinutesStatus.Circulated)
        {
            throw new MinutesWorkflowException(Status == MinutesStatus.Approved
                ? "These minutes are already approved."
                : "Circulate the minutes for comment before they are approved.");
        }

        if (Meeting is not null && (atMeeting.GroupId != Meeting.GroupId || atMeeting.StartsAt <= Meeting.StartsAt))
        {
            throw new MinutesWorkflowException("Minutes are approved at a later meeting of the same group.");
        }

        Status = MinutesStatus.Approved;
        ApprovedAtMeetingId = atMeeting.Id;
        ApprovalMovedByPersonId = movedByPersonId;
        ApprovedAt = now;
        ApprovedWhileNotQuorate = !quorate;
    }
}

public sealed class MinuteItem
{
    public int Id { get; set; }

    public int MeetingMinutesId { get; set; }

    public int AgendaItemId { get; set; }

    public AgendaItem? AgendaItem { get; set; }

    public string Text { get; set; } = "";

    public List<MinuteRevision> Revisions { get; set; } = [];
}

public sealed class MinuteRevision
{
    public int Id { get; set; }

    public int MinuteItemId { get; set; }

    public string Text { get; set; } = "";

    public DateTime RevisedAt { get; set; }

    public string RevisedBy { get; set; } = "";

    public MinutesStatus WhileStatus { get; set; }
}

public sealed class MinuteComment
{
    public int Id { get; set; }

    public int MeetingMinutesId { get; set; }

    public int? AgendaItemId { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }

    public string Text { get; set; } = "";

    public DateTime At { get; set; }
}
