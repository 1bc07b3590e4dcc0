using System.ComponentModel.DataAnnotations;
using System.Globalization;
using McnHub.Features.Members.People;
using McnHub.Platform.Accounts;
using McnHub.Platform.Audit;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.WorkPlan;

public sealed class ProgressNoteInput
{
    [Required(ErrorMessage = "Enter the date of the progress note")]
    public DateOnly? On { get; set; }

    [Required(ErrorMessage = "Select the RAG status")]
    public Rag? Rag { get; set; }

    [Required(ErrorMessage = "Enter the progress made")]
    [StringLength(2000, ErrorMessage = "The progress note must be 2,000 characters or fewer")]
    public string? Text { get; set; }
}

/// <summary>
/// A dated progress note on an objective, by its owner or the co-ordinator. The note's RAG becomes the objective's
/// RAG when it is the latest note (a note back-dated before a later one does not override it).
/// </summary>
public sealed class AddNoteModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ProgressNoteInput Input { get; set; } = new();

    public Objective Objective { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        Input.On = UkDates.Today(clock);
        Input.Rag = Objective.Rag;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        BindingErrors.Reword(ModelState, "Input.On", "Enter the date as a real date");
        if (Input.On is { } on && on > UkDates.Today(clock))
        {
            ModelState.AddModelError("Input.On", "The date of the progress note must be today or in the past");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var note = new ProgressNote
        {
            On = Input.On!.Value,
            Rag = Input.Rag!.Value,
            Text = Input.Text!.Trim(),
            By = User.FindFirst(McnClaims.DisplayName)?.Value ?? User.Identity?.Name ?? "",
        };
        if (Objective.Notes.All(n => n.On <= note.On))
        {
            Objective.Rag = note.Rag;
        }

        Objective.Notes.Add(note);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"Progress note added to “{Objective.Title}”";
        return Redirect($"/governance/work-plan?year={Objective.Year.ToString(CultureInfo.InvariantCulture)}#objective-{Objective.Id.ToString(CultureInfo.InvariantCulture)}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var objective = await db.Set<Objective>().Include(o => o.Notes).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (objective is null)
        {
            return NotFound();
        }

        if (!WorkPlanRules.MayAddNote(User, objective))
        {
            await db.RecordRefusalAsync(nameof(Objective), id.ToString(CultureInfo.InvariantCulture), "Progress note refused: not the objective's owner or the co-ordinator", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Objective = objective;
        return null;
    }
}
