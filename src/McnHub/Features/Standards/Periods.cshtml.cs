using System.ComponentModel.DataAnnotations;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Standards;

/// <summary>What the new-period form posts.</summary>
public sealed class PeriodInput
{
    [Required(ErrorMessage = "Select the standards set")]
    public int? SetId { get; set; }

    [Required(ErrorMessage = "Enter a name for the period, for example 2027/28")]
    [StringLength(100, ErrorMessage = "The name must be 100 characters or fewer")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Enter the date the period starts")]
    public DateOnly? StartsOn { get; set; }

    [Required(ErrorMessage = "Enter the date the period ends")]
    public DateOnly? EndsOn { get; set; }
}

/// <summary>The co-ordinator's assessment periods: add one (yearly, half-yearly or any span), close it when done, reopen if needed.</summary>
public sealed class PeriodsModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public PeriodInput Input { get; set; } = new();

    public IReadOnlyList<AssessmentPeriod> Periods { get; private set; } = [];

    public IReadOnlyList<Choice> Sets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        BindingErrors.Reword(ModelState, "Input.StartsOn", "Enter the start date as a real date");
        BindingErrors.Reword(ModelState, "Input.EndsOn", "Enter the end date as a real date");
        if (Input is { StartsOn: { } start, EndsOn: { } end } && end <= start)
        {
            ModelState.AddModelError("Input.EndsOn", "The end date must be after the start date");
        }

        if (Input.SetId is { } setId && !await db.Set<StandardsSet>().AnyAsync(s => s.Id == setId, ct))
        {
            ModelState.AddModelError("Input.SetId", "Select the standards set from the list");
        }

        if (!ModelState.IsValid)
        {
            await ShowAsync(ct);
            return Page();
        }

        db.Add(new AssessmentPeriod { SetId = Input.SetId!.Value, Name = Input.Name!.Trim(), StartsOn = Input.StartsOn!.Value, EndsOn = Input.EndsOn!.Value, IsOpen = true });
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"The period {Input.Name!.Trim()} has been added and is open for assessment";
        return Redirect("/standards/periods");
    }

    /// <summary>Closes an open period or reopens a closed one.</summary>
    public async Task<IActionResult> OnPostToggleAsync(int periodId, CancellationToken ct)
    {
        var period = await db.Set<AssessmentPeriod>().FirstOrDefaultAsync(p => p.Id == periodId, ct);
        if (period is null)
        {
            return NotFound();
        }

        period.IsOpen = !period.IsOpen;
        await db.SaveChangesAsync(ct);
        TempData["Success"] = period.IsOpen ? $"{period.Name} is open again" : $"{period.Name} is closed: its assessments are now a record";
        return Redirect("/standards/periods");
    }

    private async Task ShowAsync(CancellationToken ct)
    {
        Periods = await db.Set<AssessmentPeriod>().AsNoTracking().Include(p => p.Set).OrderByDescending(p => p.StartsOn).ToListAsync(ct);
        Sets = await db.Set<StandardsSet>().AsNoTracking().OrderBy(s => s.Code).Select(s => new Choice(s.Id, s.Code + ": " + s.Title)).ToListAsync(ct);
    }
}
