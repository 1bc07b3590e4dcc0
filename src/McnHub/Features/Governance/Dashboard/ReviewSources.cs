using System.Globalization;
using McnHub.Features.Governance.Decisions;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Dashboard;

/// <summary>Active decisions whose review date is past or within the next 30 days.</summary>
public sealed class DecisionsDueForReviewSource(AppDbContext db) : IDashboardSource
{
    public const int Days = 30;

    public async Task<DashboardSection> LoadAsync(DashboardContext context, CancellationToken ct)
    {
        var until = context.Today.AddDays(Days);
        var rows = await db.Set<Decision>().AsNoTracking()
            .Where(d => d.Status == DecisionStatus.Active && d.ReviewDate != null && d.ReviewDate <= until)
            .OrderBy(d => d.ReviewDate).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.Statement, Group = d.Group!.Name, d.ReviewDate })
            .ToListAsync(ct);
        var items = rows.Select(d => new DashboardItem(
            $"{d.Group}: {d.Statement}",
            $"/governance/decisions/{d.Id.ToString(CultureInfo.InvariantCulture)}",
            Review.Describe(d.ReviewDate!.Value, context.Today))).ToList();
        return new DashboardSection("decisions", $"Decisions due for review within {Days} days", items);
    }
}

/// <summary>Active groups whose current terms of reference are past or within 60 days of their review date.</summary>
public sealed class TermsOfReferenceDueForReviewSource(AppDbContext db) : IDashboardSource
{
    public const int Days = 60;

    public async Task<DashboardSection> LoadAsync(DashboardContext context, CancellationToken ct)
    {
        var until = context.Today.AddDays(Days);
        var rows = await db.Set<Group>().AsNoTracking()
            .Where(g => g.Active)
            .Select(g => new
            {
                g.Id,
                g.Name,
                Current = g.TermsOfReference.OrderByDescending(t => t.Number).Select(t => new { t.Number, t.ReviewDate }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var items = rows
            .Where(r => r.Current is not null && r.Current.ReviewDate <= until)
            .OrderBy(r => r.Current!.ReviewDate).ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(r => new DashboardItem(
                $"{r.Name}: terms of reference version {r.Current!.Number.ToString(CultureInfo.InvariantCulture)}",
                $"/governance/groups/{r.Id.ToString(CultureInfo.InvariantCulture)}",
                Review.Describe(r.Current.ReviewDate, context.Today)))
            .ToList();
        return new DashboardSection("terms-of-reference", $"Terms of reference due for review within {Days} days", items);
    }
}

internal static class Review
{
    public static string Describe(DateOnly due, DateOnly today) =>
        due < today ? $"Review was due {UkDates.Format(due)}" : $"Review due {UkDates.Format(due)}";
}
