using System.ComponentModel.DataAnnotations;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.WorkPlan;

public sealed class AchievementInput
{
    [Required(ErrorMessage = "Enter what was achieved")]
    [StringLength(300, ErrorMessage = "What was achieved must be 300 characters or fewer")]
    public string? Title { get; set; }

    [StringLength(4000, ErrorMessage = "The description must be 4,000 characters or fewer")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Enter the date it was achieved")]
    public DateOnly? AchievedOn { get; set; }

    [StringLength(2000, ErrorMessage = "Evidence must be 2,000 characters or fewer")]
    public string? Evidence { get; set; }

    public int? ObjectiveId { get; set; }

    public bool Published { get; set; }

    public int Version { get; set; }

    public static AchievementInput From(Achievement a) => new()
    {
        Title = a.Title, Description = a.Description, AchievedOn = a.AchievedOn, Evidence = a.Evidence, ObjectiveId = a.ObjectiveId, Published = a.Published, Version = a.Version,
    };

    public void ApplyTo(Achievement a)
    {
        a.Title = Title!.Trim();
        a.Description = Blank(Description);
        a.AchievedOn = AchievedOn!.Value;
        a.Evidence = Blank(Evidence);
        a.ObjectiveId = ObjectiveId;
        a.Published = Published;
    }

    public IEnumerable<FieldValues> Compare(Achievement saved) =>
    [
        new("Input.Title", "What was achieved", Title, saved.Title),
        new("Input.Description", "Description", Description, saved.Description),
        new("Input.AchievedOn", "Date", UkDates.Format(AchievedOn), UkDates.Format(saved.AchievedOn)),
        new("Input.Evidence", "Evidence", Evidence, saved.Evidence),
        new("Input.Published", "Published", Published ? "Yes" : "No", saved.Published ? "Yes" : "No"),
    ];

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>The shared achievement fields' model: the page itself.</summary>
public abstract class AchievementFields(AppDbContext db, TimeProvider clock) : PageModel
{
    protected AppDbContext Db => db;

    protected DateOnly Today => UkDates.Today(clock);

    [BindProperty]
    public AchievementInput Input { get; set; } = new();

    public IReadOnlyList<Choice> Objectives { get; private set; } = [];

    protected async Task<bool> ValidateAsync(CancellationToken ct)
    {
        BindingErrors.Reword(ModelState, "Input.AchievedOn", "Enter the date as a real date");
        if (Input.AchievedOn is { } on && on > Today)
        {
            ModelState.AddModelError("Input.AchievedOn", "The date must be today or in the past");
        }

        if (Input.ObjectiveId is { } objective && !await db.Set<Objective>().AnyAsync(o => o.Id == objective, ct))
        {
            ModelState.AddModelError("Input.ObjectiveId", "Select an objective from the list");
        }

        return ModelState.IsValid;
    }

    protected async Task LoadChoicesAsync(CancellationToken ct) =>
        Objectives = await db.Set<Objective>().AsNoTracking().OrderByDescending(o => o.Year).ThenBy(o => o.Id)
            .Select(o => new Choice(o.Id, o.Title + " (" + o.Year + ")")).ToListAsync(ct);

    protected IActionResult Saved(string message)
    {
        TempData["Success"] = message;
        return Redirect("/governance/achievements");
    }
}

public sealed class AchievementCreateModel(AppDbContext db, TimeProvider clock) : AchievementFields(db, clock)
{
    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.AchievedOn = Today;
        await LoadChoicesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await ValidateAsync(ct))
        {
            await LoadChoicesAsync(ct);
            return Page();
        }

        var achievement = new Achievement();
        Input.ApplyTo(achievement);
        Db.Add(achievement);
        await Db.SaveChangesAsync(ct);
        return Saved($"The achievement “{achievement.Title}” has been added");
    }
}

public sealed class AchievementEditModel(AppDbContext db, TimeProvider clock) : AchievementFields(db, clock)
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var achievement = await Db.Set<Achievement>().FindAsync([id], ct);
        if (achievement is null)
        {
            return NotFound();
        }

        Input = AchievementInput.From(achievement);
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var achievement = await Db.Set<Achievement>().FindAsync([id], ct);
        if (achievement is null)
        {
            return NotFound();
        }

        if (!await ValidateAsync(ct))
        {
            await LoadChoicesAsync(ct);
            return Page();
        }

        if (achievement.Version != Input.Version)
        {
            return await StaleAsync(achievement, ct);
        }

        Db.Entry(achievement).Property(a => a.Version).OriginalValue = Input.Version;
        Input.ApplyTo(achievement);
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            var current = await Db.Set<Achievement>().FindAsync([id], ct);
            return current is null ? NotFound() : await StaleAsync(current, ct);
        }

        return Saved($"Changes to the achievement “{achievement.Title}” have been saved");
    }

    private async Task<IActionResult> StaleAsync(Achievement saved, CancellationToken ct)
    {
        StaleEdit.Report(ModelState, "achievement", Input.Compare(saved));
        StaleEdit.TakeVersion(ModelState, "Input.Version");
        Input.Version = saved.Version;
        await LoadChoicesAsync(ct);
        return Page();
    }
}
