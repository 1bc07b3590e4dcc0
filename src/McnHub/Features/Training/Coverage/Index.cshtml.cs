using McnHub.Platform.Data;
using McnHub.Platform.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Training.Coverage;

/// <summary>Training coverage over the last 12 months, with member organisations where nobody was trained flagged.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public CoverageAnalysis Analysis { get; private set; } = null!;

    public IReadOnlyList<Table> Tables { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetExportAsync(int table, string format, CancellationToken ct)
    {
        await LoadAsync(ct);
        return table >= 0 && table < Tables.Count && format is "csv" or "xlsx" ? TabularExport.File(Tables[table], format) : NotFound();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Analysis = await CoverageAnalysis.LoadAsync(db, now.AddMonths(-12), now, ct);
        Tables = Analysis.All();
    }
}
