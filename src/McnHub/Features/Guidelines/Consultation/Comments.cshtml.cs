using McnHub.Features.Guidelines.Documents;
using McnHub.Features.Guidelines.Library;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Guidelines.Consultation;

/// <summary>
/// A version's consultation: members comment on a section while the window is open; the owner (or co-ordinator)
/// answers each comment. The record stays with the version, readable afterwards.
/// </summary>
public sealed class CommentsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const string General = "General";
    public const int MaxLength = 4000;

    [BindProperty]
    public string? Section { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public int CommentId { get; set; }

    [BindProperty]
    public string? Answer { get; set; }

    /// <summary>The comment's concurrency token as the answer form was shown, so a stale answer is refused.</summary>
    [BindProperty]
    public int CommentVersion { get; set; }

    /// <summary>The comment whose answer was refused as stale: its form is shown again, even if it now has an answer.</summary>
    public int? StaleCommentId { get; private set; }

    public GuidelineDocument Document { get; private set; } = null!;

    public GuidelineVersion Target { get; private set; } = null!;

    public IReadOnlyList<ConsultationComment> Comments { get; private set; } = [];

    public IReadOnlyList<SelectListItem> SectionItems { get; private set; } = [];

    public bool IsOpen { get; private set; }

    public bool CanAnswer { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int number, CancellationToken ct) => await LoadAsync(id, number, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, int number, CancellationToken ct)
    {
        if (await LoadAsync(id, number, ct) is { } problem)
        {
            return problem;
        }

        if (!IsOpen)
        {
            ModelState.AddModelError(nameof(Text), "Comments are closed for this version");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Section) || !SectionItems.Any(s => s.Value == Section))
        {
            ModelState.AddModelError(nameof(Section), "Choose the section your comment is about");
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            ModelState.AddModelError(nameof(Text), "Enter your comment");
        }
        else if (Text.Length > MaxLength)
        {
            ModelState.AddModelError(nameof(Text), $"Your comment must be {MaxLength:N0} characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Add(new ConsultationComment
        {
            GuidelineVersionId = Target.Id,
            Section = Section!,
            Text = Text!.Trim(),
            AuthorName = GuidelineAccess.DisplayName(User),
            AuthorUserId = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value,
        });
        await db.SaveChangesAsync(ct);
        TempData["Success"] = "Thank you: your comment has been added";
        return Redirect($"/guidelines/{id}/versions/{number}/comments");
    }

    public async Task<IActionResult> OnPostAnswerAsync(int id, int number, CancellationToken ct)
    {
        if (await LoadAsync(id, number, ct) is { } problem)
        {
            return problem;
        }

        if (!CanAnswer)
        {
            return await GuidelineAccess.RefuseAsync(db, Document, "Not the owner of the document nor the co-ordinator: may not answer consultation comments", ct);
        }

        var comment = await db.Set<ConsultationComment>().SingleOrDefaultAsync(c => c.Id == CommentId && c.GuidelineVersionId == Target.Id, ct);
        if (comment is null)
        {
            return NotFound();
        }

        var key = $"Answer-{CommentId}";
        if (string.IsNullOrWhiteSpace(Answer))
        {
            ModelState.AddModelError(key, "Enter your answer");
        }
        else if (Answer.Length > MaxLength)
        {
            ModelState.AddModelError(key, $"Your answer must be {MaxLength:N0} characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(comment).Property(c => c.Version).OriginalValue = CommentVersion;
        comment.Answer = Answer!.Trim();
        comment.AnsweredBy = GuidelineAccess.DisplayName(User);
        comment.AnsweredAt = DateTime.UtcNow;
        var notSaved = await GuidelineConflict.SaveAsync(db, () => LoadAsync(id, number, ct), () =>
        {
            var now = Comments.SingleOrDefault(c => c.Id == CommentId);
            if (now is null)
            {
                return NotFound();
            }

            GuidelineConflict.ReportAnswer(ModelState, key, now);
            GuidelineConflict.TakeVersions(ModelState, nameof(CommentVersion));
            CommentVersion = now.Version;
            StaleCommentId = now.Id;
            return Page();
        }, ct);
        if (notSaved is not null)
        {
            return notSaved;
        }

        TempData["Success"] = "Your answer has been saved";
        return Redirect($"/guidelines/{id}/versions/{number}/comments#comment-{CommentId}");
    }

    private async Task<IActionResult?> LoadAsync(int id, int number, CancellationToken ct)
    {
        var document = await db.Set<GuidelineDocument>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        var version = document is null ? null : await db.Set<GuidelineVersion>().AsNoTracking().SingleOrDefaultAsync(v => v.DocumentId == id && v.Number == number, ct);
        if (document is null || version is null)
        {
            return NotFound();
        }

        if (!GuidelineAccess.CanSee(User, document, version))
        {
            return GuidelineAccess.Hidden(User, document, version);
        }

        Document = document;
        Target = version;
        var today = UkDates.Today(clock);
        IsOpen = version.Status == VersionStatus.Consultation && version.ConsultationOpensOn <= today && today <= version.ConsultationClosesOn;
        CanAnswer = GuidelineAccess.CanManage(User, document);
        Comments = await db.Set<ConsultationComment>().AsNoTracking().Where(c => c.GuidelineVersionId == version.Id).OrderBy(c => c.PostedAt).ThenBy(c => c.Id).ToListAsync(ct);
        SectionItems = [new SelectListItem("The document as a whole", General), .. SafeMarkdown.Sections(version.Body).Select(s => new SelectListItem(s, s))];
        return null;
    }
}
