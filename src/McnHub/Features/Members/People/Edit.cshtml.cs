using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.People;

public sealed class EditModel(AppDbContext db) : PageModel, IPersonFormPage
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public int Id { get; private set; }

    public string SavedName { get; private set; } = "";

    public IReadOnlyList<Choice> Organisations { get; private set; } = [];

    public IReadOnlyList<AffiliationRow> Affiliations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var person = await LoadAsync(id, ct);
        if (person is null)
        {
            return NotFound();
        }

        Input = PersonInput.From(person);
        await ShowAsync(person, ct);
        return Page();
    }

    /// <param name="next">"edit" to come back to this page (to add another role), otherwise the details page.</param>
    public async Task<IActionResult> OnPostAsync(int id, string? next, CancellationToken ct)
    {
        var person = await LoadAsync(id, ct);
        if (person is null)
        {
            return NotFound();
        }

        await PersonForm.ValidateAsync(db, Input, ModelState, person, ct);
        if (ModelState.IsValid && person.Version != Input.Version)
        {
            return await ConflictAsync(person, ct);
        }

        if (!ModelState.IsValid)
        {
            await ShowAsync(person, ct);
            return Page();
        }

        db.Entry(person).Property(p => p.Version).OriginalValue = Input.Version;
        Input.ApplyTo(person);
        var removed = person.Affiliations.Where(a => Input.RemoveAffiliations.Contains(a.Id)).ToList();
        foreach (var affiliation in removed)
        {
            person.Affiliations.Remove(affiliation);
        }

        if (Input is { AddOrganisationId: { } organisationId, AddRole: { } role })
        {
            person.Affiliations.Add(new Affiliation { OrganisationId = organisationId, Role = role, Since = UkDates.Today() });
        }

        if (removed.Count > 0 || Input.AddOrganisationId is not null)
        {
            // A change of roles is a change of the person: it bumps their version, so it too is checked for staleness.
            db.Entry(person).Property(p => p.Version).IsModified = true;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await LoadAsync(id, ct);
            if (current is null)
            {
                return NotFound();
            }

            return await ConflictAsync(current, ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await PersonForm.EmailTakenAsync(db, Input.Email!, id, ct))
            {
                throw;
            }

            ModelState.AddModelError("Input.Email", "Someone else already has this email address: each person needs their own");
            await ShowAsync((await LoadAsync(id, ct))!, ct);
            return Page();
        }

        TempData["Success"] = $"Changes to {person.FullName} have been saved";
        return Redirect(next == "edit" ? $"/people/{id}/edit" : $"/people/{id}");
    }

    private async Task<IActionResult> ConflictAsync(Person saved, CancellationToken ct)
    {
        StaleEdit.Report(ModelState, "person", Input.Compare(saved));
        StaleEdit.TakeVersion(ModelState, "Input.Version");
        Input.Version = saved.Version;

        // Roles ticked for removal that someone else already removed are simply gone from the list.
        Input.RemoveAffiliations = Input.RemoveAffiliations.Where(a => saved.Affiliations.Any(s => s.Id == a)).ToList();
        await ShowAsync(saved, ct);
        return Page();
    }

    private Task<Person?> LoadAsync(int id, CancellationToken ct) =>
        db.Set<Person>().Include(p => p.Affiliations).ThenInclude(a => a.Organisation).FirstOrDefaultAsync(p => p.Id == id, ct);

    private async Task ShowAsync(Person person, CancellationToken ct)
    {
        Id = person.Id;
        SavedName = person.FullName;
        Affiliations = person.Affiliations
            .OrderBy(a => a.Organisation?.Name).ThenBy(a => a.Role)
            .Select(a => new AffiliationRow(a.Id, a.OrganisationId, a.Organisation?.Name ?? "", a.Role))
            .ToList();
        Organisations = await PeopleQuery.OrganisationChoicesAsync(db, ct);
    }
}
