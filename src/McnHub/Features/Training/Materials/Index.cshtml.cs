using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using McnHub.Platform.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Materials;

/// <summary>The education lead's list of a course's materials, with the form to add a file, link or recording.</summary>
public sealed class IndexModel(AppDbContext db, FileStore files) : PageModel
{
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
