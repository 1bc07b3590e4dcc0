using McnHub.Features.Training.Outcomes;
using McnHub.Platform.Data;
using McnHub.Platform.Export;
using Microsoft.AspNetCore.Mvc;

namespace McnHub.Features.Training.Coverage;

/// <summary>Training coverage over a chosen period (the last 12 months unless chosen), with member organisations where nobody was trained flagged.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PeriodPageModel(db, clock)
{
    public CoverageAnalysis? Analysis { get; private set; }

    public IReadOnlyList<Table> Tables { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetExportAsync(int table, string? format, CancellationToken ct)
    {
        await LoadAsync(ct);
        return Export(Tables, table, format);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (await ChoosePeriodAsync(ct) && Chosen is { } period)
        {
            Analysis = await CoverageAnalysis.LoadAsync(Db, period.FromUtc, period.ToUtc, ct);
            Tables = Analysis.All();
        }
    }
}
