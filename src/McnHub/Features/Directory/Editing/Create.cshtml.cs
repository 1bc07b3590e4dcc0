using McnHub.Features.Directory.Services;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace McnHub.Features.Directory.Editing;

public sealed class CreateModel(AppDbContext db, IAuthorizationService authorization) : ServiceFormPage(db, authorization)
{
    public override string SubmitLabel => "Add the service";

    public async Task<IActionResult> OnGetAsync(int? organisationId, CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        if (Organisations.Count == 0)
        {
            // An organisation lead account that leads no organisation (yet) has nothing to add services to.
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var preselected = organisationId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Input.OrganisationId = Organisations.Count == 1 ? int.Parse(Organisations[0].Value, System.Globalization.CultureInfo.InvariantCulture)
            : Organisations.Any(o => o.Value == preselected) ? organisationId!.Value : 0;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await MayUseOrganisationAsync(Input.OrganisationId))
        {
            return await ServiceAccess.RefuseAsync(Db, "new", $"Not a lead of organisation {Input.OrganisationId}: may not add a service to it", ct);
        }

        if (!await ValidateAsync(null, ct))
        {
            await LoadChoicesAsync(ct);
            return Page();
        }

        // Whoever adds a service vouches for its details: it starts verified.
        var now = DateTime.UtcNow;
        var service = new Service { CreatedAt = now, LastVerifiedOn = DateOnly.FromDateTime(now), LastVerifiedBy = ServiceAccess.DisplayName(User) };
        Input.ApplyTo(service, now);
        Db.Add(service);
        await Db.SaveChangesAsync(ct);
        TempData["Success"] = $"{service.Name} has been added to the directory";
        return Redirect($"/services/{service.Id}");
    }
}
