using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Disaggregations;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<CategoryCombo> Combos { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Combos = await db.Set<CategoryCombo>().AsNoTracking().Include(c => c.Options).OrderBy(c => c.Name).ToListAsync(ct);
}
