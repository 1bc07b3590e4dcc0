using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Indicators;

public sealed class ManageModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Indicators = await db.Set<Indicator>().AsNoTracking().OrderBy(i => i.Name).ToListAsync(ct);
}
