using McnHub.Platform.Data;
using McnHub.Platform.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace McnHub.Features.Guidelines.Documents;

/// <summary>A new document with its first draft version (the co-ordinator; the owner then carries it forward).</summary>
public sealed class CreateModel(AppDbContext db, FileStore files) : PageModel, IDocumentFormPage, IVersionFormPage
{
    [BindProperty]
    public DocumentInput Input { get; set; } = new();

    [BindProperty]
    public VersionInput Draft { get; set; } = new();

    public IReadOnlyList<SelectListItem> OwnerItems { get; private set; } = [];

    public string? CurrentFileName => null;

    public long MaxUploadMegabytes => files.MaxBytes / (1024 * 1024);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Draft.ChangeSummary = "First draft";
        OwnerItems = await DocumentForm.OwnerItemsAsync(db, ct);
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? upload, CancellationToken ct)
    {
        await DocumentForm.ValidateAsync(db, Input, ModelState, ct);
        DocumentForm.Validate(Draft, nameof(Draft), hasFile: upload is { Length: > 0 }, ModelState);
        var file = ModelState.IsValid ? await DocumentForm.SaveUploadAsync(files, upload, ModelState, ct) : null;
        if (!ModelState.IsValid)
        {
            OwnerItems = await DocumentForm.OwnerItemsAsync(db, ct);
            return Page();
        }

        var document = new GuidelineDocument { Status = DocumentStatus.Draft };
        Input.ApplyTo(document);
        var version = new GuidelineVersion { Document = document, Number = 1, Status = VersionStatus.Draft, File = file, CreatedBy = GuidelineAccess.DisplayName(User) };
        Draft.ApplyTo(version);
        db.Add(document);
        db.Add(version);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = "The document has been added as a draft";
        return Redirect($"/guidelines/{document.Id}");
    }
}
