using McnHub.Features.Governance.Groups;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Meetings;

/// <summary>
/// Loads what <see cref="QuorumCalculator"/> needs for one meeting (the latest terms of reference, the group's seats on
/// the meeting date, the attendance) so every place that judges quorum — meeting page, dashboard, minutes approval,
/// API — judges it the same way.
/// </summary>
public static class MeetingQuorum
{
    /// <summary>Before a scheduled meeting starts, acceptances count; from its start (or once held), presence.</summary>
    public static QuorumBasis BasisAt(Meeting meeting, DateTime now) =>
        now < meeting.StartsAt && meeting.Status == MeetingStatus.Scheduled ? QuorumBasis.Acceptances : QuorumBasis.Presence;

    /// <summary>The quorum of the meeting on that basis, or null when the group has no terms of reference.</summary>
    public static async Task<QuorumResult?> CalculateAsync(AppDbContext db, int meetingId, int groupId, DateTime startsAt, QuorumBasis basis, CancellationToken ct)
    {
        var terms = await db.Set<TermsOfReference>().AsNoTracking().Where(t => t.GroupId == groupId)
            .OrderByDescending(t => t.Number).FirstOrDefaultAsync(ct);
        if (terms is null)
        {
            return null;
        }

        var seats = await GroupMembership.SeatsOnAsync(db, groupId, MeetingTime.UkDate(startsAt), ct);
        var attendance = await db.Set<Attendance>().AsNoTracking().Where(a => a.MeetingId == meetingId)
            .Select(a => new QuorumAttendee(a.PersonId, a.Status, a.DeputisingForPersonId, a.IsGuest)).ToListAsync(ct);
        return QuorumCalculator.Calculate(QuorumRule.From(terms), seats, attendance, basis);
    }

    public static Task<QuorumResult?> CalculateAsync(AppDbContext db, Meeting meeting, QuorumBasis basis, CancellationToken ct) =>
        CalculateAsync(db, meeting.Id, meeting.GroupId, meeting.StartsAt, basis, ct);
}
