using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Standards;

public sealed record StatementRow(StandardStatement Statement, AssessmentStatus? Status, AssessmentStatus? Previous, int OpenActions, int OverdueActions, int Files);

/// <summary>One organisation's self-assessment for a period: each statement with its status, for its leads and the co-ordinator.</summary>
public sealed class OrganisationModel(AppDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Period { get; set; }

    public string OrganisationName { get; private set; } = "";

    public int OrganisationId { get; private set; }

    public AssessmentPeriod? Current { get; private set; }

    public AssessmentPeriod? Previous { get; private set; }

    public IReadOnlyList<PeriodChoice> Periods { get; private set; } = [];

    public IReadOnlyList<StatementRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int orgId, CancellationToken ct)
    {
        var organisation = await db.Set<Organisation>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == orgId, ct);
        if (!await StandardsAccess.CheckAsync(db, authorization, User, orgId, nameof(Assessment), "Viewing the self-assessment", ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (organisation is null)
        {
            return NotFound();
        }

        OrganisationId = orgId;
        OrganisationName = organisation.Name;
        Periods = await StandardsMatrix.PeriodsAsync(db, ct);
        Current = await StandardsMatrix.PeriodAsync(db, Period, ct);
        if (Current is null)
        {
            return Period is null ? Page() : NotFound();
        }

        Period = Current.Id;
        Previous = await StandardsMatrix.PreviousAsync(db, Current, ct);
        Rows = await RowsAsync(db, orgId, Current, Previous, clock, ct);
        return Page();
    }

    public static async Task<List<StatementRow>> RowsAsync(AppDbContext db, int orgId, AssessmentPeriod current, AssessmentPeriod? previous, TimeProvider clock, CancellationToken ct)
    {
        var today = UkDates.Today(clock);
        var statements = await db.Set<StandardStatement>().AsNoTracking().Where(s => s.SetId == current.SetId).OrderBy(s => s.Number).ToListAsync(ct);
        var assessments = await db.Set<Assessment>().AsNoTracking()
            .Where(a => a.OrganisationId == orgId && (a.PeriodId == current.Id || (previous != null && a.PeriodId == previous.Id)))
            .Select(a => new
            {
                a.PeriodId,
                a.StatementId,
                a.Status,
                Open = a.Actions.Count(i => i.CompletedOn == null),
                Overdue = a.Actions.Count(i => i.CompletedOn == null && i.DueOn < today),
                Files = a.Files.Count,
            })
            .ToListAsync(ct);
        return statements.Select(s =>
        {
            var now = assessments.FirstOrDefault(a => a.PeriodId == current.Id && a.StatementId == s.Id);
            var before = assessments.FirstOrDefault(a => previous is not null && a.PeriodId == previous.Id && a.StatementId == s.Id);
            return new StatementRow(s, now?.Status, before?.Status, now?.Open ?? 0, now?.Overdue ?? 0, now?.Files ?? 0);
        }).ToList();
    }
}
