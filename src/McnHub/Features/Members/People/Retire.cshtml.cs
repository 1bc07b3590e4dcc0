using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.People;

/// <summary>
/// A person who left is retired, not deleted: their history (roles, audit trail, later their training
/// and returns) stays, and they drop out of the professional directory. Reinstating undoes it.
/// </summary>
public sealed class RetireModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public DateOnly? RetiredOn { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public Person Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var person = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null)
        {
            return NotFound();
        }

        Person = person;
        Version = person.Version;
        RetiredOn = UkDates.Today();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var person = await db.Set<Person>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null)
        {
            return NotFound();
        }

        BindingErrors.Reword(ModelState, nameof(RetiredOn), "Enter the date they left as a real date");
        if (ModelState.IsValid && RetiredOn is null)
        {
            ModelState.AddModelError(nameof(RetiredOn), "Enter the date they left the network");
        }
        else if (RetiredOn > UkDates.Today())
        {
            ModelState.AddModelError(nameof(RetiredOn), "The date they left must be today or in the past");
        }

        if (!ModelState.IsValid)
        {
            Person = person;
            return Page();
        }

        person.Active = false;
        person.RetiredOn = RetiredOn;
        return await SaveAsync(person, $"{person.FullName} has been retired", ct);
    }

    public async Task<IActionResult> OnPostReinstateAsync(int id, CancellationToken ct)
    {
        var person = await db.Set<Person>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        person.Active = true;
        person.RetiredOn = null;
        return await SaveAsync(person, $"{person.FullName} has been reinstated", ct);
    }

    private async Task<IActionResult> SaveAsync(Person person, string success, CancellationToken ct)
    {
        db.Entry(person).Property(p => p.Version).OriginalValue = Version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == person.Id, ct);
            if (current is null)
            {
                return NotFound();
            }

            Person = current;
            ModelState.AddModelError("", $"Someone else changed {current.FullName}'s record while you were looking at it: it is now {(current.Active ? "active" : "retired")}. Check and try again.");
            ModelState.Remove(nameof(Version));
            Version = current.Version;
            return Page();
        }

        TempData["Success"] = success;
        return Redirect($"/people/{person.Id}");
    }
}
