using McnHub.Platform.Data;
using McnHub.Platform.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Standards;

/// <summary>An evidence file, for the organisation's leads and the co-ordinator: always a download, from the file store.</summary>
public sealed class EvidenceModel(AppDbContext db, FileStore files, IAuthorizationService authorization) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var evidence = await db.Set<EvidenceFile>().AsNoTracking()
            .Where(f => f.Id == id)
            .Select(f => new { f.File, OrganisationId = db.Set<Assessment>().Where(a => a.Id == f.AssessmentId).Select(a => a.OrganisationId).First() })
            .FirstOrDefaultAsync(ct);
        if (evidence is null)
        {
            return NotFound();
        }

        if (!await StandardsAccess.CheckAsync(db, authorization, User, evidence.OrganisationId, nameof(EvidenceFile), "Download of an evidence file", ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (evidence.File is not { } file || !System.IO.File.Exists(files.PathOf(file.Id)))
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return File(files.OpenRead(file.Id), file.ContentType, file.FileName);
    }
}
