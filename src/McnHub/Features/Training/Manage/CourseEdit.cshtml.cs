using System.Globalization;
using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Manage;

/// <summary>The education lead edits a course's description, framework links, audience, CPD hours, cost and status.</summary>
public sealed class CourseEditModel(AppDbContext db) : PageModel, ICourseFormPage
{
    [BindProperty]
    public CourseInput Input { get; set; } = new();

    public List<CompetencyDomain> Framework { get; private set; } = [];

    public int CourseId { get; private set; }

    public string CourseTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var course = await LoadAsync(id, ct);
        if (course is null)
        {
            return NotFound();
        }

        Input = CourseForm.From(course);
        Framework = await CourseForm.FrameworkAsync(db, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var course = await LoadAsync(id, ct);
        if (course is null)
        {
            return NotFound();
        }

        Framework = await CourseForm.FrameworkAsync(db, ct);
        CourseForm.Validate(Input, ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(course).Property(c => c.Version).OriginalValue = Input.Version;
        CourseForm.Apply(Input, course, Framework.SelectMany(d => d.Competencies).Select(c => c.Id).ToHashSet());
        if (db.ChangeTracker.HasChanges())
        {
            // Ticks alone change only the link rows, not the course row: bump its version too, so a stale edit of
            // the audience or competencies is caught like any other (and the next editor sees it changed).
            db.Entry(course).Property(c => c.Version).IsModified = true;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = (await LoadAsync(id, ct))!;
            StaleEdit.Report(ModelState, "course",
            [
                new FieldValues("Input.Title", "Title", Input.Title, saved.Title),
                new FieldValues("Input.Description", "Description", Input.Description, saved.Description),
                new FieldValues("Input.CpdHours", "CPD hours", Number(Input.CpdHours), Number(saved.CpdHours)),
                new FieldValues("Input.Cost", "Cost", Number(Input.Cost), Number(saved.Cost)),
            ]);
            ReportTicks(saved);
            StaleEdit.TakeVersion(ModelState, "Input.Version");
            Input.Version = saved.Version;
            return Page();
        }

        TempData["Success"] = $"Changes to {course.Title} have been saved";
        return Redirect($"/training/courses/{id}");
    }

    private async Task<Course?> LoadAsync(int id, CancellationToken ct)
    {
        var course = await db.Set<Course>().Include(c => c.Competencies).Include(c => c.Audience).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (course is not null)
        {
            CourseId = course.Id;
            CourseTitle = course.Title;
        }

        return course;
    }

    /// <summary>The ticks that differ from what is saved now, in the summary (the checkboxes have no single field to sit by).</summary>
    private void ReportTicks(Course saved)
    {
        var names = Framework.SelectMany(d => d.Competencies).ToDictionary(c => c.Id, c => c.Name);
        Tick("Audience", Input.Audience.Distinct().Select(PersonRules.Describe), saved.Audience.Select(a => PersonRules.Describe(a.Discipline)));
        Tick("Competencies", Input.CompetencyIds.Distinct().Where(names.ContainsKey).Select(id => names[id]), saved.Competencies.Where(c => names.ContainsKey(c.CompetencyId)).Select(c => names[c.CompetencyId]));

        void Tick(string label, IEnumerable<string> yours, IEnumerable<string> now)
        {
            var y = yours.Order(StringComparer.Ordinal).ToList();
            var n = now.Order(StringComparer.Ordinal).ToList();
            if (!y.SequenceEqual(n))
            {
                ModelState.AddModelError(string.Empty, $"{label} is now saved as “{Show(n)}”; you ticked “{Show(y)}”");
            }
        }

        static string Show(List<string> items) => items.Count == 0 ? "(none)" : string.Join(", ", items);
    }

    private static string? Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);
}
