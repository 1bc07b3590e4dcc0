using McnHub.Features.Directory.Services;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Directory.Editing;

public sealed class EditModel(AppDbContext db, IAuthorizationService authorization) : ServiceFormPage(db, authorization)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public string ServiceName { get; private set; } = "";

    public string OrganisationName { get; private set; } = "";

    public override string SubmitLabel => "Save changes";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var service = await LoadAsync(ct);
        if (service is null)
        {
            return NotFound();
        }

        if (!await Authorization.CanEditAsync(User, service.OrganisationId))
        {
            return await RefuseAsync(service, ct);
        }

        Input = ServiceForm.From(service);
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var service = await LoadAsync(ct);
        if (service is null)
        {
            return NotFound();
        }

        if (!await Authorization.CanEditAsync(User, service.OrganisationId))
        {
            return await RefuseAsync(service, ct);
        }

        if (Input.OrganisationId != service.OrganisationId && !await MayUseOrganisationAsync(Input.OrganisationId))
        {
            return await ServiceAccess.RefuseAsync(Db, ServiceAccess.Key(Id), $"Not a lead of organisation {Input.OrganisationId}: may not move the service there", ct);
        }

        if (!await ValidateAsync(Id, ct))
        {
            await LoadChoicesAsync(ct);
            return Page();
        }

        Input.ApplyTo(service, DateTime.UtcNow);
        Db.Entry(service).Property(s => s.Version).OriginalValue = Input.Version;
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await ShowConflictAsync(ct);
            return Page();
        }

        TempData["Success"] = $"Your changes to {service.Name} have been saved";
        return Redirect($"/services/{Id}");
    }

    private async Task<Service?> LoadAsync(CancellationToken ct)
    {
        var service = await Db.Set<Service>()
            .Include(s => s.Organisation)
            .Include(s => s.Types)
            .Include(s => s.Areas)
            .Include(s => s.Hours)
            .Include(s => s.Locations)
            .AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == Id, ct);
        ServiceName = service?.Name ?? "";
        OrganisationName = service?.Organisation?.Name ?? "";
        return service;
    }

    private Task<IActionResult> RefuseAsync(Service service, CancellationToken ct) =>
        ServiceAccess.RefuseAsync(Db, ServiceAccess.Key(service.Id), $"Not a lead of {service.Organisation?.Name} (organisation {service.OrganisationId}): may not edit its service", ct);

    /// <summary>Someone saved first: show what they changed next to what this user entered, and keep the user's input.</summary>
    private async Task ShowConflictAsync(CancellationToken ct)
    {
        Db.ChangeTracker.Clear();
        var current = await LoadAsync(ct);
        if (current is not null)
        {
            var saved = ServiceForm.From(current);
            Conflicts = await DifferencesAsync(Input, saved, ct);
            Input.Version = current.Version;
            ModelState.Remove("Input.Version");
        }

        ModelState.AddModelError(string.Empty, Conflicts.Count == 0
            ? "Someone else saved this service while you were editing it (for example, re-verified it). None of the fields you can edit changed: save again to keep your changes."
            : "Someone else changed this service while you were editing it. Check what changed, then save again to keep your version.");
        await LoadChoicesAsync(ct);
    }
}
