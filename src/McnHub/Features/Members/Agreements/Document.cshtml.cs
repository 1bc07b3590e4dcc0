using System.Globalization;
using McnHub.Platform.Audit;
using McnHub.Platform.Authorization;
using McnHub.Platform.Data;
using McnHub.Platform.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.Agreements;

/// <summary>
/// Serves an agreement's document to the co-ordinator or a lead of the organisation that signed it. It is
/// always a download (never shown inline, never sniffed) and comes from the file store, never from wwwroot.
/// </summary>
public sealed class DocumentModel(AppDbContext db, FileStore files, IAuthorizationService authorization) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var agreement = await db.Set<Agreement>().AsNoTracking().Include(a => a.Document).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null)
        {
            return NotFound();
        }

        var allowed = await authorization.AuthorizeAsync(User, new OrganisationScope(agreement.OrganisationId), OrganisationOperations.Edit);
        if (!allowed.Succeeded)
        {
            await db.RecordRefusalAsync(nameof(Agreement), id.ToString(CultureInfo.InvariantCulture), "Download of the agreement document refused: not the co-ordinator or a lead of its organisation", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (agreement.Document is not { } document || !System.IO.File.Exists(files.PathOf(document.Id)))
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return File(files.OpenRead(document.Id), document.ContentType, document.FileName);
    }
}
