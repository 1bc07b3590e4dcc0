using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Minutes;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Meetings;

/// <summary>
/// What deleting an agenda paper or a conflict-of-interest declaration checks: the co-ordinator or the group's chair or
/// secretary only (others refused, audited), and never once the meeting's minutes are approved — the record of the
/// meeting is then fixed.
/// </summary>
public static class AgendaRecordDeletion
{
    public const string MinutesApprovedMessage = "The minutes of this meeting have been approved, so its papers and declarations can no longer be deleted.";

    public static Task<bool> MinutesApprovedAsync(AppDbContext db, int meetingId, CancellationToken ct) =>
        db.Set<MeetingMinutes>().AnyAsync(m => m.MeetingId == meetingId && m.Status == MinutesStatus.Approved, ct);

    public static Task<bool> CanDeleteAsync(AppDbContext db, System.Security.Claims.ClaimsPrincipal user, int groupId, TimeProvider clock, CancellationToken ct) =>
        MeetingAccess.CanEditAsync(db, user, groupId, GroupClock.Today(clock), ct);
}
