using McnHub.Features.Governance.Decisions;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Guidelines.Documents;

public sealed class ApprovalInput
{
    public DateOnly? ApprovedOn { get; set; }

    public int? GroupId { get; set; }

    public int? DecisionId { get; set; }

    public DateOnly? EffectiveDate { get; set; }

    public DateOnly? ReviewDate { get; set; }

    /// <summary>Ticked after the warning that some consultation comments have no answer.</summary>
    public bool ApproveWithOpenComments { get; set; }

    /// <summary>The version record's concurrency token when the form was shown.</summary>
    public int Version { get; set; }

    /// <summary>The document's concurrency token when the form was shown (approval changes it too).</summary>
    public int DocumentVersion { get; set; }
}

/// <summary>
/// The co-ordinator records a version's approval: the group that approved it, the decision when there is one, the
/// effective and review dates. It becomes the current version (the one before is superseded) and read-only.
/// Unanswered consultation comments are warned about and need a second, explicit confirmation.
/// </summary>
public sealed class ApproveModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ApprovalInput Input { get; set; } = new();

    public GuidelineDocument Document { get; private set; } = null!;

    public GuidelineVersion Target { get; private set; } = null!;

    public int OpenComments { get; private set; }

    public IReadOnlyList<SelectListItem> GroupItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> DecisionItems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int number, CancellationToken ct)
    {
        if (await LoadAsync(id, number, ct) is { } problem)
        {
            return problem;
        }

        // Suggestions the approver confirms: the dates proposed with the version, else today and the usual two years.
        var effective = Target.EffectiveDate ?? UkDates.Today(clock);
        Input = new ApprovalInput
        {
            ApprovedOn = UkDates.Today(clock),
            EffectiveDate = effective,
            ReviewDate = Target.ReviewDate ?? effective.AddYears(2),
            Version = Target.Version,
            DocumentVersion = Document.Version,
        };
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
            ModelState.AddModelError("", $"Version {number} is already {GuidelineText.Status(Target.Status).ToLowerInvariant()}: make a new version to change it");
            return Page();
        }

        await ValidateAsync(ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(Target).Property(v => v.Version).OriginalValue = Input.Version;
        db.Entry(Document).Property(d => d.Version).OriginalValue = Input.DocumentVersion;
        var previous = await db.Set<GuidelineVersion>().Where(v => v.DocumentId == id && v.Status == VersionStatus.Approved).ToListAsync(ct);
        previous.ForEach(v => v.Status = VersionStatus.Superseded);
        Target.Status = VersionStatus.Approved;
        Target.ApprovedOn = Input.ApprovedOn;
        Target.ApprovedByGroupId = Input.GroupId;
        Target.DecisionId = Input.DecisionId;
        Target.ApprovedBy = GuidelineAccess.DisplayName(User);
        Target.EffectiveDate = Input.EffectiveDate;
        Target.ReviewDate = Input.ReviewDate;
        if (Target.ConsultationClosesOn is { } closes && closes > Input.ApprovedOn)
        {
            Target.ConsultationClosesOn = Input.ApprovedOn;
        }

        Document.Status = DocumentStatus.Approved;
        Document.CurrentVersionId = Target.Id;
        Document.ReviewDate = Input.ReviewDate;
        Document.LastReviewReminderAt = null;
        var notSaved = await GuidelineConflict.SaveAsync(db, () => LoadAsync(id, number, ct), () =>
        {
            GuidelineConflict.Report(ModelState, $"approving version {number}", Document, Target);
            GuidelineConflict.TakeVersions(ModelState, "Input.Version", "Input.DocumentVersion");
            Input.Version = Target.Version;
            Input.DocumentVersion = Document.Version;
            return Page();
        }, ct);
        if (notSaved is not null)
        {
            return notSaved;
        }

        TempData["Success"] = $"Version {number} has been approved and published";
        return Redirect($"/guidelines/{id}");
    }

    private async Task ValidateAsync(CancellationToken ct)
    {
        BindingErrors.Reword(ModelState, "Input.ApprovedOn", "Approval date must be a real date");
        BindingErrors.Reword(ModelState, "Input.EffectiveDate", "Effective date must be a real date");
        BindingErrors.Reword(ModelState, "Input.ReviewDate", "Review date must be a real date");
        if (Input.ApprovedOn is null && !ModelState.ContainsKey("Input.ApprovedOn"))
        {
            ModelState.AddModelError("Input.ApprovedOn", "Enter the date it was approved");
        }
        else if (Input.ApprovedOn > UkDates.Today(clock))
        {
            ModelState.AddModelError("Input.ApprovedOn", "Approval date must be today or in the past");
        }

        if (Input.GroupId is not { } groupId || !await db.Set<Group>().AnyAsync(g => g.Id == groupId, ct))
        {
            ModelState.AddModelError("Input.GroupId", "Choose the group that approved it");
        }

        if (Input.DecisionId is { } decisionId && !await db.Set<Decision>().AnyAsync(d => d.Id == decisionId, ct))
        {
            ModelState.AddModelError("Input.DecisionId", "Choose the decision from the list");
        }

        if (Input.EffectiveDate is null && ModelState.GetFieldValidationState("Input.EffectiveDate") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError("Input.EffectiveDate", "Enter the date it takes effect");
        }

        if (Input.ReviewDate is null && ModelState.GetFieldValidationState("Input.ReviewDate") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError("Input.ReviewDate", "Enter the date it must be reviewed by");
        }
        else if (Input.ReviewDate < Input.EffectiveDate)
        {
            ModelState.AddModelError("Input.ReviewDate", "Review date must be on or after the effective date");
        }

        if (OpenComments > 0 && !Input.ApproveWithOpenComments)
        {
            ModelState.AddModelError("Input.ApproveWithOpenComments",
                $"{OpenComments} consultation {(OpenComments == 1 ? "comment has" : "comments have")} no answer yet. Answer {(OpenComments == 1 ? "it" : "them")} first, or confirm that you want to approve anyway");
        }
    }

    private async Task<IActionResult?> LoadAsync(int id, int number, CancellationToken ct)
    {
        var document = await db.Set<GuidelineDocument>().SingleOrDefaultAsync(d => d.Id == id, ct);
        var version = document is null ? null : await db.Set<GuidelineVersion>().SingleOrDefaultAsync(v => v.DocumentId == id && v.Number == number, ct);
        if (document is null || version is null)
        {
            return NotFound();
        }

        Document = document;
        Target = version;
        OpenComments = await db.Set<ConsultationComment>().CountAsync(c => c.GuidelineVersionId == version.Id && (c.Answer == null || c.Answer == ""), ct);
        GroupItems = [.. (await db.Set<Group>().AsNoTracking().Where(g => g.Active).OrderBy(g => g.Name).Select(g => new { g.Id, g.Name }).ToListAsync(ct))
            .Select(g => new SelectListItem(g.Name, g.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        DecisionItems = [.. (await db.Set<Decision>().AsNoTracking().OrderByDescending(d => d.DecidedOn).Take(100).Select(d => new { d.Id, d.Statement, d.DecidedOn }).ToListAsync(ct))
            .Select(d => new SelectListItem($"{UkDates.Format(d.DecidedOn)}: {d.Statement}", d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        return null;
    }
}
