using McnHub.Platform.Data;
using McnHub.Platform.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Standards;

/// <summary>The co-ordinator's network matrix: organisations × statements for a period, and the change since the period before.</summary>
public sealed class MatrixModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Period { get; set; }

    public IReadOnlyList<PeriodChoice> Periods { get; private set; } = [];

    public StandardsMatrix? Matrix { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var period = await StandardsMatrix.PeriodAsync(db, Period, ct);
        if (Period is not null && period is null)
        {
            return NotFound();
        }

        Periods = await StandardsMatrix.PeriodsAsync(db, ct);
        if (period is not null)
        {
            Period = period.Id;
            Matrix = await StandardsMatrix.LoadAsync(db, period, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        var period = await StandardsMatrix.PeriodAsync(db, Period, ct);
        if (period is null)
        {
            return NotFound();
        }

        return TabularExport.File((await StandardsMatrix.LoadAsync(db, period, ct)).ToTable(), format ?? "csv");
    }
}
