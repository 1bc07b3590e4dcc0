using McnHub.Platform.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Evaluation.Reports;

/// <summary>
/// A quarterly (/reports/quarterly/2026Q1) or annual (/reports/annual/2026) report on screen, as PDF
/// (?handler=pdf), and any of its tables as CSV or Excel (?handler=table&amp;section=..&amp;table=0&amp;format=csv).
/// </summary>
public sealed class ReportModel(ReportBuilder builder) : PageModel
{
    public Report Report { get; private set; } = null!;

    public string Kind { get; private set; } = "";

    public string PeriodId { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string kind, string period, CancellationToken ct) =>
        await LoadAsync(kind, period, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(string kind, string period, CancellationToken ct)
    {
        if (!await LoadAsync(kind, period, ct))
        {
            return NotFound();
        }

        return File(ReportPdf.Render(Report), "application/pdf", $"{Report.NetworkName} {Kind} report {PeriodId}.pdf");
    }

    public async Task<IActionResult> OnGetTableAsync(string kind, string period, string? section, int? table, string? format, CancellationToken ct)
    {
        if (!await LoadAsync(kind, period, ct) || Report.Section(section ?? "") is not { } found
            || table is not int index || index < 0 || index >= found.Tables.Count)
        {
            return NotFound();
        }

        return TabularExport.File(found.Tables[index], format is "xlsx" ? "xlsx" : "csv");
    }

    private async Task<bool> LoadAsync(string kind, string period, CancellationToken ct)
    {
        var annual = kind == "annual";
        if (kind is not ("quarterly" or "annual") || ReportBuilder.ParsePeriod(period, annual, await builder.YearStartMonthAsync(ct)) is not { } reportPeriod)
        {
            return false;
        }

        Kind = kind;
        PeriodId = ReportBuilder.IdOf(reportPeriod);
        Report = await builder.BuildAsync(reportPeriod, ct);
        return true;
    }
}
