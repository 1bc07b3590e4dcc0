using McnHub.Features.Guidelines.Documents;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Guidelines.Library;

/// <summary>Every version the reader may see, newest first, with what changed and who approved it; any two can be compared.</summary>
public sealed class VersionsModel(AppDbContext db) : PageModel
{
    public GuidelineDocument Document { get; private set; } = null!;

    public IReadOnlyList<GuidelineVersion> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var document = await GuidelineLoader.LoadAsync(db, id, ct);
        if (document is null)
        {
            return NotFound();
        }

        if (!GuidelineAccess.CanSee(User, document))
        {
            return GuidelineAccess.Hidden(User, document);
        }

        Document = document;
        Versions = [.. document.Versions.Where(v => GuidelineAccess.CanSee(User, document, v)).OrderByDescending(v => v.Number)];
        return Page();
    }
}
