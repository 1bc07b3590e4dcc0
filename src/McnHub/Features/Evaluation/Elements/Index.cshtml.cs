using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Elements;

/// <summary>The minimum dataset's definitions, for everyone: what counts, what does not, and an example.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<DataElement> Elements { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Elements = await db.Set<DataElement>().AsNoTracking().Where(e => e.Active || User.IsInRole(McnHub.Platform.Accounts.Roles.Coordinator)).Include(e => e.CategoryCombo!).ThenInclude(c => c.Options)
            .OrderBy(e => e.Name).ToListAsync(ct);
}
