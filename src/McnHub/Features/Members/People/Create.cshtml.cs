using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.People;

public sealed class CreateModel(AppDbContext db) : PageModel, IPersonFormPage
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public IReadOnlyList<Choice> Organisations { get; private set; } = [];

    public IReadOnlyList<AffiliationRow> Affiliations => [];

    public async Task OnGetAsync(int? organisationId, CancellationToken ct)
    {
        Input.AddOrganisationId = organisationId;
        Organisations = await PeopleQuery.OrganisationChoicesAsync(db, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await PersonForm.ValidateAsync(db, Input, ModelState, existing: null, ct);
        if (!ModelState.IsValid)
        {
            Organisations = await PeopleQuery.OrganisationChoicesAsync(db, ct);
            return Page();
        }

        var person = new Person();
        Input.ApplyTo(person);
        if (Input is { AddOrganisationId: { } organisationId, AddRole: { } role })
        {
            person.Affiliations.Add(new Affiliation { OrganisationId = organisationId, Role = role, Since = UkDates.Today() });
        }

        db.Add(person);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone may have added the same email between our check and the save.
            db.ChangeTracker.Clear();
            if (!await PersonForm.EmailTakenAsync(db, Input.Email!, null, ct))
            {
                throw;
            }

            ModelState.AddModelError("Input.Email", "Someone else already has this email address: each person needs their own");
            Organisations = await PeopleQuery.OrganisationChoicesAsync(db, ct);
            return Page();
        }

        TempData["Success"] = $"{person.FullName} has been added";
        return Redirect($"/people/{person.Id}");
    }
}
