using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Manage;

/// <summary>Edits one programme item: times (checked against the session's), title, speaker, description; stale saves explained.</summary>
public sealed class ProgrammeItemEditModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public ProgrammeInput Input { get; set; } = new();

    public TrainingSession Session { get; private set; } = null!;

    public ProgrammeItem Item { get; private set; } = null!;

    public string TimeHint => ProgrammeInput.TimeHint(Session);

    /// <summary>Only a session over several days asks which day an item is on.</summary>
    public bool SpansDays => ProgrammeDays.SpansDays(Session);

    public List<SelectListItem> Days => ProgrammeDays.Choices(Session);

    public async Task<IActionResult> OnGetAsync(int id, int itemId, CancellationToken ct)
    {
        if (!await LoadAsync(id, itemId, ct))
        {
            return NotFound();
        }

        Input = ProgrammeInput.From(Item);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int itemId, CancellationToken ct)
    {
        if (!await LoadAsync(id, itemId, ct))
        {
            return NotFound();
        }

        var (start, minutes) = Input.Check(ModelState, Session);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(Item).Property(i => i.Version).OriginalValue = Input.Version;
        Input.ApplyTo(Item, start, minutes);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            if (!await LoadAsync(id, itemId, ct))
            {
                ModelState.AddModelError("", "Someone else removed this item from the programme while you were editing it: nothing has been saved");
                return Page();
            }

            var saved = ProgrammeInput.From(Item);
            StaleEdit.Report(ModelState, "programme item",
            [
                new FieldValues("Input.Title", "Title", Input.Title, saved.Title),
                new FieldValues("Input.Speaker", "Speaker", Input.Speaker, saved.Speaker),
                .. DayDifference(saved),
                new FieldValues("Input.StartTime", "Start", Input.StartTime, saved.StartTime),
                new FieldValues("Input.EndTime", "End", Input.EndTime, saved.EndTime),
                new FieldValues("Input.Description", "Description", Input.Description, saved.Description),
            ]);
            StaleEdit.TakeVersion(ModelState, "Input.Version");
            Input.Version = saved.Version;
            return Page();
        }

        TempData["Success"] = $"Changes to \"{Item.Title}\" have been saved";
        return Redirect($"/training/sessions/{id}/programme");
    }

    /// <summary>The day only matters when the session spans several and both versions have a time (an untimed item has no day).</summary>
    private IEnumerable<FieldValues> DayDifference(ProgrammeInput saved)
    {
        if (!SpansDays || string.IsNullOrWhiteSpace(Input.StartTime) || string.IsNullOrWhiteSpace(saved.StartTime))
        {
            return [];
        }

        string? Show(string? day) => ProgrammeDays.Parse(day) is { } d ? ProgrammeDays.Label(Session, d) : day;
        return [new FieldValues("Input.Day", "Day", Show(Input.Day), Show(saved.Day))];
    }

    private async Task<bool> LoadAsync(int id, int itemId, CancellationToken ct)
    {
        var session = await db.Set<TrainingSession>().AsNoTracking().Include(s => s.Course).FirstOrDefaultAsync(s => s.Id == id, ct);
        var item = await db.Set<ProgrammeItem>().FirstOrDefaultAsync(p => p.Id == itemId && p.SessionId == id, ct);
        if (session is not null)
        {
            Session = session;
        }

        if (session is null || item is null)
        {
            return false;
        }

        Item = item;
        return true;
    }
}
