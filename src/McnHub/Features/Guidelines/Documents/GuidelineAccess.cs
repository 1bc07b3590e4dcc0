using System.Globalization;
using System.Security.Claims;
using McnHub.Platform.Accounts;
using McnHub.Platform.Audit;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;

using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Guidelines.Documents;

/// <summary>
/// Who sees and changes what in the library. Anyone: approved or retired public documents. Signed-in members: also
/// members-only documents and drafts out for consultation. A document's owner and the co-ordinator: everything of it,
/// including drafts, and they alone edit, consult, answer and record reviews (approval is the co-ordinator's).
/// </summary>
public static class GuidelineAccess
{
    public static bool IsCoordinator(ClaimsPrincipal user) => user.IsInRole(Roles.Coordinator);

    public static bool IsSignedIn(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true;

    public static int? PersonId(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirst(McnClaims.PersonId)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static bool CanManage(ClaimsPrincipal user, GuidelineDocument document) =>
        IsCoordinator(user) || (PersonId(user) is { } id && id == document.OwnerId);

    /// <summary>The documents the user may find and open, as a query.</summary>
    public static IQueryable<GuidelineDocument> Visible(IQueryable<GuidelineDocument> documents, ClaimsPrincipal user)
    {
        if (IsCoordinator(user))
        {
            return documents;
        }

        if (!IsSignedIn(user))
        {
            return documents.Where(d => d.Audience == DocumentAudience.Public && (d.Status == DocumentStatus.Approved || d.Status == DocumentStatus.Retired));
        }

        var personId = PersonId(user) ?? -1;
        return documents.Where(d => d.Status != DocumentStatus.Draft || d.OwnerId == personId);
    }

    public static bool CanSee(ClaimsPrincipal user, GuidelineDocument d) =>
        CanManage(user, d)
        || (IsSignedIn(user) && d.Status != DocumentStatus.Draft)
        || (d.Audience == DocumentAudience.Public && d.Status is DocumentStatus.Approved or DocumentStatus.Retired);

    /// <summary>Approved and superseded versions go with the document; a consultation draft is for members; other drafts for its managers.</summary>
    public static bool CanSee(ClaimsPrincipal user, GuidelineDocument d, GuidelineVersion v) =>
        CanManage(user, d) || (CanSee(user, d) && (v.IsLocked || (v.Status == VersionStatus.Consultation && IsSignedIn(user))));

    /// <summary>A sign-in prompt when a signed-in member could read it; otherwise not found (drafts are not known to exist).</summary>
    public static IActionResult Hidden(ClaimsPrincipal user, GuidelineDocument d, GuidelineVersion? v = null)
    {
        var membersMaySee = d.Status != DocumentStatus.Draft && (v is null || v.IsLocked || v.Status == VersionStatus.Consultation);
        return !IsSignedIn(user) && membersMaySee ? new ChallengeResult() : new NotFoundResult();
    }

    public static string DisplayName(ClaimsPrincipal user) =>
        user.FindFirst(McnClaims.DisplayName)?.Value ?? user.Identity?.Name ?? "unknown";

    /// <summary>
    /// The document to manage, tracked: null with the answer to give instead when there is no such document (404) or
    /// the user is neither its owner nor the co-ordinator (403, audited with <paramref name="refusal"/>).
    /// </summary>
    public static async Task<(GuidelineDocument? Document, IActionResult? Refused)> FindManagedAsync(
        AppDbContext db, ClaimsPrincipal user, int id, string refusal, CancellationToken ct)
    {
        var document = await db.Set<GuidelineDocument>().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (document is null)
        {
            return (null, new NotFoundResult());
        }

        return CanManage(user, document) ? (document, null) : (null, await RefuseAsync(db, document, refusal, ct));
    }

    public static async Task<IActionResult> RefuseAsync(AppDbContext db, GuidelineDocument document, string reason, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await db.RecordRefusalAsync(nameof(GuidelineDocument), document.Id.ToString(CultureInfo.InvariantCulture), reason, ct);
        return new StatusCodeResult(StatusCodes.Status403Forbidden);
    }
}
