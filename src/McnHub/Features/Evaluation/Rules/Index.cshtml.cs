using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Rules;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public Dataset Dataset { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int datasetId, CancellationToken ct)
    {
        var dataset = await db.Set<Dataset>().AsNoTracking().Include(d => d.ValidationRules).SingleOrDefaultAsync(d => d.Id == datasetId, ct);
        if (dataset is null)
        {
            return NotFound();
        }

        Dataset = dataset;
        return Page();
    }
}
