using System.Globalization;
using System.Security.Claims;
using McnHub.Features.Governance.Groups;
using McnHub.Platform.Accounts;
using McnHub.Platform.Audit;
using McnHub.Platform.Data;

namespace McnHub.Features.Governance.Meetings;

/// <summary>
/// Per-group checks: the co-ordinator may do anything; a group's current chair or secretary may schedule its meetings
/// and record attendance; a private group's papers are for its members and the co-ordinator only.
/// </summary>
public static class MeetingAccess
{
    public static bool IsCoordinator(ClaimsPrincipal user) => user.IsInRole(Roles.Coordinator);

    public static int? PersonId(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirst(McnClaims.PersonId)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static async Task<bool> CanEditAsync(AppDbContext db, ClaimsPrincipal user, int groupId, DateOnly today, CancellationToken ct)
    {
        if (IsCoordinator(user))
        {
            return true;
        }

        if (PersonId(user) is not { } personId)
        {
            return false;
        }

        var seats = await GroupMembership.SeatsOnAsync(db, groupId, today, ct);
        return seats.Any(s => s.Role is GroupRole.Chair or GroupRole.Secretary && s.PersonIds.Contains(personId));
    }

    public static async Task<bool> CanSeePapersAsync(AppDbContext db, ClaimsPrincipal user, Group group, DateOnly today, CancellationToken ct)
    {
        if (group.Visibility == GroupVisibility.Public || IsCoordinator(user))
        {
            return true;
        }

        return PersonId(user) is { } personId && (await GroupMembership.PeopleOnAsync(db, group.Id, today, ct)).Contains(personId);
    }
}

/// <summary>Answers a refused attempt: audited, then 403.</summary>
public static class MeetingRefusal
{
    public static async Task<Microsoft.AspNetCore.Mvc.IActionResult> RefuseAsync(AppDbContext db, string entity, int id, string reason, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await db.RecordRefusalAsync(entity, id.ToString(CultureInfo.InvariantCulture), reason, ct);
        return new Microsoft.AspNetCore.Mvc.StatusCodeResult(StatusCodes.Status403Forbidden);
    }
}
