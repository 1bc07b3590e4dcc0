using System.Globalization;
using McnHub.Platform.Audit;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Returns;

/// <summary>
/// The data entry form for one organisation × dataset × period: save as draft, submit (validated), and for the
/// co-ordinator approve. Each change is one SaveChanges, so the values and the status change are audited together.
/// </summary>
public sealed class EntryModel(AppDbContext db, ExpressionService expressions, TimeProvider clock) : PageModel
{
    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = [];

    [BindProperty]
    public Dictionary<string, string?> Comments { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    public ReturnContext Context { get; private set; } = null!;

    public IReadOnlyList<RuleOutcome> Outcomes { get; private set; } = [];

    public bool IsCoordinator => ReturnAccess.IsCoordinator(User);

    public string? Locked => Context.Locked(IsCoordinator);

    public async Task<IActionResult> OnGetAsync(int organisationId, int datasetId, string period, CancellationToken ct)
    {
        if (await LoadAsync(organisationId, datasetId, period, false, ct) is { } refused)
        {
            return refused;
        }

        (Values, Comments) = ReturnEntry.FromReturn(Context.Layout, Context.Return);
        Version = Context.Return?.Version ?? 0;
        if (Context.Return is not null && Context.Return.Status != ReturnStatus.Approved)
        {
            Outcomes = ReturnChecks.Run(Context.Layout, Context.Return.Values.GroupBy(v => Key(v)).ToDictionary(g => g.Key, g => g.First().Numeric), expressions);
        }

        return Page();
    }

    /// <summary>One form, three buttons (named "intent"): save as draft, submit, approve.</summary>
    public Task<IActionResult> OnPostAsync(int organisationId, int datasetId, string period, string? intent, CancellationToken ct) => intent switch
    {
        "submit" => SaveAsync(organisationId, datasetId, period, submit: true, ct),
        "approve" => ApproveAsync(organisationId, datasetId, period, ct),
        _ => SaveAsync(organisationId, datasetId, period, submit: false, ct),
    };

    private async Task<IActionResult> ApproveAsync(int organisationId, int datasetId, string period, CancellationToken ct)
    {
        if (await LoadAsync(organisationId, datasetId, period, true, ct) is { } refused)
        {
            return refused;
        }

        var r = Context.Return;
        if (!IsCoordinator)
        {
            await db.RecordRefusalAsync(nameof(DataReturn), r?.Id.ToString(CultureInfo.InvariantCulture) ?? Context.Url, "Tried to approve a data return without being the co-ordinator", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (r is null || r.Status != ReturnStatus.Submitted)
        {
            ModelState.AddModelError("", "Only a submitted return can be approved.");
            (Values, Comments) = ReturnEntry.FromReturn(Context.Layout, r);
            return Page();
        }

        db.Entry(r).Property(x => x.Version).OriginalValue = Version;
        r.Status = ReturnStatus.Approved;
        r.ApprovedAt = clock.GetUtcNow().UtcDateTime;
        r.ApprovedBy = User.Identity?.Name;
        if (await TrySaveAsync(ct) is { } stale)
        {
            return stale;
        }

        TempData["Success"] = $"The return from {Context.OrganisationName} for {Context.Period.Name} is approved and locked";
        return Redirect(Context.Url);
    }

    private async Task<IActionResult> SaveAsync(int organisationId, int datasetId, string period, bool submit, CancellationToken ct)
    {
        if (await LoadAsync(organisationId, datasetId, period, true, ct) is { } refused)
        {
            return refused;
        }

        if (Locked is { } locked)
        {
            ModelState.AddModelError("", locked);
            await db.RecordRefusalAsync(nameof(DataReturn), Context.Return?.Id.ToString(CultureInfo.InvariantCulture) ?? Context.Url, $"Tried to change a locked return: {locked}", ct);
            return Page();
        }

        var entry = new ReturnEntry(Context.Layout, Values, Comments);
        var problems = submit ? entry.CheckForSubmission(expressions) : entry.CheckForSaving();
        Outcomes = entry.Outcomes;
        if (problems.Count > 0)
        {
            foreach (var p in problems)
            {
                ModelState.AddModelError(p.Key.Length == 0 ? "" : p.Key.StartsWith('c') ? $"Comments[{p.Key[1..]}]" : $"Values[{p.Key}]", p.Message);
            }

            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var r = Context.Return;
        if (r is null)
        {
            r = DataReturn.Start(Context.Layout.Dataset.Id, Context.OrganisationId, Context.Period, User.Identity?.Name, now);
            db.Add(r);
        }
        else
        {
            // Saving values alone does not touch the return's row; mark it so its version moves and a stale form is caught.
            db.Entry(r).Property(x => x.Version).OriginalValue = Version;
            db.Entry(r).State = EntityState.Modified;
        }

        entry.ApplyTo(r);
        if (submit)
        {
            r.Submit(User.Identity?.Name, now);
        }

        if (await TrySaveAsync(ct) is { } stale)
        {
            return stale;
        }

        TempData["Success"] = submit
            ? $"The return for {Context.Period.Name} has been submitted"
            : $"Your draft return for {Context.Period.Name} has been saved";
        return Redirect(Context.Url);
    }

    private async Task<IActionResult?> LoadAsync(int organisationId, int datasetId, string period, bool track, CancellationToken ct)
    {
        var context = await ReturnContext.LoadAsync(db, organisationId, datasetId, period, ReturnContext.TodayIn(clock), track, ct);
        if (context is null)
        {
            return NotFound();
        }

        Context = context;
        if (!ReturnAccess.MayEnter(User, organisationId))
        {
            await db.RecordRefusalAsync(nameof(DataReturn), context.Url, "Tried to open a data return of an organisation the user does not submit data for", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (context.Refusal is { } refusal && Request.Method == HttpMethods.Post)
        {
            ModelState.AddModelError("", refusal);
            return Page();
        }

        return null;
    }

    private async Task<IActionResult?> TrySaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || Context.Return is null || UniqueViolation.Is(e))
        {
            // Someone else saved, submitted, approved or started this return since the form was opened, or (an import
            // at the same moment) stored a value for the same cell: the unique index refuses the second, and the
            // transaction rolls back whole.
            ModelState.AddModelError("", "Someone else changed this return while you were working on it. Nothing you entered has been saved yet: your values are shown below; the saved return is at the link above. Check them, then save again.");
            db.ChangeTracker.Clear();
            var fresh = await ReturnContext.LoadAsync(db, Context.OrganisationId, Context.Layout.Dataset.Id, Context.Period.Id, Context.Today, false, ct);
            Context = fresh ?? Context;
            Version = Context.Return?.Version ?? 0;
            ModelState.Remove(nameof(Version));
            return Page();
        }
    }

    public static string Key(DataValue v) => v.CategoryOptionId is int o ? $"e{v.DataElementId}o{o}" : $"e{v.DataElementId}";
}
