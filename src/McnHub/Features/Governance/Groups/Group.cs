using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;

namespace McnHub.Features.Governance.Groups;

public enum GroupKind
{
    Board,
    SteeringGroup,
    ClinicalLeadsGroup,
    WorkingGroup,
    TaskAndFinishGroup,
    Other,
}

/// <summary>Public groups publish approved minutes to every member; private groups' papers are for their members only.</summary>
public enum GroupVisibility
{
    Public,
    Private,
}

/// <summary>A governance group (board → steering group → working groups, task-and-finish groups).</summary>
public sealed class Group : IVersioned
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public GroupKind Kind { get; set; }

    public int? ParentId { get; set; }

    public Group? Parent { get; set; }

    public List<Group> Children { get; set; } = [];

    public GroupVisibility Visibility { get; set; } = GroupVisibility.Public;

    public bool Active { get; set; } = true;

    public List<GroupMember> Members { get; set; } = [];

    public List<TermsOfReference> TermsOfReference { get; set; } = [];

    public int Version { get; set; }
}

public enum GroupRole
{
    Chair,
    ViceChair,
    Member,
    Secretary,
    Observer,
}

/// <summary>
/// A seat on a group: a named person, or a role from an organisation (e.g. "the lead of Kingfisher Children's
/// Hospice"), which resolves to whoever holds that role at the time.
/// </summary>
public sealed class GroupMember
{
    public int Id { get; set; }

    public int GroupId { get; set; }

    public Group? Group { get; set; }

    public int? PersonId { get; set; }

    public Person? Person { get; set; }

    public int? OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>With <see cref="OrganisationId"/>: the organisation role that holds the seat.</summary>
    public OrganisationRole? OrganisationRole { get; set; }

    public GroupRole Role { get; set; } = GroupRole.Member;

    public DateOnly From { get; set; }

    public DateOnly? To { get; set; }
}

/// <summary>One version of a group's terms of reference; every version is kept.</summary>
public sealed class TermsOfReference
{
    public int Id { get; set; }

    public int GroupId { get; set; }

    public Group? Group { get; set; }

    public int Number { get; set; }

    public string Purpose { get; set; } = "";

    public string Responsibilities { get; set; } = "";

    /// <summary>E.g. "Quarterly", "Every 6 weeks".</summary>
    public string MeetingFrequency { get; set; } = "";

    /// <summary>Who the group reports to, in words (e.g. "Reports to the network board after each meeting").</summary>
    public string ReportingLine { get; set; } = "";

    /// <summary>Quorum: at least this many members present (deputies count for the member they stand in for).</summary>
    public int QuorumMinimumMembers { get; set; } = 1;

    /// <summary>Quorum: the chair or the vice-chair must be present.</summary>
    public bool QuorumRequiresChairOrViceChair { get; set; }

    /// <summary>Quorum: at least this many members from non-NHS organisations present.</summary>
    public int QuorumMinimumNonNhs { get; set; }

    /// <summary>Quorum: at least this many members from NHS organisations present.</summary>
    public int QuorumMinimumNhs { get; set; }

    public DateOnly ReviewDate { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public string? CreatedBy { get; set; }

    public DateTime? LastReviewReminderAt { get; set; }
}
