using System.Security.Claims;
using McnHub.Features.Guidelines.Documents;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Guidelines.Library;

/// <summary>One document with its owner and every version (newest first), as the reading pages show it.</summary>
public static class GuidelineLoader
{
    public static Task<GuidelineDocument?> LoadAsync(AppDbContext db, int id, CancellationToken ct, bool tracking = false)
    {
        var query = db.Set<GuidelineDocument>().AsSplitQuery()
            .Include(d => d.Owner)
            .Include(d => d.Versions).ThenInclude(v => v.File)
            .Include(d => d.Versions).ThenInclude(v => v.ApprovedByGroup)
            .Include(d => d.Versions).ThenInclude(v => v.Decision);
        return (tracking ? query : query.AsNoTracking()).SingleOrDefaultAsync(d => d.Id == id, ct);
    }

    /// <summary>What a reader sees first: the current approved version, else the latest version they may see.</summary>
    public static GuidelineVersion? Shown(GuidelineDocument document, ClaimsPrincipal user) =>
        document.Versions.FirstOrDefault(v => v.Id == document.CurrentVersionId)
        ?? document.Versions.OrderByDescending(v => v.Number).FirstOrDefault(v => GuidelineAccess.CanSee(user, document, v));

    /// <summary>The version in progress after (or instead of) the approved one: a draft or one out for consultation.</summary>
    public static GuidelineVersion? Pending(GuidelineDocument document) =>
        document.Versions.Where(v => !v.IsLocked).OrderByDescending(v => v.Number).FirstOrDefault();
}
