using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Materials;

/// <summary>
/// Edits a material's title, description, who can see it and (links, recordings) its address and length. A file is
/// not replaced here: remove the material and upload the new file, so the old one is never served under a new title.
/// </summary>
public sealed class EditModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public MaterialInput Input { get; set; } = new();

    public CourseMaterial Material { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } material)
        {
            return NotFound();
        }

        Material = material;
        Input = MaterialInput.From(material);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } material)
        {
            return NotFound();
        }

        Material = material;
        Input.Kind = material.Kind;
        Input.Check(ModelState, material.Kind, adding: false);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(material).Property(m => m.Version).OriginalValue = Input.Version;
        Input.ApplyTo(material);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            if (await FindAsync(id, ct) is not { } saved)
            {
                ModelState.AddModelError("", "Someone else removed this material while you were editing it: nothing has been saved");
                return Page();
            }

            Material = saved;
            StaleEdit.Report(ModelState, "material",
            [
                new FieldValues("Input.Title", "Title", Input.Title, saved.Title),
                new FieldValues("Input.Description", "Description", Input.Description, saved.Description),
                new FieldValues("Input.Visibility", "Who can see it", Input.Visibility?.ToString(), saved.Visibility.ToString()),
                new FieldValues("Input.Url", "Web address", Input.Url, saved.Url),
                new FieldValues("Input.DurationMinutes", "Length", Input.DurationMinutes?.ToString(), saved.DurationMinutes?.ToString()),
            ]);
            StaleEdit.TakeVersion(ModelState, "Input.Version");
            Input.Version = saved.Version;
            return Page();
        }

        TempData["Success"] = $"Changes to \"{material.Title}\" have been saved";
        return Redirect($"/training/courses/{material.CourseId}/materials");
    }

    private Task<CourseMaterial?> FindAsync(int id, CancellationToken ct) =>
        db.Set<CourseMaterial>().Include(m => m.Course).Include(m => m.File).FirstOrDefaultAsync(m => m.Id == id, ct);
}
