using McnHub.Features.Training.Outcomes;
using McnHub.Platform.Data;
using McnHub.Platform.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Training.Barriers;

/// <summary>Access barriers over the last 12 months: why places were missed, for whom, and how format and distance matter.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Table> Tables { get; private set; } = [];

    public BarrierAnalysis Analysis { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetExportAsync(int table, string format, CancellationToken ct)
    {
        await LoadAsync(ct);
        return table >= 0 && table < Tables.Count && format is "csv" or "xlsx" ? TabularExport.File(Tables[table], format) : NotFound();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Analysis = await BarrierAnalysis.LoadAsync(db, now.AddMonths(-12), now, ct);
        Tables = Analysis.All();
    }
}
