namespace McnHub.Features.Governance.Minutes;

/// <summary>The minutes of one agenda item, as posted by the drafting form.</summary>
public sealed class MinuteTextInput
{
    public int AgendaItemId { get; set; }

    public string? Text { get; set; }
}

/// <summary>A member's comment on circulated minutes, on one agenda item or on the whole.</summary>
public sealed class MinuteCommentInput
{
    public int? AgendaItemId { get; set; }

    public string? Text { get; set; }
}

/// <summary>Approval at a later meeting: which meeting, who moved it, and (if that meeting was not quorate) the confirmation.</summary>
public sealed class ApprovalInput
{
    public int? MeetingId { get; set; }

    public int? MovedByPersonId { get; set; }

    public bool ConfirmNotQuorate { get; set; }
}
