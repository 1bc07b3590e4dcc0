using McnHub.Features.Guidelines.Documents;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Guidelines.Library;

/// <summary>What changed in the text between two versions the reader may see.</summary>
public sealed class CompareModel(AppDbContext db) : PageModel
{
    public GuidelineDocument Document { get; private set; } = null!;

    public GuidelineVersion From { get; private set; } = null!;

    public GuidelineVersion To { get; private set; } = null!;

    public IReadOnlyList<DiffLine> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int? from, int? to, CancellationToken ct)
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

        var older = document.Versions.FirstOrDefault(v => v.Number == from);
        var newer = document.Versions.FirstOrDefault(v => v.Number == to);
        if (older is null || newer is null || !GuidelineAccess.CanSee(User, document, older) || !GuidelineAccess.CanSee(User, document, newer))
        {
            return NotFound();
        }

        Document = document;
        From = older;
        To = newer;
        Lines = VersionDiff.Lines(older.Body, newer.Body);
        return Page();
    }
}
