using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Completeness;

/// <summary>Per dataset, organisation and period: expected, submitted, on time; the last eight periods.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const int Periods = 8;

    public IReadOnlyList<(int Id, string Name)> Datasets { get; private set; } = [];

    public int? DatasetId { get; private set; }

    public IReadOnlyList<Period> PeriodColumns { get; private set; } = [];

    public IReadOnlyList<ExpectedReturn> Expected { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(int? dataset, CancellationToken ct)
    {
        Today = ReturnContext.TodayIn(clock);
        Datasets = (await db.Set<Dataset>().AsNoTracking().Where(d => d.Active).OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(ct))
            .Select(d => (d.Id, d.Name)).ToList();
        DatasetId = Datasets.Any(d => d.Id == dataset) ? dataset : Datasets.Select(d => (int?)d.Id).FirstOrDefault();
        if (DatasetId is null)
        {
            return;
        }

        Expected = await CompletenessQuery.LoadAsync(db, Today, Periods, DatasetId, ct);
        PeriodColumns = Expected.Select(e => e.Period).Distinct().OrderDescending().ToList();
    }
}
