using System.Globalization;
using System.Security.Claims;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Members.People;
using McnHub.Platform.Accounts;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Minutes;

/// <summary>
/// Per-record checks for minutes, decisions and actions: who sits on a group (by name or through an organisation
/// role), who are its officers (chair or secretary), and which groups' records a user may read.
/// </summary>
public static class GovernanceAccess
{
    public static bool IsCoordinator(ClaimsPrincipal user) => user.IsInRole(Roles.Coordinator);

    public static int? PersonId(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(McnClaims.PersonId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>Groups whose seats this person holds today, by name or through a role at an organisation.</summary>
    public static async Task<List<int>> GroupsOfAsync(AppDbContext db, int? personId, CancellationToken ct)
    {
        if (personId is null)
        {
            return [];
        }

        var today = UkDates.Today();
        var affiliations = await db.Set<Affiliation>().Where(a => a.PersonId == personId)
            .Select(a => new { a.OrganisationId, a.Role }).ToListAsync(ct);
        var organisationIds = affiliations.Select(a => a.OrganisationId).ToList();
        var seats = await db.Set<GroupMember>()
            .Where(m => m.To == null || m.To >= today)
            .Where(m => m.PersonId == personId || (m.OrganisationId != null && organisationIds.Contains(m.OrganisationId.Value)))
            .Select(m => new { m.GroupId, m.PersonId, m.OrganisationId, m.OrganisationRole })
            .ToListAsync(ct);
        return seats.Where(s => s.PersonId == personId
                || affiliations.Any(a => a.OrganisationId == s.OrganisationId && (s.OrganisationRole is null || a.Role == s.OrganisationRole)))
            .Select(s => s.GroupId).Distinct().ToList();
    }

    /// <summary>Groups of which this person is chair or secretary today (named seats).</summary>
    public static Task<List<int>> OfficerOfAsync(AppDbContext db, int? personId, CancellationToken ct)
    {
        var today = UkDates.Today();
        return db.Set<GroupMember>()
            .Where(m => personId != null && m.PersonId == personId && (m.To == null || m.To >= today))
            .Where(m => m.Role == GroupRole.Chair || m.Role == GroupRole.Secretary)
            .Select(m => m.GroupId).Distinct().ToListAsync(ct);
    }

    /// <summary>The co-ordinator, or the chair or secretary of the group.</summary>
    public static async Task<bool> CanManageAsync(AppDbContext db, ClaimsPrincipal user, int? groupId, CancellationToken ct) =>
        IsCoordinator(user) || (groupId is { } g && (await OfficerOfAsync(db, PersonId(user), ct)).Contains(g));

    /// <summary>Public groups' records are for every member; private groups' only for their members and the co-ordinator.</summary>
    public static async Task<bool> CanReadGroupAsync(AppDbContext db, ClaimsPrincipal user, int? groupId, CancellationToken ct)
    {
        if (groupId is null || IsCoordinator(user))
        {
            return true;
        }

        var visibility = await db.Set<Group>().Where(g => g.Id == groupId).Select(g => (GroupVisibility?)g.Visibility).FirstOrDefaultAsync(ct);
        return visibility != GroupVisibility.Private || (await GroupsOfAsync(db, PersonId(user), ct)).Contains(groupId.Value);
    }

    /// <summary>The private groups this user may not read (filter lists with it); empty for the co-ordinator.</summary>
    public static async Task<List<int>> HiddenGroupsAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (IsCoordinator(user))
        {
            return [];
        }

        var mine = await GroupsOfAsync(db, PersonId(user), ct);
        return await db.Set<Group>().Where(g => g.Visibility == GroupVisibility.Private && !mine.Contains(g.Id)).Select(g => g.Id).ToListAsync(ct);
    }
}
