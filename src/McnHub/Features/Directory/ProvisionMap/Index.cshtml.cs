using McnHub.Platform.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Directory.ProvisionMap;

/// <summary>
/// The public provision map: local areas × service types, estimated need per area under a prevalence scenario,
/// and the gap list; each downloadable as CSV or Excel (`?handler=export&amp;table=map|gaps&amp;format=csv|xlsx`).
/// </summary>
public sealed class IndexModel(ProvisionMapQuery query) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Scenario { get; set; }

    public ProvisionMapResult Map { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Map = await CalculateAsync(ct);

    public async Task<IActionResult> OnGetExportAsync(string? table, string? format, CancellationToken ct)
    {
        var map = await CalculateAsync(ct);
        var export = string.Equals(table, "gaps", StringComparison.OrdinalIgnoreCase) ? ProvisionMapText.GapTable(map) : ProvisionMapText.MapTable(map);
        return TabularExport.File(export, format ?? "csv");
    }

    public string ExportLink(string table, string format) =>
        $"/directory/provision-map?handler=export&table={table}&format={format}&scenario={Map.Scenario.Key}";

    private async Task<ProvisionMapResult> CalculateAsync(CancellationToken ct)
    {
        var scenario = PrevalenceScenario.Find(Scenario);
        if (scenario is null && !string.IsNullOrWhiteSpace(Scenario))
        {
            ModelState.AddModelError(nameof(Scenario), "Choose a prevalence scenario from the list");
        }

        scenario ??= PrevalenceScenario.Baseline;
        Scenario = scenario.Key;
        return ProvisionMapCalculator.Calculate(await query.LoadAsync(ct), scenario);
    }
}
