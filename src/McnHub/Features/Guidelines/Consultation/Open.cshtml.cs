using McnHub.Features.Guidelines.Documents;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Guidelines.Consultation;

/// <summary>The owner opens a draft version to members' comments for a window of dates.</summary>
public sealed class OpenModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public DateOnly? OpensOn { get; set; }

    [BindProperty]
    public DateOnly? ClosesOn { get; set; }

    /// <summary>The version record's concurrency token when the form was shown.</summary>
    [BindProperty]
    public int Version { get; set; }

    /// <summary>The document's concurrency token when the form was shown (a first consultation changes its status).</summary>
    [BindProperty]
    public int DocumentVersion { get; set; }

    public GuidelineDocument Document { get; private set; } = null!;

    public GuidelineVersion Target { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int number, CancellationToken ct)
    {
        if (await LoadAsync(id, number, ct) is { } problem)
        {
            return problem;
        }

        OpensOn = Target.ConsultationOpensOn ?? UkDates.Today(clock);
        ClosesOn = Target.ConsultationClosesOn ?? UkDates.Today(clock).AddDays(28);
        Version = Target.Version;
        DocumentVersion = Document.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int number, CancellationToken ct)
    {
        if (await LoadAsync(id, number, ct) is { } problem)
        {
            return problem;
        }

        if (Target.IsLocked)
        {
            ModelState.AddModelError("", "This version has been approved and cannot be changed: make a new version instead");
            return Page();
        }

        BindingErrors.Reword(ModelState, nameof(OpensOn), "Opening date must be a real date");
        BindingErrors.Reword(ModelState, nameof(ClosesOn), "Closing date must be a real date");
        if (OpensOn is null && ModelState.GetFieldValidationState(nameof(OpensOn)) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError(nameof(OpensOn), "Enter the date comments open");
        }

        if (ClosesOn is null && ModelState.GetFieldValidationState(nameof(ClosesOn)) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError(nameof(ClosesOn), "Enter the date comments close");
        }
        else if (ClosesOn < OpensOn)
        {
            ModelState.AddModelError(nameof(ClosesOn), "Closing date must be on or after the opening date");
        }
        else if (ClosesOn < UkDates.Today(clock))
        {
            ModelState.AddModelError(nameof(ClosesOn), "Closing date must be today or in the future");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(Target).Property(v => v.Version).OriginalValue = Version;
        db.Entry(Document).Property(d => d.Version).OriginalValue = DocumentVersion;
        Target.Status = VersionStatus.Consultation;
        Target.ConsultationOpensOn = OpensOn;
        Target.ConsultationClosesOn = ClosesOn;
        if (Document.Status == DocumentStatus.Draft)
        {
            Document.Status = DocumentStatus.Consultation;
        }

        var notSaved = await GuidelineConflict.SaveAsync(db, () => LoadAsync(id, number, ct), () =>
        {
            GuidelineConflict.Report(ModelState, $"setting the consultation dates for version {number}", Document, Target);
            GuidelineConflict.TakeVersions(ModelState, nameof(Version), nameof(DocumentVersion));
            Version = Target.Version;
            DocumentVersion = Document.Version;
            return Page();
        }, ct);
        if (notSaved is not null)
        {
            return notSaved;
        }

        TempData["Success"] = $"Version {number} is open for comments from {UkDates.Format(OpensOn)} to {UkDates.Format(ClosesOn)}";
        return Redirect($"/guidelines/{id}/versions/{number}/comments");
    }

    private async Task<IActionResult?> LoadAsync(int id, int number, CancellationToken ct)
    {
        var document = await db.Set<GuidelineDocument>().SingleOrDefaultAsync(d => d.Id == id, ct);
        var version = document is null ? null : await db.Set<GuidelineVersion>().SingleOrDefaultAsync(v => v.DocumentId == id && v.Number == number, ct);
        if (document is null || version is null)
        {
            return NotFound();
        }

        if (!GuidelineAccess.CanManage(User, document))
        {
            return await GuidelineAccess.RefuseAsync(db, document, $"Not the owner of the document nor the co-ordinator: may not open version {number} for consultation", ct);
        }

        Document = document;
        Target = version;
        return null;
    }
}
