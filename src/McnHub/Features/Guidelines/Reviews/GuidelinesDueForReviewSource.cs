using System.Globalization;
using McnHub.Features.Governance.Dashboard;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;

namespace McnHub.Features.Guidelines.Reviews;

/// <summary>The co-ordinator's dashboard: approved guidelines past or near their review date.</summary>
public sealed class GuidelinesDueForReviewSource(AppDbContext db) : IDashboardSource
{
    public async Task<DashboardSection> LoadAsync(DashboardContext context, CancellationToken ct)
    {
        var due = await ReviewQueries.DueAsync(db, context.Today.AddDays(ReviewQueries.DueWithinDays), ct);
        var items = due.Select(d => new DashboardItem(
            d.Title,
            "/guidelines/" + d.Id.ToString(CultureInfo.InvariantCulture),
            (d.ReviewDate < context.Today ? "Review was due " : "Review due ") + UkDates.Format(d.ReviewDate) + "; owner " + d.OwnerName)).ToList();
        return new DashboardSection("guidelines-review", $"Guidelines due for review within {ReviewQueries.DueWithinDays} days", items, MoreLink: "/guidelines/reviews");
    }
}
