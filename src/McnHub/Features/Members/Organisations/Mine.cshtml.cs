using McnHub.Platform.Authorization;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.Organisations;

/// <summary>"My organisation": straight to the organisation a lead leads, or a choice when they lead several.</summary>
public sealed class MineModel(AppDbContext db) : PageModel
{
    public sealed record Led(int Id, string Name);

    public IReadOnlyList<Led> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var ids = AuthorizationModule.OrganisationsLedBy(User).ToList();
        Organisations = await db.Set<Organisation>().AsNoTracking()
            .Where(o => ids.Contains(o.Id))
            .OrderBy(o => o.Name)
            .Select(o => new Led(o.Id, o.Name))
            .ToListAsync(ct);
        return Organisations.Count == 1 ? Redirect($"/organisations/{Organisations[0].Id}") : Page();
    }
}
