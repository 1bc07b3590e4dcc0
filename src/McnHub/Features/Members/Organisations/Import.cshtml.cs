using System.Security.Claims;
using McnHub.Features.Members.Network;
using McnHub.Platform.Data;
using McnHub.Platform.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.Organisations;

/// <summary>
/// CSV import in three steps: upload (kept on the server), preview of every row with its problems (nothing
/// saved), then confirm, which adds every valid row in one transaction and skips the rows with problems.
/// </summary>
public sealed class ImportModel(AppDbContext db, OrganisationImportStore store, TimeProvider clock) : PageModel
{
    public const string UploadField = "upload";

    [BindProperty(SupportsGet = true, Name = "batch")]
    public string? Batch { get; set; }

    public PendingImport? Pending { get; private set; }

    public ImportPreview? Preview { get; private set; }

    public int ValidCount => Preview?.ValidRows.Count() ?? 0;

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Batch is null)
        {
            return;
        }

        Pending = await store.LoadAsync(Batch, UserId, ct);
        if (Pending is null)
        {
            ModelState.AddModelError(UploadField, "That upload has expired or cannot be found: upload the file again");
            return;
        }

        Preview = await PreviewAsync(Pending.Text, ct);
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? upload, CancellationToken ct)
    {
        Batch = null;
        if (upload is null || upload.Length == 0)
        {
            ModelState.AddModelError(UploadField, upload is null ? "Select a CSV file to import" : "The selected file is empty");
            return Page();
        }

        if (upload.Length > OrganisationCsvImport.MaxBytes)
        {
            ModelState.AddModelError(UploadField, "The selected file must be smaller than 2 MB");
            return Page();
        }

        if (Path.GetExtension(upload.FileName).ToLowerInvariant() is not (".csv" or ".txt"))
        {
            ModelState.AddModelError(UploadField, "The selected file must be a CSV file (ending .csv)");
            return Page();
        }

        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, ct);
        var decoded = OrganisationCsvImport.Decode(buffer.ToArray());
        if (decoded.Error is not null)
        {
            ModelState.AddModelError(UploadField, decoded.Error);
            return Page();
        }

        var id = await store.SaveAsync(new PendingImport(UserId, Path.GetFileName(upload.FileName), decoded.Text!, decoded.Note, clock.GetUtcNow().UtcDateTime), ct);
        return Redirect($"/organisations/import?batch={id}");
    }

    /// <summary>Imports the previewed file, checked again now: if the result differs from the preview, show it again instead.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(int expected, CancellationToken ct)
    {
        Pending = await store.LoadAsync(Batch, UserId, ct);
        if (Pending is null)
        {
            Batch = null;
            ModelState.AddModelError(UploadField, "That upload has expired or cannot be found: upload the file again");
            return Page();
        }

        Preview = await PreviewAsync(Pending.Text, ct);
        var valid = Preview.ValidRows.ToList();
        if (valid.Count != expected || valid.Count == 0)
        {
            ModelState.AddModelError("", valid.Count == 0
                ? "There are no rows that can be imported. Correct the file and upload it again."
                : $"The organisations in McnHub have changed since the preview: now {valid.Count} rows can be imported, not {expected}. Check the preview again before importing.");
            return Page();
        }

        foreach (var row in valid)
        {
            var organisation = new Organisation();
            row.Values!.ApplyTo(organisation, includeMembership: true);
            OrganisationForm.SetAreas(organisation, row.AreaIds);
            db.Add(organisation);
        }

        // One SaveChanges: every valid row, with its audit entries, in one transaction, or none.
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone added one of these names or ODS codes at the same moment: nothing was saved; show why.
            db.ChangeTracker.Clear();
            Preview = await PreviewAsync(Pending.Text, ct);
            ModelState.AddModelError("", "Nothing was imported: the organisations in McnHub changed while importing. Check the preview again before importing.");
            return Page();
        }

        store.Delete(Batch!);
        TempData["Success"] = $"{valid.Count} {(valid.Count == 1 ? "organisation has" : "organisations have")} been imported from {Pending.FileName}"
            + (Preview.Rows.Count > valid.Count ? $". {Preview.Rows.Count - valid.Count} rows with problems were not imported." : "");
        return Redirect("/organisations?status=all");
    }

    /// <summary>An empty file with the column names, and one example row to copy.</summary>
    public IActionResult OnGetTemplate()
    {
        var example = new object?[] { "Example Children's Hospice", "8EX01", "Children's hospice", "Non-NHS", "1 High Street", "", "Northbrook", "NB1 1AA", "https://www.example.org", "0161 496 0000", "enquiries@example.org", "Member", "Northbrook; Eastmere" };
        var csv = TabularExport.ToCsv(new Table("organisations-template", OrganisationCsvImport.Columns, [example]));
        return File(csv, "text/csv; charset=utf-8", "organisations-template.csv");
    }

    private async Task<ImportPreview> PreviewAsync(string text, CancellationToken ct)
    {
        var existing = await db.Set<Organisation>().AsNoTracking().Select(o => new { o.Name, o.OdsCode }).ToListAsync(ct);
        var areas = await db.Set<Area>().AsNoTracking().Select(a => new { a.Name, a.Id }).ToListAsync(ct);
        var context = new ImportContext(
            existing.GroupBy(o => o.Name.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First().Name),
            existing.Where(o => o.OdsCode != null).GroupBy(o => o.OdsCode!).ToDictionary(g => g.Key, g => g.First().Name),
            areas.ToDictionary(a => a.Name, a => a.Id, StringComparer.OrdinalIgnoreCase),
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return OrganisationCsvImport.Parse(text, context);
    }
}
