using System.Globalization;
using System.Security.Claims;
using McnHub.Features.Training.Model;
using McnHub.Platform.Accounts;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Outcomes;

/// <summary>Who may mark a register: the co-ordinator, an educator, or one of the session's own trainers.</summary>
public static class TrainingAccess
{
    public static int? PersonId(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(McnClaims.PersonId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static bool IsEducationLead(ClaimsPrincipal user) => user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Educator);

    public static async Task<bool> CanMarkRegisterAsync(AppDbContext db, ClaimsPrincipal user, int sessionId, CancellationToken ct)
    {
        if (IsEducationLead(user))
        {
            return true;
        }

        return PersonId(user) is { } personId
            && await db.Set<SessionTrainer>().AnyAsync(t => t.SessionId == sessionId && t.PersonId == personId, ct);
    }
}
