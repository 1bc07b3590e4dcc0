using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Directory.Editing;

/// <summary>
/// CSV import in two steps without script: upload shows a row-by-row preview (nothing saved); confirming sends the
/// same file back (in a hidden field), which is checked again and its valid rows saved in one transaction.
/// </summary>
public sealed class ImportModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The previewed file, base64, carried to the confirmation.</summary>
    [BindProperty]
    public string? FileContent { get; set; }

    public ImportPreview? Preview { get; private set; }

    public void OnGet()
    {
    }

    public IActionResult OnGetTemplate() => File(ServiceImport.Template(), "text/csv; charset=utf-8", "services-import-template.csv");

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose a CSV file to import");
            return Page();
        }

        if (Upload.Length > ServiceImport.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), "The file must be smaller than 1 MB: split it into smaller files");
            return Page();
        }

        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        Preview = await ServiceImport.PreviewAsync(db, bytes, ServiceAccess.DisplayName(User), DateTime.UtcNow, ct);
        FileContent = Convert.ToBase64String(bytes);
        ModelState.Remove(nameof(FileContent));
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(FileContent ?? "");
        }
        catch (FormatException)
        {
            ModelState.AddModelError(nameof(Upload), "The file was lost on the way back: upload it again");
            return Page();
        }

        // Checked again: the directory may have changed since the preview.
        Preview = await ServiceImport.PreviewAsync(db, bytes, ServiceAccess.DisplayName(User), DateTime.UtcNow, ct);
        var valid = Preview.ValidRows.Select(r => r.Service!).ToList();
        if (valid.Count == 0)
        {
            ModelState.AddModelError(nameof(Upload), "There is nothing to import: fix the problems below and upload the file again");
            return Page();
        }

        db.AddRange(valid);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"{valid.Count} services imported" + (Preview.InvalidCount > 0 ? $"; {Preview.InvalidCount} rows with problems were skipped" : "");
        return Redirect("/directory/services/import");
    }
}
