using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.Organisations;

/// <summary>The co-ordinator adds an organisation (the permission table limits the page to ManageOrganisations).</summary>
public sealed class CreateModel(AppDbContext db) : PageModel, IOrganisationFormPage
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public IReadOnlyList<AreaOption> AreaOptions { get; private set; } = [];

    public bool CanEditMembership => true;

    public string? MembershipSummary => null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        AreaOptions = await OrganisationForm.AreasAsync(db, ct);
        Input = new OrganisationInput
        {
            Status = nameof(MembershipStatus.Prospective),
            StatusSince = OrganisationInput.Iso(DateOnly.FromDateTime(DateTime.UtcNow)),
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        AreaOptions = await OrganisationForm.AreasAsync(db, ct);
        var values = await OrganisationForm.ValidateAsync(db, Input, AreaOptions, ModelState, exceptId: null, membership: true, ct);
        if (values is null || !ModelState.IsValid)
        {
            return Page();
        }

        var organisation = new Organisation();
        values.ApplyTo(organisation, includeMembership: true);
        OrganisationForm.SetAreas(organisation, Input.AreaIds);
        db.Add(organisation);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone saved the same name or ODS code a moment ago: the unique index refused it; say which.
            db.ChangeTracker.Clear();
            if (await OrganisationForm.ValidateAsync(db, Input, AreaOptions, ModelState, null, true, ct) is null)
            {
                return Page();
            }

            throw;
        }

        TempData["Success"] = $"{organisation.Name} has been added";
        return Redirect($"/organisations/{organisation.Id}");
    }
}
