using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using McnHub.Platform.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Standards;

/// <summary>
/// An organisation assesses one statement for one period: status, evidence (text and files) and its action plan.
/// Only the organisation's leads and the co-ordinator; a closed period is a record and takes no changes or files.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = AssessmentForm.RequestLimit)]
[RequestSizeLimit(AssessmentForm.RequestLimit)]
public sealed class AssessModel(AppDbContext db, FileStore files, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    [BindProperty]
    public AssessmentInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? EvidenceUpload { get; set; }

    public string OrganisationName { get; private set; } = "";

    public AssessmentPeriod Period { get; private set; } = new();

    public StandardStatement Statement { get; private set; } = new();

    public Assessment? Saved { get; private set; }

    public AssessmentStatus? PreviousStatus { get; private set; }

    public string? PreviousPeriodName { get; private set; }

    public DateOnly Today { get; private set; }

    public long MaxUploadBytes => files.MaxBytes;

    public string BackLink => $"/standards/organisations/{RouteData.Values["orgId"]}?period={Period.Id}";

    public async Task<IActionResult> OnGetAsync(int orgId, int periodId, int statementId, CancellationToken ct)
    {
        var found = await LoadAsync(orgId, periodId, statementId, "Viewing the assessment", ct);
        if (found is not null)
        {
            return found;
        }

        Input = AssessmentInput.From(Saved);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int orgId, int periodId, int statementId, CancellationToken ct)
    {
        var found = await LoadAsync(orgId, periodId, statementId, "Saving the assessment", ct);
        if (found is not null)
        {
            return found;
        }

        AssessmentForm.Validate(Input, Period, EvidenceUpload, Today, ModelState);
        if (!ModelState.IsValid)
        {
            AssessmentForm.AskForFileAgain(EvidenceUpload, ModelState);
            return Page();
        }

        if (Saved is not null && (Input.AssessmentId != Saved.Id || Input.Version != Saved.Version))
        {
            return Stale(Saved);
        }

        var stored = await AssessmentForm.TakeUploadAsync(files, EvidenceUpload, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var assessment = Saved ?? db.Set<Assessment>().Add(new Assessment { OrganisationId = orgId, PeriodId = periodId, StatementId = statementId }).Entity;
        if (Saved is not null)
        {
            db.Entry(assessment).Property(a => a.Version).OriginalValue = Input.Version;
        }

        assessment.Status = Input.Status!.Value;
        assessment.Evidence = string.IsNullOrWhiteSpace(Input.Evidence) ? null : Input.Evidence.Trim();
        assessment.AssessedAt = clock.GetUtcNow().UtcDateTime;
        assessment.AssessedBy = User.Identity?.Name;
        if (stored is not null)
        {
            assessment.Files.Add(new EvidenceFile { FileId = stored.Id, File = stored });
        }

        if (Input.AddsAction)
        {
            assessment.Actions.Add(new ActionPlanItem { Action = Input.NewAction!.Trim(), Owner = Input.NewOwner!.Trim(), DueOn = Input.NewDueOn!.Value });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrency failure, or someone else assessed the statement first (the unique index): show theirs.
            db.ChangeTracker.Clear();
            if (stored is not null)
            {
                AssessmentForm.DeleteBytes(files, stored.Id);
            }

            AssessmentForm.AskForFileAgain(EvidenceUpload, ModelState);
            var current = await AssessmentAsync(orgId, periodId, statementId, ct);
            if (current is null)
            {
                throw;
            }

            Saved = current;
            return Stale(current);
        }

        TempData["Success"] = $"Your assessment of statement {Statement.Number}, {Statement.Title}, has been saved";
        return Redirect(BackLink);
    }

    /// <summary>Marks one action plan item done (today).</summary>
    public async Task<IActionResult> OnPostCompleteAsync(int orgId, int periodId, int statementId, int actionId, CancellationToken ct)
    {
        var found = await LoadAsync(orgId, periodId, statementId, "Completing an action", ct);
        if (found is not null)
        {
            return found;
        }

        var item = Saved?.Actions.FirstOrDefault(a => a.Id == actionId);
        if (item is null)
        {
            return NotFound();
        }

        if (!Period.IsOpen)
        {
            ModelState.AddModelError("", $"The period {Period.Name} is closed, so its action plan can no longer be changed.");
            Input = AssessmentInput.From(Saved);
            return Page();
        }

        item.CompletedOn ??= Today;
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"The action “{item.Action}” is marked as done";
        return Redirect(Request.Path);
    }

    private IActionResult Stale(Assessment saved)
    {
        StaleEdit.Report(ModelState, "assessment", Input.Compare(saved));
        StaleEdit.TakeVersion(ModelState, "Input.Version");
        StaleEdit.TakeVersion(ModelState, "Input.AssessmentId");
        Input.AssessmentId = saved.Id;
        Input.Version = saved.Version;
        return Page();
    }

    private Task<Assessment?> AssessmentAsync(int orgId, int periodId, int statementId, CancellationToken ct) =>
        db.Set<Assessment>()
            .Include(a => a.Files).ThenInclude(f => f.File)
            .Include(a => a.Actions)
            .FirstOrDefaultAsync(a => a.OrganisationId == orgId && a.PeriodId == periodId && a.StatementId == statementId, ct);

    /// <summary>Checks access and loads the page's records; returns a result only when the page cannot go on.</summary>
    private async Task<IActionResult?> LoadAsync(int orgId, int periodId, int statementId, string what, CancellationToken ct)
    {
        if (!await StandardsAccess.CheckAsync(db, authorization, User, orgId, nameof(Assessment), what, ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var organisation = await db.Set<Organisation>().AsNoTracking().Where(o => o.Id == orgId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        var period = await db.Set<AssessmentPeriod>().AsNoTracking().Include(p => p.Set).FirstOrDefaultAsync(p => p.Id == periodId, ct);
        var statement = await db.Set<StandardStatement>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == statementId, ct);
        if (organisation is null || period is null || statement is null || statement.SetId != period.SetId)
        {
            return NotFound();
        }

        (OrganisationName, Period, Statement) = (organisation, period, statement);
        Today = UkDates.Today(clock);
        Saved = await AssessmentAsync(orgId, periodId, statementId, ct);
        var previous = await StandardsMatrix.PreviousAsync(db, period, ct);
        if (previous is not null)
        {
            PreviousPeriodName = previous.Name;
            PreviousStatus = await db.Set<Assessment>().AsNoTracking()
                .Where(a => a.OrganisationId == orgId && a.PeriodId == previous.Id && a.StatementId == statementId)
                .Select(a => (AssessmentStatus?)a.Status).FirstOrDefaultAsync(ct);
        }

        return null;
    }
}
