using McnHub.Features.Guidelines.Library;
using McnHub.Platform.Data;
using McnHub.Platform.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Guidelines.Documents;

/// <summary>
/// Changes a draft version (or one out for consultation). An approved or superseded version is the record of what
/// was agreed: the page says so and refuses the change, pointing to a new version instead.
/// </summary>
public sealed class EditVersionModel(AppDbContext db, FileStore files) : PageModel, IVersionFormPage
{
    public const string LockedMessage = "This version has been approved and cannot be changed: make a new version instead";

    [BindProperty]
    public VersionInput Draft { get; set; } = new();

    public GuidelineDocument Document { get; private set; } = null!;

    public GuidelineVersion Target { get; private set; } = null!;

    public bool HasOpenVersion { get; private set; }

    public string? CurrentFileName => Target.File?.FileName;

    public long MaxUploadMegabytes => files.MaxBytes / (1024 * 1024);

    public async Task<IActionResult> OnGetAsync(int id, int number, CancellationToken ct)
    {
        if (await LoadAsync(id, number, ct) is { } problem)
        {
            return problem;
        }

        Draft = VersionInput.From(Target);
        if (Target.IsLocked)
        {
            ModelState.AddModelError("", LockedMessage);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int number, IFormFile? upload, CancellationToken ct)
    {
        if (await LoadAsync(id, number, ct) is { } problem)
        {
            return problem;
        }

        if (Target.IsLocked)
        {
            ModelState.AddModelError("", LockedMessage);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        var keepsFile = Target.FileId is not null && !Draft.RemoveFile;
        DocumentForm.Validate(Draft, nameof(Draft), hasFile: keepsFile || upload is { Length: > 0 }, ModelState);
        if (ModelState.IsValid && Target.Version != Draft.Version)
        {
            ModelState.AddModelError("", "Someone else saved changes to this version while you were editing it. Nothing you entered has been saved yet: your text is below; compare it with the saved version, then save again to keep yours.");
            ModelState.Remove("Draft.Version");
            Draft.Version = Target.Version;
            return Page();
        }

        var file = ModelState.IsValid ? await DocumentForm.SaveUploadAsync(files, upload, ModelState, ct) : null;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(Target).Property(v => v.Version).OriginalValue = Draft.Version;
        Draft.ApplyTo(Target);
        if (file is not null)
        {
            Target.File = file;
        }
        else if (Draft.RemoveFile)
        {
            Target.FileId = null;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Someone else saved changes to this version while you were editing it. Nothing has been saved: reload the page to see their changes.");
            return Page();
        }

        TempData["Success"] = $"Version {number} has been saved";
        return Redirect($"/guidelines/{id}/versions/{number}");
    }

    private async Task<IActionResult?> LoadAsync(int id, int number, CancellationToken ct)
    {
        var document = await db.Set<GuidelineDocument>().SingleOrDefaultAsync(d => d.Id == id, ct);
        var version = document is null ? null : await db.Set<GuidelineVersion>().Include(v => v.File).SingleOrDefaultAsync(v => v.DocumentId == id && v.Number == number, ct);
        if (document is null || version is null)
        {
            return NotFound();
        }

        if (!GuidelineAccess.CanManage(User, document))
        {
            return await GuidelineAccess.RefuseAsync(db, document, $"Not the owner of the document nor the co-ordinator: may not edit version {number}", ct);
        }

        Document = document;
        Target = version;
        HasOpenVersion = await db.Set<GuidelineVersion>().AnyAsync(v => v.DocumentId == id && (v.Status == VersionStatus.Draft || v.Status == VersionStatus.Consultation), ct);
        return null;
    }
}
