using McnHub.Features.Directory.Services;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Directory.Editing;

/// <summary>
/// Re-verification: the owner confirms the details are still right, with one click and no other change.
/// GET is the page a reminder email links to; POST (also from the button on the service page) verifies.
/// </summary>
public sealed class VerifyModel(AppDbContext db, IAuthorizationService authorization, IOptionsSnapshot<DirectoryOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public Service Service { get; private set; } = null!;

    public bool IsStale { get; private set; }

    public int StaleAfterMonths => options.Value.StaleAfterMonths;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var service = await db.Set<Service>().AsNoTracking().Include(s => s.Organisation).SingleOrDefaultAsync(s => s.Id == Id, ct);
        if (service is null)
        {
            return NotFound();
        }

        if (!await authorization.CanEditAsync(User, service.OrganisationId))
        {
            return await RefuseAsync(service, ct);
        }

        Service = service;
        IsStale = Freshness.IsStale(service, Today, options.Value);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var service = await db.Set<Service>().Include(s => s.Organisation).SingleOrDefaultAsync(s => s.Id == Id, ct);
        if (service is null)
        {
            return NotFound();
        }

        if (!await authorization.CanEditAsync(User, service.OrganisationId))
        {
            return await RefuseAsync(service, ct);
        }

        service.LastVerifiedOn = Today;
        service.LastVerifiedBy = ServiceAccess.DisplayName(User);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"Thank you: {service.Name} is marked as checked today";
        return Redirect($"/services/{Id}");
    }

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private Task<IActionResult> RefuseAsync(Service service, CancellationToken ct) =>
        ServiceAccess.RefuseAsync(db, ServiceAccess.Key(service.Id), $"Not a lead of {service.Organisation?.Name} (organisation {service.OrganisationId}): may not verify its service", ct);
}
