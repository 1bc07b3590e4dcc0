using McnHub.Platform.Data;
using McnHub.Platform.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Import;

/// <summary>
/// Import of data values in two steps without script: the upload shows every row with its problems (nothing saved);
/// when there are none, confirming sends the same file back (hidden field), checked again and saved all at once.
/// </summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public int DatasetId { get; set; }

    [BindProperty]
    public string? FileContent { get; set; }

    public IReadOnlyList<SelectListItem> Datasets { get; private set; } = [];

    public string LastPeriod { get; private set; } = "";

    public ValueImportPreview? Preview { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await ChoicesAsync(ct);

    public async Task<IActionResult> OnGetTemplateAsync(int dataset, string? period, string? format, CancellationToken ct)
    {
        var layout = await ReturnLayout.LoadAsync(db, dataset, ct);
        if (layout is null || !Period.TryParse(period, out var p) || p.Type != layout.Dataset.PeriodType)
        {
            return NotFound();
        }

        return TabularExport.File(await DataValueImport.TemplateAsync(db, layout, p, User, ct), format == "xlsx" ? "xlsx" : "csv");
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        await ChoicesAsync(ct);
        var layout = await ReturnLayout.LoadAsync(db, DatasetId, ct);
        if (layout is null)
        {
            ModelState.AddModelError(nameof(DatasetId), "Choose a dataset");
            return Page();
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose a CSV or Excel file to import");
            return Page();
        }

        if (Upload.Length > DataValueImport.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), "The file must be smaller than 2 MB: split it into smaller files");
            return Page();
        }

        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        Preview = await DataValueImport.PreviewAsync(db, layout, bytes, User, ReturnContext.TodayIn(clock), ct);
        FileContent = Convert.ToBase64String(bytes);
        ModelState.Remove(nameof(FileContent));
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        await ChoicesAsync(ct);
        var layout = await ReturnLayout.LoadAsync(db, DatasetId, ct);
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(FileContent ?? "");
        }
        catch (FormatException)
        {
            bytes = [];
        }

        if (layout is null || bytes.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "The file was lost on the way back: upload it again");
            return Page();
        }

        // Checked again: returns may have been submitted or approved since the preview.
        Preview = await DataValueImport.PreviewAsync(db, layout, bytes, User, ReturnContext.TodayIn(clock), ct);
        if (!Preview.CanImport)
        {
            ModelState.AddModelError(nameof(Upload), "Nothing has been imported: fix every problem below and upload the file again");
            return Page();
        }

        ImportCounts counts;
        try
        {
            counts = await DataValueImport.ApplyAsync(db, Preview, User, clock.GetUtcNow().UtcDateTime, ct);
        }
        catch (ReturnLockedException e)
        {
            ModelState.AddModelError(nameof(Upload), e.Message);
            return Page();
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Someone saved one of these returns at the same moment; the one transaction rolled back, so nothing is
            // half-imported, and the file stays in the form to confirm again against what is now saved.
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(Upload), "Nothing has been imported: someone saved values for one of these returns at the same moment. Check the preview below and confirm the import again.");
            Preview = await DataValueImport.PreviewAsync(db, layout, bytes, User, ReturnContext.TodayIn(clock), ct);
            return Page();
        }

        TempData["Success"] = $"{counts.Imported} values imported into draft returns";
        return Redirect("/data/returns");
    }

    private async Task ChoicesAsync(CancellationToken ct)
    {
        var datasets = await db.Set<Dataset>().AsNoTracking().Where(d => d.Active).OrderBy(d => d.Name).Select(d => new { d.Id, d.Name, d.PeriodType }).ToListAsync(ct);
        Datasets = datasets.Select(d => new SelectListItem(d.Name, d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var first = datasets.FirstOrDefault();
        LastPeriod = first is null ? "" : Period.Containing(first.PeriodType, ReturnContext.TodayIn(clock)).Previous.Id;
    }
}
