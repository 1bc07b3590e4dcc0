using McnHub.Features.Guidelines.Documents;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Guidelines.Reviews;

/// <summary>
/// "Reviewed without change": the owner or co-ordinator records that the current approved version still stands and
/// sets the next review date. The version itself is not touched; a change needs a new version.
/// </summary>
public sealed class ReviewModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public DateOnly? ReviewedOn { get; set; }

    [BindProperty]
    public DateOnly? NextReviewDate { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    /// <summary>The document's concurrency token when the form was shown.</summary>
    [BindProperty]
    public int Version { get; set; }

    public GuidelineDocument Document { get; private set; } = null!;

    public IReadOnlyList<GuidelineReview> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }

        ReviewedOn = UkDates.Today(clock);
        NextReviewDate = UkDates.Today(clock).AddYears(2);
        Version = Document.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }

        var today = UkDates.Today(clock);
        if (Document.Status != DocumentStatus.Approved || Document.CurrentVersionId is null)
        {
            ModelState.AddModelError("", "Only an approved document can be reviewed");
        }

        BindingErrors.Reword(ModelState, nameof(ReviewedOn), "Review date must be a real date");
        BindingErrors.Reword(ModelState, nameof(NextReviewDate), "Next review date must be a real date");
        if (ReviewedOn is null && ModelState.GetFieldValidationState(nameof(ReviewedOn)) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError(nameof(ReviewedOn), "Enter the date it was reviewed");
        }
        else if (ReviewedOn > today)
        {
            ModelState.AddModelError(nameof(ReviewedOn), "The review date must be today or in the past");
        }

        var effective = await db.Set<GuidelineVersion>().Where(v => v.Id == Document.CurrentVersionId).Select(v => v.EffectiveDate).SingleOrDefaultAsync(ct);
        if (NextReviewDate is null && ModelState.GetFieldValidationState(nameof(NextReviewDate)) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError(nameof(NextReviewDate), "Enter the next review date");
        }
        else if (NextReviewDate <= ReviewedOn || NextReviewDate <= today)
        {
            ModelState.AddModelError(nameof(NextReviewDate), "The next review date must be in the future");
        }
        else if (effective is { } e && NextReviewDate < e)
        {
            ModelState.AddModelError(nameof(NextReviewDate), "The next review date cannot be before the effective date");
        }

        if (Note?.Length > 2000)
        {
            ModelState.AddModelError(nameof(Note), "The note must be 2,000 characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(Document).Property(d => d.Version).OriginalValue = Version;
        db.Add(new GuidelineReview
        {
            DocumentId = id,
            GuidelineVersionId = Document.CurrentVersionId!.Value,
            ReviewedOn = ReviewedOn!.Value,
            ReviewedBy = GuidelineAccess.DisplayName(User),
            NextReviewDate = NextReviewDate!.Value,
            Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(),
        });
        Document.LastReviewedOn = ReviewedOn;
        Document.ReviewDate = NextReviewDate;
        Document.LastReviewReminderAt = null;
        var notSaved = await GuidelineConflict.SaveAsync(db, () => LoadAsync(id, ct), () =>
        {
            GuidelineConflict.Report(ModelState, "recording this review", Document);
            GuidelineConflict.TakeVersions(ModelState, nameof(Version));
            Version = Document.Version;
            return Page();
        }, ct);
        if (notSaved is not null)
        {
            return notSaved;
        }

        TempData["Success"] = $"Review recorded: next review by {UkDates.Format(NextReviewDate)}";
        return Redirect($"/guidelines/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var (document, refused) = await GuidelineAccess.FindManagedAsync(db, User, id, "Not the owner of the document nor the co-ordinator: may not record a review", ct);
        if (document is null)
        {
            return refused;
        }

        Document = document;
        History = await db.Set<GuidelineReview>().AsNoTracking().Where(r => r.DocumentId == id).OrderByDescending(r => r.ReviewedOn).ToListAsync(ct);
        return null;
    }
}
