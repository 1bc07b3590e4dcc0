using McnHub.Features.Training.Materials;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Catalogue;

public sealed class CourseModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public Course Course { get; private set; } = null!;

    public List<SessionRow> Sessions { get; private set; } = [];

    /// <summary>The materials this visitor may open, in order; restricted ones they may not open are left out.</summary>
    public List<CourseMaterial> Materials { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var course = await db.Set<Course>().AsNoTracking()
            .Include(c => c.Competencies).ThenInclude(c => c.Competency!).ThenInclude(c => c.Domain)
            .Include(c => c.Competencies).ThenInclude(c => c.Level)
            .Include(c => c.Audience)
            .Include(c => c.Materials).ThenInclude(m => m.File)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, ct);
        if (course is null)
        {
            return NotFound();
        }

        Course = course;
        var access = await MaterialAccess.ForAsync(db, User, id, ct);
        Materials = [.. course.Materials.Where(access.MaySee).OrderBy(m => m.Order).ThenBy(m => m.Id)];
        var now = clock.GetUtcNow().UtcDateTime;
        Sessions = await SessionQuery.RowsAsync(db.Set<TrainingSession>().Where(s => s.CourseId == id && s.StartsAt >= now && s.Status != SessionStatus.Cancelled).OrderBy(s => s.StartsAt), now, ct);
        return Page();
    }
}
