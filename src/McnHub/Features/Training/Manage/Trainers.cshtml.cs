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
/// (see Outcomes/TrainingAccess), so a change here gives or takes that right at once.
/// </summary>
public sealed class TrainersModel(AppDbContext db) : PageModel
{
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

        if (Trainers.Any(t => t.PersonId == person.Id))
        {
            ModelState.AddModelError(nameof(PersonId), $"{person.FullName} is already a trainer of this session");
            return Page();
        }

        db.Add(new SessionTrainer { SessionId = id, PersonId = person.Id });
        try
        {
            await db.SaveChangesAsync(ct);
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

        var trainer = await db.Set<SessionTrainer>().Include(t => t.Person).FirstOrDefaultAsync(t => t.SessionId == id && t.PersonId == personId, ct);
        if (trainer is null)
        {
            ModelState.AddModelError("", "That person is no longer a trainer of this session: someone else may have removed them");
            return Page();
        }

        db.Remove(trainer);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"{trainer.Person!.FullName} is no longer a trainer of this session";
        return Redirect($"/training/sessions/{id}/trainers");
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
