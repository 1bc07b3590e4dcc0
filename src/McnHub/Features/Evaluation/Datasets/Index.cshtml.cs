using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Datasets;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(int Id, string Code, string Name, PeriodType PeriodType, int DueDays, int Elements, int Organisations, int Rules);

    public IReadOnlyList<Row> Datasets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Datasets = await db.Set<Dataset>().AsNoTracking().OrderBy(d => d.Name)
            .Select(d => new Row(d.Id, d.Code, d.Name, d.PeriodType, d.DueDays, d.Elements.Count, d.Assignments.Count, d.ValidationRules.Count))
            .ToListAsync(ct);
}
