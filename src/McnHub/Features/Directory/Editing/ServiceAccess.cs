using System.Globalization;
using System.Security.Claims;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Accounts;
using McnHub.Platform.Audit;
using McnHub.Platform.Authorization;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Directory.Editing;

/// <summary>
/// Who may change a service: the co-ordinator, or a lead of the organisation that owns it — the same
/// organisation scope as the organisation's own profile.
/// </summary>
public static class ServiceAccess
{
    public static async Task<bool> CanEditAsync(this IAuthorizationService authorization, ClaimsPrincipal user, int organisationId) =>
        (await authorization.AuthorizeAsync(user, new OrganisationScope(organisationId), OrganisationOperations.Edit)).Succeeded;

    /// <summary>Organisations the user may add services to: all for the co-ordinator, their own for a lead.</summary>
    public static async Task<List<Organisation>> EditableOrganisationsAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var query = db.Set<Organisation>().AsNoTracking();
        if (!user.IsInRole(Roles.Coordinator))
        {
            var led = AuthorizationModule.OrganisationsLedBy(user).ToList();
            query = query.Where(o => led.Contains(o.Id));
        }

        return await query.OrderBy(o => o.Name).ToListAsync(ct);
    }

    /// <summary>Records the refused attempt in the audit trail and answers 403.</summary>
    public static async Task<IActionResult> RefuseAsync(AppDbContext db, string key, string reason, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await db.RecordRefusalAsync("Service", key, reason, ct);
        return new StatusCodeResult(StatusCodes.Status403Forbidden);
    }

    public static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The name shown as "verified by": the person's display name, else their sign-in name.</summary>
    public static string DisplayName(ClaimsPrincipal user) =>
        user.FindFirst(McnClaims.DisplayName)?.Value ?? user.Identity?.Name ?? "unknown";
}
