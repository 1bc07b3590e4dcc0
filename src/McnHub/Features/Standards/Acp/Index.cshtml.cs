using McnHub.Platform.Data;
using McnHub.Platform.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Standards.Acp;

/// <summary>The co-ordinator's view of advance care plan adoption across the network, with CSV and Excel downloads.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public AcpSummary Summary { get; private set; } = new([]);

    public async Task OnGetAsync(CancellationToken ct) => Summary = await AcpSummary.LoadAsync(db, ct);

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct) =>
        TabularExport.File((await AcpSummary.LoadAsync(db, ct)).ToTable(), format ?? "csv");
}
