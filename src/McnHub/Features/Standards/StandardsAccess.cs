using System.Globalization;
using System.Security.Claims;
using McnHub.Platform.Audit;
using McnHub.Platform.Authorization;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Authorization;

namespace McnHub.Features.Standards;

/// <summary>
/// An organisation's self-assessment and advance care plan record belong to it: only its leads and the
/// co-ordinator may see or change them. A refusal is audited, so an attempt on another organisation leaves a trace.
/// </summary>
public static class StandardsAccess
{
    public static async Task<bool> MayEditAsync(IAuthorizationService authorization, ClaimsPrincipal user, int organisationId) =>
        (await authorization.AuthorizeAsync(user, new OrganisationScope(organisationId), OrganisationOperations.Edit)).Succeeded;

    /// <summary>True when allowed; otherwise records the refusal (entity, key, what was tried) and returns false.</summary>
    public static async Task<bool> CheckAsync(AppDbContext db, IAuthorizationService authorization, ClaimsPrincipal user, int organisationId, string entity, string what, CancellationToken ct)
    {
        if (await MayEditAsync(authorization, user, organisationId))
        {
            return true;
        }

        await db.RecordRefusalAsync(entity, organisationId.ToString(CultureInfo.InvariantCulture), $"{what} refused: not the co-ordinator or a lead of organisation {organisationId.ToString(CultureInfo.InvariantCulture)}", ct);
        return false;
    }
}
