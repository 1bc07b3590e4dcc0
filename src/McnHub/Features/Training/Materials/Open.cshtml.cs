using McnHub.Features.Training.Model;
using McnHub.Platform.Audit;
using McnHub.Platform.Data;
using McnHub.Platform.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Materials;

/// <summary>Opens a course material: downloads a file, or goes to a link or recording; restricted ones only for those entitled (refusals audited).</summary>
public sealed class OpenModel(AppDbContext db, FileStore files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var material = await db.Set<CourseMaterial>().AsNoTracking().Include(m => m.File).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (material is null)
        {
            return NotFound();
        }

        var access = await MaterialAccess.ForAsync(db, User, material.CourseId, ct);
        if (!access.MaySee(material))
        {
            await db.RecordRefusalAsync(nameof(CourseMaterial), id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"Tried to open the material \"{material.Title}\", which is for {MaterialAccess.Audience(material.Visibility).ToLowerInvariant()}", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (material.Kind != MaterialKind.File)
        {
            return material.Url is { } url ? Redirect(url) : NotFound();
        }

        if (material.File is not { } file || !System.IO.File.Exists(files.PathOf(file.Id)))
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        // Never cached by shared caches: who may open a material can change at any time.
        Response.Headers.CacheControl = "private, no-store";
        return File(files.OpenRead(file.Id), file.ContentType, file.FileName);
    }
}
