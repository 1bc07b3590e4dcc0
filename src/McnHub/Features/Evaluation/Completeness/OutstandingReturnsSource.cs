using System.Globalization;
using McnHub.Features.Governance.Dashboard;
using McnHub.Platform.Data;

namespace McnHub.Features.Evaluation;

/// <summary>The co-ordinator's dashboard: returns past their due date and not yet submitted, over the last four periods.</summary>
public sealed class OutstandingReturnsSource(AppDbContext db) : IDashboardSource
{
    private const int Shown = 10;

    public async Task<DashboardSection> LoadAsync(DashboardContext context, CancellationToken ct)
    {
        var expected = await CompletenessQuery.LoadAsync(db, context.Today, 4, null, ct);
        var outstanding = expected.Where(e => !e.Submitted && e.Due < context.Today).OrderBy(e => e.Due).ThenBy(e => e.Organisation).ToList();
        var items = outstanding.Take(Shown).Select(e => new DashboardItem(
            $"{e.Organisation}: {e.Dataset}, {e.Period.Name}",
            e.Url,
            $"{(e.Status is null ? "Not started" : "Not submitted")}, due {e.Due.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}")).ToList();
        return new DashboardSection("data-returns-outstanding", "Data returns outstanding", items, outstanding.Count, "/data/completeness");
    }
}
