using McnHub.Features.Governance.Groups;
using McnHub.Features.Members.Organisations;

namespace McnHub.Features.Governance.Meetings;

/// <summary>The quorum part of a group's terms of reference, apart from the entity so it can be checked before saving.</summary>
public sealed record QuorumRule(int MinimumMembers, bool RequiresChairOrViceChair, int MinimumNonNhs, int MinimumNhs)
{
    public static QuorumRule From(TermsOfReference terms) =>
        new(terms.QuorumMinimumMembers, terms.QuorumRequiresChairOrViceChair, terms.QuorumMinimumNonNhs, terms.QuorumMinimumNhs);

    /// <summary>"At least 4 members, including the chair or the vice-chair and at least 1 non-NHS member".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (RequiresChairOrViceChair)
        {
            parts.Add("the chair or the vice-chair");
        }

        if (MinimumNhs > 0)
        {
            parts.Add($"at least {MinimumNhs} NHS {QuorumCalculator.Plural(MinimumNhs, "member")}");
        }

        if (MinimumNonNhs > 0)
        {
            parts.Add($"at least {MinimumNonNhs} non-NHS {QuorumCalculator.Plural(MinimumNonNhs, "member")}");
        }

        var head = $"At least {MinimumMembers} {QuorumCalculator.Plural(MinimumMembers, "member")} present";
        return parts.Count == 0 ? head : $"{head}, including {string.Join(" and ", parts)}";
    }
}

/// <summary>
/// A seat on a group on a given date: a named person, or an organisation role resolved to everyone holding it.
/// The seat is filled when any of its holders (or a deputy for one of them) is there.
/// </summary>
public sealed record QuorumSeat(GroupRole Role, Sector? Sector, IReadOnlySet<int> PersonIds)
{
    /// <summary>Secretaries and observers support the group but are not counted towards its quorum.</summary>
    public bool Counts => Role is GroupRole.Chair or GroupRole.ViceChair or GroupRole.Member;

    public static QuorumSeat Person(int personId, GroupRole role, Sector? sector) => new(role, sector, new HashSet<int> { personId });
}

public sealed record QuorumAttendee(int PersonId, AttendanceStatus Status, int? DeputisingForPersonId = null, bool IsGuest = false)
{
    public static QuorumAttendee From(Attendance a) => new(a.PersonId, a.Status, a.DeputisingForPersonId, a.IsGuest);
}

public enum QuorumBasis
{
    /// <summary>Before the meeting: who has accepted (or is already marked present).</summary>
    Acceptances,

    /// <summary>During and after the meeting: who is present.</summary>
    Presence,
}

/// <summary>Whether a meeting is quorate, the count behind it and each unmet condition in words.</summary>
public sealed record QuorumResult(bool Quorate, int MembersCounted, int MembershipSize, string Summary, IReadOnlyList<string> Reasons);
