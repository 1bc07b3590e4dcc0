using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Guidelines.Documents;

/// <summary>Starts the next version as a draft copy of the latest one; the approved version stays as it is until the new one is approved.</summary>
public sealed class NewVersionModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public string? ChangeSummary { get; set; }

    public GuidelineDocument Document { get; private set; } = null!;

    public GuidelineVersion? Open { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }

        if (Open is not null)
        {
            ModelState.AddModelError("", $"Version {Open.Number} is still a draft: edit it rather than starting another");
            return Page();
        }

        if (string.IsNullOrWhiteSpace(ChangeSummary))
        {
            ModelState.AddModelError(nameof(ChangeSummary), "Enter what will change in this version");
        }
        else if (ChangeSummary.Length > 2000)
        {
            ModelState.AddModelError(nameof(ChangeSummary), "The change summary must be 2,000 characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var latest = await db.Set<GuidelineVersion>().AsNoTracking().Where(v => v.DocumentId == id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        var next = new GuidelineVersion
        {
            DocumentId = id,
            Number = (latest?.Number ?? 0) + 1,
            Status = VersionStatus.Draft,
            Body = latest?.Body ?? "",
            FileId = latest?.FileId,
            ChangeSummary = ChangeSummary!.Trim(),
            CreatedBy = GuidelineAccess.DisplayName(User),
        };
        db.Add(next);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"Version {next.Number} has been started as a draft copy of version {latest?.Number}";
        return Redirect($"/guidelines/{id}/versions/{next.Number}/edit");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var (document, refused) = await GuidelineAccess.FindManagedAsync(db, User, id, "Not the owner of the document nor the co-ordinator: may not start a new version", ct);
        if (document is null)
        {
            return refused;
        }

        Document = document;
        Open = await db.Set<GuidelineVersion>().AsNoTracking().FirstOrDefaultAsync(v => v.DocumentId == id && (v.Status == VersionStatus.Draft || v.Status == VersionStatus.Consultation), ct);
        return null;
    }
}
