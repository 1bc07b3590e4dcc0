using System.Globalization;
using System.Security.Claims;
using McnHub.Platform.Accounts;

namespace McnHub.Features.Evaluation;

/// <summary>Who may enter a return: the co-ordinator for any organisation, a data submitter for theirs.</summary>
public static class ReturnAccess
{
    public static bool IsCoordinator(ClaimsPrincipal user) => user.IsInRole(Roles.Coordinator);

    public static IReadOnlySet<int> SubmitterFor(ClaimsPrincipal user) =>
        user.FindAll(McnClaims.SubmitterFor)
            .Select(c => int.TryParse(c.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).ToHashSet();

    public static bool MayEnter(ClaimsPrincipal user, int organisationId) =>
        IsCoordinator(user) || SubmitterFor(user).Contains(organisationId);
}
