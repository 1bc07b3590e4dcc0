using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Guidelines.Documents;

/// <summary>
/// Retiring a document, after a confirmation page that says what happens (no JavaScript needed). Retired documents
/// stay readable, marked retired, and leave the adoption and review lists. The owner or the co-ordinator.
/// </summary>
public sealed class RetireModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public int Version { get; set; }

    public GuidelineDocument Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }

        Version = Document.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }

        if (Document.Status == DocumentStatus.Retired)
        {
            ModelState.AddModelError("", "This document has already been retired");
            return Page();
        }

        db.Entry(Document).Property(d => d.Version).OriginalValue = Version;
        Document.Status = DocumentStatus.Retired;
        var notSaved = await GuidelineConflict.SaveAsync(db, () => LoadAsync(id, ct), () =>
        {
            GuidelineConflict.Report(ModelState, "looking at it", Document);
            GuidelineConflict.TakeVersions(ModelState, nameof(Version));
            Version = Document.Version;
            return Page();
        }, ct);
        if (notSaved is not null)
        {
            return notSaved;
        }

        TempData["Success"] = "The document has been retired";
        return Redirect($"/guidelines/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var (document, refused) = await GuidelineAccess.FindManagedAsync(db, User, id, "Not the owner of the document nor the co-ordinator: may not retire it", ct);
        if (document is null)
        {
            return refused;
        }

        Document = document;
        return null;
    }
}
