using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using McnHub.Platform.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Materials;

/// <summary>The education lead's list of a course's materials, in the order the course page shows them (each can move up or down), with the form to add a file, link or recording.</summary>
public sealed class IndexModel(AppDbContext db, FileStore files) : PageModel
{
    public const string ChangedMeanwhile = "Someone else changed this course's materials while you were looking at them. Nothing has been moved: check the order below and try again.";

    [BindProperty]
    public MaterialInput Input { get; set; } = new();

    public Course Course { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Input.Kind = null;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input.Check(ModelState, Input.Kind, adding: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var kind = Input.Kind!.Value;
        var material = new CourseMaterial { CourseId = id, Kind = kind, Order = Course.Materials.Count == 0 ? 1 : Course.Materials.Max(m => m.Order) + 1 };
        if (kind == MaterialKind.File)
        {
            try
            {
                material.File = await files.SaveAsync(Input.File!, ct);
            }
            catch (UploadRejectedException rejected)
            {
                ModelState.AddModelError("Input.File", rejected.Message);
                return Page();
            }
        }

        Input.ApplyTo(material);
        db.Add(material);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"\"{material.Title}\" has been added to the course's materials";
        return Redirect($"/training/courses/{id}/materials");
    }

    /// <summary>
    /// Moves a material one place up or down. The form carries the version the page showed, so a list changed by
    /// someone else meanwhile is reported rather than reordered blind; the swap and any renumbering are one save.
    /// </summary>
    public async Task<IActionResult> OnPostMoveAsync(int id, int materialId, string? direction, int? version, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var materials = await db.Set<CourseMaterial>().Where(m => m.CourseId == id).OrderBy(m => m.Order).ThenBy(m => m.Id).ToListAsync(ct);
        var up = direction == "up";
        if (materials.FirstOrDefault(m => m.Id == materialId) is not { } material)
        {
            return Refuse("That material is no longer in this course's list: someone else may have removed it");
        }

        if (version is not { } shown || shown != material.Version)
        {
            return Refuse(ChangedMeanwhile);
        }

        if (direction is not ("up" or "down"))
        {
            return Refuse($"Choose whether to move \"{material.Title}\" up or down");
        }

        if (!Ordering.Move(materials, material, up))
        {
            return Refuse(up ? $"\"{material.Title}\" is already first" : $"\"{material.Title}\" is already last");
        }

        db.Entry(material).Property(m => m.Version).OriginalValue = shown;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return Refuse(ChangedMeanwhile);
        }

        TempData["Success"] = $"\"{material.Title}\" has been moved {(up ? "up" : "down")}";
        return Redirect($"/training/courses/{id}/materials");
    }

    private PageResult Refuse(string message)
    {
        ModelState.AddModelError("", message);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var course = await db.Set<Course>().AsNoTracking().Include(c => c.Materials).ThenInclude(m => m.File).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (course is null)
        {
            return false;
        }

        course.Materials = [.. course.Materials.OrderBy(m => m.Order).ThenBy(m => m.Id)];
        Course = course;
        return true;
    }
}
