using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using McnHub.Platform.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Materials;

/// <summary>Asks, then removes a material and its stored file record (the audit log keeps who did it and when).</summary>
public sealed class DeleteModel(AppDbContext db, FileStore files, ILogger<DeleteModel> log) : PageModel
{
    public CourseMaterial Material { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await FindAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await FindAsync(id, ct))
        {
            return NotFound();
        }

        db.Remove(Material);
        if (Material.File is { } file)
        {
            db.Remove(file);
        }

        await db.SaveChangesAsync(ct);
        if (Material.File is { } removed)
        {
            // After the commit, so a failed save never loses the bytes of a file still listed.
            try
            {
                System.IO.File.Delete(files.PathOf(removed.Id));
            }
            catch (IOException e)
            {
                log.LogWarning(e, "Could not delete the bytes of removed file {FileId}", removed.Id);
            }
        }

        TempData["Success"] = $"\"{Material.Title}\" has been removed from the course's materials";
        return Redirect($"/training/courses/{Material.CourseId}/materials");
    }

    private async Task<bool> FindAsync(int id, CancellationToken ct)
    {
        var material = await db.Set<CourseMaterial>().Include(m => m.Course).Include(m => m.File).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (material is null)
        {
            return false;
        }

        Material = material;
        return true;
    }
}
