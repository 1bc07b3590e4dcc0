using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Manage;

/// <summary>The education lead adds a course to the programme; sessions are added to it afterwards.</summary>
public sealed class CourseCreateModel(AppDbContext db) : PageModel, ICourseFormPage
{
    [BindProperty]
    public CourseInput Input { get; set; } = new();

    public List<CompetencyDomain> Framework { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Framework = await CourseForm.FrameworkAsync(db, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Framework = await CourseForm.FrameworkAsync(db, ct);
        CourseForm.Validate(Input, ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var course = new Course();
        CourseForm.Apply(Input, course, Framework.SelectMany(d => d.Competencies).Select(c => c.Id).ToHashSet());
        db.Add(course);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"{course.Title} has been added. Add its sessions next.";
        return Redirect($"/training/courses/{course.Id}");
    }
}
