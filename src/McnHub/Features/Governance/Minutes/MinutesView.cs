using System.Security.Claims;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Minutes;

/// <summary>A meeting, its minutes (if any yet) and what the signed-in user may do with them.</summary>
public sealed class MinutesView
{
    public required Meeting Meeting { get; init; }

    public required MeetingMinutes? Minutes { get; init; }

    /// <summary>The co-ordinator, or the group's chair or secretary: drafts, circulates, amends and approves.</summary>
    public required bool CanDraft { get; init; }

    /// <summary>A member of the group (or the co-ordinator).</summary>
    public required bool IsMember { get; init; }

    public MinutesStatus Status => Minutes?.Status ?? MinutesStatus.Draft;

    /// <summary>Approved minutes of a public group are published to every member; everything else is for the group.</summary>
    public bool CanRead => IsMember || CanDraft || (Status == MinutesStatus.Approved && Meeting.Group!.Visibility == GroupVisibility.Public);

    public static async Task<MinutesView?> LoadAsync(AppDbContext db, ClaimsPrincipal user, int meetingId, bool track, CancellationToken ct)
    {
        var meetings = db.Set<Meeting>().Include(m => m.Group).Include(m => m.AgendaItems.OrderBy(a => a.Order));
        var meeting = await (track ? meetings : meetings.AsNoTracking()).FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null)
        {
            return null;
        }

        var query = db.Set<MeetingMinutes>().Include(m => m.Items).ThenInclude(i => i.Revisions)
            .Include(m => m.Comments).ThenInclude(c => c.Person)
            .Include(m => m.ApprovedAtMeeting).Include(m => m.ApprovalMovedBy)
            .AsSplitQuery();
        var minutes = await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(m => m.MeetingId == meetingId, ct);
        if (minutes is not null)
        {
            minutes.Meeting = meeting;
        }

        var coordinator = GovernanceAccess.IsCoordinator(user);
        var groups = await GovernanceAccess.GroupsOfAsync(db, GovernanceAccess.PersonId(user), ct);
        return new MinutesView
        {
            Meeting = meeting,
            Minutes = minutes,
            CanDraft = await GovernanceAccess.CanManageAsync(db, user, meeting.GroupId, ct),
            IsMember = coordinator || groups.Contains(meeting.GroupId),
        };
    }
}
