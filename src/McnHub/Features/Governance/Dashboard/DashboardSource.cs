namespace McnHub.Features.Governance.Dashboard;

/// <summary>
/// One section of the co-ordinator's dashboard. Each module that has something needing attention registers its
/// own source in DI (<c>services.AddScoped&lt;IDashboardSource, MySource&gt;()</c>); the dashboard shows every
/// registered source, in registration order.
/// </summary>
public interface IDashboardSource
{
    Task<DashboardSection> LoadAsync(DashboardContext context, CancellationToken ct);
}

/// <summary>When "now" is for the dashboard: the UK calendar day and the UTC instant.</summary>
public sealed record DashboardContext(DateOnly Today, DateTime UtcNow);

/// <summary>A titled list of things needing attention; <see cref="Total"/> counts them all when only some are listed.</summary>
public sealed record DashboardSection(string Key, string Title, IReadOnlyList<DashboardItem> Items, int? Total = null, string? MoreLink = null)
{
    public int Count => Total ?? Items.Count;
}

/// <summary>One thing needing attention, linked to where it is fixed.</summary>
public sealed record DashboardItem(string Text, string Link, string? Detail = null);
