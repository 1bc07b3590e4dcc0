using McnHub.Features.Training.Outcomes;
using McnHub.Platform.Data;
using McnHub.Platform.Export;
using Microsoft.AspNetCore.Mvc;

namespace McnHub.Features.Training.Barriers;

/// <summary>Access barriers over a chosen period (the last 12 months unless chosen): why places were missed, for whom, and how format and distance matter.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PeriodPageModel(db, clock)
{
    public IReadOnlyList<Table> Tables { get; private set; } = [];

    public BarrierAnalysis? Analysis { get; private set; }

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
            Analysis = await BarrierAnalysis.LoadAsync(Db, period.FromUtc, period.ToUtc, ct);
            Tables = Analysis.All();
        }
    }
}
