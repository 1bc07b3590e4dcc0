using System.Globalization;
using McnHub.Features.Governance.Actions;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Dashboard;

/// <summary>Open or in-progress actions past their due date, the most overdue first.</summary>
public sealed class OverdueActionsSource(AppDbContext db) : IDashboardSource
{
    public async Task<DashboardSection> LoadAsync(DashboardContext context, CancellationToken ct)
    {
        var today = context.Today;
        var items = await ActionRows.Query(db)
            .Where(a => a.DueOn < today)
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .Select(ActionRows.Row)
            .ToListAsync(ct);
        return new DashboardSection("overdue-actions", "Overdue actions", items.Select(a => a.ToItem($"Was due {UkDates.Format(a.DueOn)}")).ToList());
    }
}

/// <summary>Open or in-progress actions due today or within the next 14 days.</summary>
public sealed class ActionsDueSoonSource(AppDbContext db) : IDashboardSource
{
    public const int Days = 14;

    public async Task<DashboardSection> LoadAsync(DashboardContext context, CancellationToken ct)
    {
        var today = context.Today;
        var until = today.AddDays(Days);
        var items = await ActionRows.Query(db)
            .Where(a => a.DueOn >= today && a.DueOn <= until)
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .Select(ActionRows.Row)
            .ToListAsync(ct);
        return new DashboardSection("actions-due-soon", $"Actions due within {Days} days", items.Select(a => a.ToItem($"Due {UkDates.Format(a.DueOn)}")).ToList());
    }
}

internal sealed record ActionRow(int Id, string Description, string? Owner, DateOnly DueOn)
{
    public DashboardItem ToItem(string when) => new(
        Description,
        $"/governance/actions/{Id.ToString(CultureInfo.InvariantCulture)}/edit",
        Owner is null ? when : $"{when} · {Owner}");
}

internal static class ActionRows
{
    public static readonly System.Linq.Expressions.Expression<Func<ActionItem, ActionRow>> Row =
        a => new ActionRow(a.Id, a.Description, a.Owner != null ? a.Owner.FullName : null, a.DueOn);

    public static IQueryable<ActionItem> Query(AppDbContext db) => db.Set<ActionItem>().AsNoTracking()
        .Where(a => a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress);
}
