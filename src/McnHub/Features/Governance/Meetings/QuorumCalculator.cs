using McnHub.Features.Governance.Groups;
using McnHub.Features.Members.Organisations;

namespace McnHub.Features.Governance.Meetings;

/// <summary>
/// Decides whether a meeting is quorate under the group's terms of reference. Pure: the caller resolves the group's
/// seats on the meeting date (<see cref="GroupMembership"/>) and passes the attendance list.
/// Deputies count for the member they stand in for (members, NHS and non-NHS numbers) but do not make the chair
/// "present": chairing passes to the vice-chair, not to a deputy. Guests never count.
/// </summary>
public static class QuorumCalculator
{
    public static QuorumResult Calculate(QuorumRule rule, IReadOnlyList<QuorumSeat> seats, IEnumerable<QuorumAttendee> attendance, QuorumBasis basis)
    {
        var counted = attendance
            .Where(a => !a.IsGuest && (a.Status == AttendanceStatus.Present || (basis == QuorumBasis.Acceptances && a.Status == AttendanceStatus.Accepted)))
            .ToList();
        var inPerson = counted.Where(a => a.DeputisingForPersonId is null).Select(a => a.PersonId).ToHashSet();
        var represented = counted.Select(a => a.DeputisingForPersonId ?? a.PersonId).ToHashSet();

        var voting = seats.Where(s => s.Counts && s.PersonIds.Count > 0).ToList();
        var filled = voting.Where(s => s.PersonIds.Overlaps(represented)).ToList();
        var verb = basis == QuorumBasis.Presence ? "present" : "accepted";
        var summary = $"{filled.Count} of {voting.Count} {Plural(voting.Count, "member")} {verb}";

        var reasons = new List<string>();
        if (filled.Count < rule.MinimumMembers)
        {
            reasons.Add($"{summary} (at least {rule.MinimumMembers} needed)");
        }

        if (rule.RequiresChairOrViceChair
            && !voting.Any(s => s.Role is GroupRole.Chair or GroupRole.ViceChair && s.PersonIds.Overlaps(inPerson)))
        {
            reasons.Add(basis == QuorumBasis.Presence
                ? "neither the chair nor the vice-chair is present"
                : "neither the chair nor the vice-chair has accepted");
        }

        AddSectorReason(reasons, filled, Sector.NonNhs, rule.MinimumNonNhs, "non-NHS", verb);
        AddSectorReason(reasons, filled, Sector.Nhs, rule.MinimumNhs, "NHS", verb);
        return new QuorumResult(reasons.Count == 0, filled.Count, voting.Count, summary, reasons);
    }

    private static void AddSectorReason(List<string> reasons, List<QuorumSeat> filled, Sector sector, int minimum, string name, string verb)
    {
        if (minimum <= 0)
        {
            return;
        }

        var count = filled.Count(s => s.Sector == sector);
        if (count >= minimum)
        {
            return;
        }

        reasons.Add(count == 0
            ? $"no {name} member {verb} (at least {minimum} needed)"
            : $"{count} {name} {Plural(count, "member")} {verb} (at least {minimum} needed)");
    }

    internal static string Plural(int n, string word) => n == 1 ? word : word + "s";
}
