using McnHub.Features.Governance.Groups;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using McnHub.Platform.Files;

namespace McnHub.Features.Governance.Meetings;

public enum MeetingStatus
{
    Scheduled,
    Held,
    Cancelled,
}

/// <summary>A meeting of a group: when, where, its agenda and who came.</summary>
public sealed class Meeting : IVersioned
{
    public int Id { get; set; }

    public int GroupId { get; set; }

    public Group? Group { get; set; }

    public string Title { get; set; } = "";

    /// <summary>UTC.</summary>
    public DateTime StartsAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTime EndsAt { get; set; }

    public string? Place { get; set; }

    public string? VideoLink { get; set; }

    public MeetingStatus Status { get; set; } = MeetingStatus.Scheduled;

    public List<AgendaItem> AgendaItems { get; set; } = [];

    public List<Attendance> Attendance { get; set; } = [];

    public int Version { get; set; }
}

public enum AgendaPurpose
{
    ForDecision,
    ForDiscussion,
    ForInformation,
}

public sealed class AgendaItem
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    public int Order { get; set; }

    public string Title { get; set; } = "";

    public int? OwnerPersonId { get; set; }

    public Person? Owner { get; set; }

    public int? DurationMinutes { get; set; }

    public AgendaPurpose Purpose { get; set; } = AgendaPurpose.ForDiscussion;

    public List<AgendaPaper> Papers { get; set; } = [];

    public List<ConflictDeclaration> Conflicts { get; set; } = [];
}

/// <summary>A paper uploaded for an agenda item.</summary>
public sealed class AgendaPaper
{
    public int Id { get; set; }

    public int AgendaItemId { get; set; }

    public AgendaItem? AgendaItem { get; set; }

    public string Title { get; set; } = "";

    public Guid FileId { get; set; }

    public StoredFile? File { get; set; }
}

public enum AttendanceStatus
{
    Invited,
    Accepted,
    Declined,
    Present,
    Apologies,
    Absent,
}

/// <summary>A person's attendance at a meeting; a guest is someone not on the group.</summary>
public sealed class Attendance
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }

    public AttendanceStatus Status { get; set; } = AttendanceStatus.Invited;

    /// <summary>Standing in for this group member (counts for them in the quorum).</summary>
    public int? DeputisingForPersonId { get; set; }

    public Person? DeputisingFor { get; set; }

    public bool IsGuest { get; set; }
}

/// <summary>A conflict of interest declared by someone at a meeting, for one agenda item.</summary>
public sealed class ConflictDeclaration
{
    public int Id { get; set; }

    public int AgendaItemId { get; set; }

    public AgendaItem? AgendaItem { get; set; }

    public int PersonId { get; set; }

    public Person? Person { get; set; }

    public string Nature { get; set; } = "";

    /// <summary>What was agreed, e.g. "left the room for the item".</summary>
    public string? Handling { get; set; }
}
