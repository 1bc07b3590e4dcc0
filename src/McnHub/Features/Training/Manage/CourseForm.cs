using McnHub.Features.Members.People;
using McnHub.Features.Training.Bookings;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Manage;

public sealed class CourseInput
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public CourseLevel? Level { get; set; }

    public TrainingFormat? Format { get; set; }

    public decimal? CpdHours { get; set; }

    public decimal? Cost { get; set; }

    public string? CostNote { get; set; }

    public bool Active { get; set; } = true;

    public List<int> CompetencyIds { get; set; } = [];

    public List<Discipline> Audience { get; set; } = [];

    public int Version { get; set; }
}

/// <summary>What the create and edit pages share: the choices, the checks, and copying the input onto the course.</summary>
public static class CourseForm
{
    public static IEnumerable<SelectListItem> LevelItems =>
        Enum.GetValues<CourseLevel>().Select(l => new SelectListItem(TrainingText.Level(l), l.ToString()));

    public static IEnumerable<SelectListItem> FormatItems =>
        Enum.GetValues<TrainingFormat>().Select(f => new SelectListItem(TrainingText.Format(f), f.ToString()));

    public static Task<List<CompetencyDomain>> FrameworkAsync(AppDbContext db, CancellationToken ct) =>
        db.Set<CompetencyDomain>().AsNoTracking().Include(d => d.Competencies.OrderBy(c => c.Order)).OrderBy(d => d.Order).ToListAsync(ct);

    public static void Validate(CourseInput input, ModelStateDictionary state)
    {
        BindingErrors.Reword(state, "Input.CpdHours", "Enter CPD hours as a number, for example 3 or 1.5");
        BindingErrors.Reword(state, "Input.Cost", "Enter the cost in pounds as a number, for example 0 or 40");
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            state.AddModelError("Input.Title", "Enter the course title");
        }
        else if (input.Title.Trim().Length > 200)
        {
            state.AddModelError("Input.Title", "The title must be 200 characters or fewer");
        }

        if (string.IsNullOrWhiteSpace(input.Description))
        {
            state.AddModelError("Input.Description", "Enter a description of the course");
        }

        if (input.Level is null && !HasError(state, "Input.Level"))
        {
            state.AddModelError("Input.Level", "Choose the course level");
        }

        if (input.Format is null && !HasError(state, "Input.Format"))
        {
            state.AddModelError("Input.Format", "Choose the usual format");
        }

        if (input.CpdHours is { } hours && hours < 0)
        {
            state.AddModelError("Input.CpdHours", "CPD hours cannot be negative: enter 0 or more");
        }
        else if (input.CpdHours is null && !HasError(state, "Input.CpdHours"))
        {
            state.AddModelError("Input.CpdHours", "Enter CPD hours, 0 or more");
        }

        if (input.Cost is { } cost && cost < 0)
        {
            state.AddModelError("Input.Cost", "The cost cannot be negative: enter 0 for a free course");
        }
    }

    /// <summary>Copies the input onto the course, keeping the framework level of competencies it already had.</summary>
    public static void Apply(CourseInput input, Course course, ISet<int> knownCompetencies)
    {
        course.Title = input.Title!.Trim();
        course.Description = input.Description!.Trim();
        course.Level = input.Level!.Value;
        course.Format = input.Format!.Value;
        course.CpdHours = input.CpdHours!.Value;
        course.Cost = input.Cost ?? 0;
        course.CostNote = string.IsNullOrWhiteSpace(input.CostNote) ? null : input.CostNote.Trim();
        course.Active = input.Active;
        var wanted = input.CompetencyIds.Where(knownCompetencies.Contains).ToHashSet();
        course.Competencies.RemoveAll(c => !wanted.Contains(c.CompetencyId));
        foreach (var id in wanted.Where(id => course.Competencies.All(c => c.CompetencyId != id)))
        {
            course.Competencies.Add(new CourseCompetency { CompetencyId = id });
        }

        var audience = input.Audience.Where(Enum.IsDefined).ToHashSet();
        course.Audience.RemoveAll(a => !audience.Contains(a.Discipline));
        foreach (var d in audience.Where(d => course.Audience.All(a => a.Discipline != d)))
        {
            course.Audience.Add(new CourseAudience { Discipline = d });
        }
    }

    public static CourseInput From(Course c) => new()
    {
        Title = c.Title, Description = c.Description, Level = c.Level, Format = c.Format, CpdHours = c.CpdHours, Cost = c.Cost,
        CostNote = c.CostNote, Active = c.Active, CompetencyIds = c.Competencies.Select(x => x.CompetencyId).ToList(),
        Audience = c.Audience.Select(a => a.Discipline).ToList(), Version = c.Version,
    };

    private static bool HasError(ModelStateDictionary state, string key) => state.TryGetValue(key, out var e) && e.Errors.Count > 0;
}

/// <summary>The create and edit pages, as the shared fields partial sees them.</summary>
public interface ICourseFormPage
{
    CourseInput Input { get; }

    List<CompetencyDomain> Framework { get; }
}
