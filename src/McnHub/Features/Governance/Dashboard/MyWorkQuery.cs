using McnHub.Features.Governance.Actions;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Governance.Minutes;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Dashboard;

public sealed record MyAction(int Id, string Description, DateOnly DueOn, ActionStatus Status, bool Overdue);

public sealed record MyMeeting(int Id, string Group, string Title, DateTime StartsAt);

public sealed record MyMinutes(int MeetingId, string Group, string Title, DateTime MeetingStartsAt);

/// <summary>One person's own work: their open actions, their groups' meetings, and minutes waiting for their comment.</summary>
public static class MyWorkQuery
{
    public const int MeetingsShown = 10;

    /// <summary>Groups the person sits on today: by name, or through a role they hold in an organisation.</summary>
    public static async Task<List<int>> GroupIdsAsync(AppDbContext db, int personId, DateOnly today, CancellationToken ct)
    {
        var roles = await db.Set<Affiliation>().AsNoTracking().Where(a => a.PersonId == personId)
            .Select(a => new { a.OrganisationId, a.Role }).ToListAsync(ct);
        var seats = await db.Set<GroupMember>().AsNoTracking()
            .Where(m => m.From <= today && (m.To == null || m.To >= today) && m.Group!.Active)
            .Where(m => m.PersonId == personId || m.OrganisationId != null)
            .Select(m => new { m.GroupId, m.PersonId, m.OrganisationId, m.OrganisationRole })
            .ToListAsync(ct);
        return seats
            .Where(s => s.PersonId == personId || roles.Any(r => r.OrganisationId == s.OrganisationId && r.Role == s.OrganisationRole))
            .Select(s => s.GroupId).Distinct().ToList();
    }

    public static Task<List<MyAction>> ActionsAsync(AppDbContext db, int personId, DateOnly today, CancellationToken ct) =>
        db.Set<ActionItem>().AsNoTracking()
            .Where(a => a.OwnerPersonId == personId && (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress))
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .Select(a => new MyAction(a.Id, a.Description, a.DueOn, a.Status, a.DueOn < today))
            .ToListAsync(ct);

    public static Task<List<MyMeeting>> MeetingsAsync(AppDbContext db, IReadOnlyCollection<int> groupIds, DateTime utcNow, CancellationToken ct) =>
        db.Set<Meeting>().AsNoTracking()
            .Where(m => groupIds.Contains(m.GroupId) && m.Status == MeetingStatus.Scheduled && m.StartsAt >= utcNow)
            .OrderBy(m => m.StartsAt).ThenBy(m => m.Id)
            .Take(MeetingsShown)
            .Select(m => new MyMeeting(m.Id, m.Group!.Name, m.Title, m.StartsAt))
            .ToListAsync(ct);

    /// <summary>Circulated minutes of the person's groups on which they have not yet commented.</summary>
    public static Task<List<MyMinutes>> MinutesAwaitingCommentAsync(AppDbContext db, IReadOnlyCollection<int> groupIds, int personId, CancellationToken ct) =>
        db.Set<MeetingMinutes>().AsNoTracking()
            .Where(m => m.Status == MinutesStatus.Circulated && groupIds.Contains(m.Meeting!.GroupId) && !m.Comments.Any(c => c.PersonId == personId))
            .OrderBy(m => m.Meeting!.StartsAt).ThenBy(m => m.Id)
            .Select(m => new MyMinutes(m.MeetingId, m.Meeting!.Group!.Name, m.Meeting.Title, m.Meeting.StartsAt))
            .ToListAsync(ct);
}
