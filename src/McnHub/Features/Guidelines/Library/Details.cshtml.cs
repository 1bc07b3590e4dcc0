using McnHub.Features.Guidelines.Documents;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Guidelines.Library;

/// <summary>A document as readers see it: the current approved version first, with its approval and review dates; the history one click away.</summary>
public sealed class DetailsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public GuidelineDocument Document { get; private set; } = null!;

    public GuidelineVersion? Shown { get; private set; }

    public GuidelineVersion? Pending { get; private set; }

    public bool CanManage { get; private set; }

    public DateOnly Today { get; private set; }

    public string BodyHtml { get; private set; } = "";

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
        CanManage = GuidelineAccess.CanManage(User, document);
        Shown = GuidelineLoader.Shown(document, User);
        Pending = GuidelineLoader.Pending(document);
        if (Pending is not null && !GuidelineAccess.CanSee(User, document, Pending))
        {
            Pending = null;
        }

        BodyHtml = SafeMarkdown.ToHtml(Shown?.Body);
        Today = McnHub.Features.Members.People.UkDates.Today(clock);
        return Page();
    }
}
