using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Returns;

/// <summary>
/// The returns a person deals with: a data submitter sees every expected return of their organisations (started
/// or not) for recent periods; the co-ordinator sees every organisation's, filtered by dataset, period and status.
/// </summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(int OrganisationId, string Organisation, int DatasetId, string Dataset, Period Period, ReturnStatus? Status, DateOnly Due, DateTime? SubmittedAt)
    {
        public string Url => ReturnUrls.Entry(OrganisationId, DatasetId, Period);

        public bool Overdue(DateOnly today) => Status is null or ReturnStatus.Draft or ReturnStatus.Reopened && Due < today;
    }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public string? PeriodFilter { get; private set; }

    public string? StatusFilter { get; private set; }

    public IReadOnlyList<string> PeriodChoices { get; private set; } = [];

    public async Task OnGetAsync(string? period, string? status, CancellationToken ct)
    {
        Today = ReturnContext.TodayIn(clock);
        var coordinator = ReturnAccess.IsCoordinator(User);
        var mine = ReturnAccess.SubmitterFor(User);
        var assignments = await db.Set<DatasetAssignment>().AsNoTracking()
            .Where(a => a.Dataset!.Active && (coordinator || mine.Contains(a.OrganisationId)))
            .Select(a => new { a.OrganisationId, Organisation = a.Organisation!.Name, a.DatasetId, Dataset = a.Dataset!.Name, a.Dataset.PeriodType, a.Dataset.DueDays, a.From })
            .ToListAsync(ct);

        // The last four ended periods of each dataset, and the current one.
        var rows = new List<Row>();
        var periods = new SortedSet<Period>();
        foreach (var a in assignments)
        {
            var current = Period.Containing(a.PeriodType, Today);
            for (var (p, n) = (current, 0); n < 5; p = p.Previous, n++)
            {
                if (a.From is DateOnly from && p.End < from)
                {
                    break;
                }

                periods.Add(p);
                rows.Add(new Row(a.OrganisationId, a.Organisation, a.DatasetId, a.Dataset, p, null, p.End.AddDays(a.DueDays), null));
            }
        }

        var orgIds = assignments.Select(a => a.OrganisationId).Distinct().ToList();
        var earliest = periods.Count == 0 ? Today : periods.Min.Start;
        var returns = await db.Set<DataReturn>().AsNoTracking()
            .Where(r => orgIds.Contains(r.OrganisationId) && r.PeriodStart >= earliest)
            .Select(r => new { r.OrganisationId, r.DatasetId, r.Period, r.Status, SubmittedAt = r.FirstSubmittedAt ?? r.SubmittedAt })
            .ToListAsync(ct);
        var byKey = returns.ToDictionary(r => (r.OrganisationId, r.DatasetId, r.Period));
        rows = rows.Select(row => byKey.TryGetValue((row.OrganisationId, row.DatasetId, row.Period), out var r) ? row with { Status = r.Status, SubmittedAt = r.SubmittedAt } : row).ToList();

        PeriodChoices = periods.Reverse().Select(p => p.Id).ToList();
        if (Period.TryParse(period, out var chosen))
        {
            PeriodFilter = chosen.Id;
            rows = rows.Where(r => r.Period == chosen).ToList();
        }

        if (status is "not-started" or "draft" or "submitted" or "approved" or "reopened")
        {
            StatusFilter = status;
            rows = rows.Where(r => (r.Status?.ToString().ToLowerInvariant() ?? "not-started") == status).ToList();
        }

        Rows = rows.OrderByDescending(r => r.Period).ThenBy(r => r.Organisation).ThenBy(r => r.Dataset).ToList();
    }
}
