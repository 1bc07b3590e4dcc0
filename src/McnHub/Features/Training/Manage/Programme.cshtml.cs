using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Manage;

/// <summary>
/// A session's programme (agenda): add, reorder (a numbered position field, no script) and remove items. Each item
/// carries its version in the form, so a change made by someone else meanwhile is reported instead of overwritten.
/// </summary>
public sealed class ProgrammeModel(AppDbContext db) : PageModel
{
    public const string ChangedMeanwhile = "Someone else changed the programme while you were working on it. Nothing has been saved: check the programme below and try again.";

    [BindProperty]
    public ProgrammeInput Input { get; set; } = new();

    public TrainingSession Session { get; private set; } = null!;

    public List<ProgrammeItem> Items { get; private set; } = [];

    public string TimeHint => ProgrammeInput.TimeHint(Session);

    /// <summary>Only a session over several days asks which day an item is on.</summary>
    public bool SpansDays => ProgrammeDays.SpansDays(Session);

    public List<SelectListItem> Days => ProgrammeDays.Choices(Session);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var (start, minutes) = Input.Check(ModelState, Session);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var item = new ProgrammeItem { SessionId = id, Order = Items.Count == 0 ? 1 : Items.Max(i => i.Order) + 1 };
        Input.ApplyTo(item, start, minutes);
        db.Add(item);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"\"{item.Title}\" has been added to the programme";
        return Redirect($"/training/sessions/{id}/programme");
    }

    /// <summary>Renumbers the items by the positions typed (ties keep their current order).</summary>
    public async Task<IActionResult> OnPostReorderAsync(int id, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var typed = new Dictionary<int, int>();
        foreach (var item in Items)
        {
            var text = Request.Form[$"Orders[{item.Id}]"].ToString().Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (!int.TryParse(text, out var position) || position < 1)
            {
                ModelState.AddModelError($"Orders[{item.Id}]", $"The position of \"{item.Title}\" must be a whole number, 1 or more");
            }
            else
            {
                typed[item.Id] = position;
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var reordered = Items.Select((item, index) => (item, index))
            .OrderBy(x => typed.TryGetValue(x.item.Id, out var p) ? p : x.index + 1).ThenBy(x => x.index).Select(x => x.item).ToList();
        reordered.ForEach(Expect);
        Ordering.Renumber(reordered);

        return await SaveAsync(id, "The programme has been reordered", ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int itemId, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Items.FirstOrDefault(i => i.Id == itemId) is not { } item)
        {
            ModelState.AddModelError("", "That item is no longer in the programme: someone else may have removed it");
            return Page();
        }

        Expect(item);
        db.Remove(item);
        return await SaveAsync(id, $"\"{item.Title}\" has been removed from the programme", ct);
    }

    /// <summary>The version the form showed must still be the saved one (a missing field, e.g. an item added since, is not checked).</summary>
    private void Expect(ProgrammeItem item)
    {
        if (int.TryParse(Request.Form[$"Versions[{item.Id}]"], out var version))
        {
            db.Entry(item).Property(i => i.Version).OriginalValue = version;
        }
    }

    private async Task<IActionResult> SaveAsync(int id, string message, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            ModelState.AddModelError("", ChangedMeanwhile);
            return Page();
        }

        TempData["Success"] = message;
        return Redirect($"/training/sessions/{id}/programme");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var session = await db.Set<TrainingSession>().AsNoTracking().Include(s => s.Course).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return false;
        }

        Session = session;
        Items = await db.Set<ProgrammeItem>().Where(p => p.SessionId == id).OrderBy(p => p.Order).ThenBy(p => p.Id).ToListAsync(ct);
        return true;
    }
}
