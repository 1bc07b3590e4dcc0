using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Manage;

/// <summary>
/// A session's trainers, after it was created: add and remove. A session's trainers may mark its register
/// (see Outcomes/TrainingAccess), so a change here gives or takes that right at once. Each change is checked against
/// the session's version the page showed and bumps it, so a second person working from an older list is told.
/// </summary>
public sealed class TrainersModel(AppDbContext db) : PageModel
{
    public const string ChangedMeanwhile = "Someone else changed this session's trainers while you were working on them. Nothing has been saved: check the list below and try again.";

    /// <summary>The session's version when the page was shown.</summary>
    [BindProperty]
    public int? Version { get; set; }

    public sealed record Row(int PersonId, string Name, string? Email);

    [BindProperty]
    public int? PersonId { get; set; }

    public TrainingSession Session { get; private set; } = null!;

    public List<Row> Trainers { get; private set; } = [];

    public List<SelectListItem> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        BindingErrors.Reword(ModelState, nameof(PersonId), "Select a person from the list");
        var person = PersonId is { } pid ? await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid && p.Active, ct) : null;
        if (person is null)
        {
            ModelState.Remove(nameof(PersonId));
            ModelState.AddModelError(nameof(PersonId), "Select the person to add as a trainer");
            return Page();
        }

        if (Version != Session.Version)
        {
            return Stale();
        }

        if (Trainers.Any(t => t.PersonId == person.Id))
        {
            ModelState.AddModelError(nameof(PersonId), $"{person.FullName} is already a trainer of this session");
            return Page();
        }

        db.Add(new SessionTrainer { SessionId = id, PersonId = person.Id });
        await TouchSessionAsync(id, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return Stale();
        }
        catch (DbUpdateException)
        {
            // Someone added them at the same moment: the unique index refused the second row.
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            ModelState.AddModelError(nameof(PersonId), $"{person.FullName} could not be added: someone else may have just added them. Check the list and try again.");
            return Page();
        }

        TempData["Success"] = $"{person.FullName} is now a trainer of this session and can mark its register";
        return Redirect($"/training/sessions/{id}/trainers");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int personId, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Version != Session.Version)
        {
            return Stale();
        }

        var trainer = await db.Set<SessionTrainer>().Include(t => t.Person).FirstOrDefaultAsync(t => t.SessionId == id && t.PersonId == personId, ct);
        if (trainer is null)
        {
            ModelState.AddModelError("", "That person is no longer a trainer of this session: someone else may have removed them");
            return Page();
        }

        db.Remove(trainer);
        await TouchSessionAsync(id, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return Stale();
        }

        TempData["Success"] = $"{trainer.Person!.FullName} is no longer a trainer of this session";
        return Redirect($"/training/sessions/{id}/trainers");
    }

    /// <summary>
    /// Marks the session's version as changed in the same SaveChanges as the trainer row: the save then bumps it, and
    /// refuses (rolling the trainer change back) when someone else bumped it since the page was shown.
    /// </summary>
    private async Task TouchSessionAsync(int id, CancellationToken ct)
    {
        var session = await db.Set<TrainingSession>().FirstAsync(s => s.Id == id, ct);
        var version = db.Entry(session).Property(s => s.Version);
        version.OriginalValue = Version!.Value;
        version.IsModified = true;
    }

    private PageResult Stale()
    {
        ModelState.AddModelError("", ChangedMeanwhile);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var session = await db.Set<TrainingSession>().AsNoTracking().Include(s => s.Course).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return false;
        }

        Session = session;
        Trainers = await db.Set<SessionTrainer>().AsNoTracking().Where(t => t.SessionId == id).OrderBy(t => t.Person!.FullName)
            .Select(t => new Row(t.PersonId, t.Person!.FullName, t.Person.Email)).ToListAsync(ct);
        var current = Trainers.Select(t => t.PersonId).ToList();
        People = await db.Set<Person>().AsNoTracking().Where(p => p.Active && !current.Contains(p.Id)).OrderBy(p => p.FullName)
            .Select(p => new SelectListItem(p.FullName, p.Id.ToString())).ToListAsync(ct);
        return true;
    }
}
