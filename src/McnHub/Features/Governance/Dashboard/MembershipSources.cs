using System.Globalization;
using McnHub.Features.Directory;
using McnHub.Features.Directory.Services;
using McnHub.Features.Members.Agreements;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Governance.Dashboard;

/// <summary>
/// Agreements due for renewal within 60 days or already overdue. An agreement replaced by a later one of the same
/// kind for the same organisation has been renewed, so it is not listed.
/// </summary>
public sealed class AgreementsDueForRenewalSource(AppDbContext db) : IDashboardSource
{
    public const int Days = 60;

    public async Task<DashboardSection> LoadAsync(DashboardContext context, CancellationToken ct)
    {
        var until = context.Today.AddDays(Days);
        var agreements = db.Set<Agreement>().AsNoTracking();
        var rows = await agreements
            .Where(a => a.RenewalDue <= until
                        && !agreements.Any(b => b.OrganisationId == a.OrganisationId && b.Kind == a.Kind && b.SignedOn > a.SignedOn))
            .OrderBy(a => a.RenewalDue).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Kind, Organisation = a.Organisation!.Name, a.RenewalDue })
            .ToListAsync(ct);
        var items = rows.Select(a => new DashboardItem(
            $"{a.Organisation}: {AgreementRules.Describe(a.Kind).ToLowerInvariant()}",
            $"/agreements/{a.Id.ToString(CultureInfo.InvariantCulture)}/edit",
            a.RenewalDue < context.Today ? $"Renewal was due {UkDates.Format(a.RenewalDue)}" : $"Renewal due {UkDates.Format(a.RenewalDue)}")).ToList();
        return new DashboardSection("agreements", $"Agreements due for renewal within {Days} days or overdue", items);
    }
}

/// <summary>Directory services not verified within the configured period (see <see cref="Freshness"/>): never checked first, then the oldest.</summary>
public sealed class StaleServicesSource(AppDbContext db, IOptions<DirectoryOptions> options) : IDashboardSource
{
    /// <summary>A long list helps nobody: the first ones are shown, the count says how many there are.</summary>
    public const int Shown = 20;

    public async Task<DashboardSection> LoadAsync(DashboardContext context, CancellationToken ct)
    {
        var staleBefore = Freshness.StaleBefore(context.Today, options.Value);
        var stale = db.Set<Service>().AsNoTracking()
            .Where(s => s.Status != ServiceStatus.Defunct && (s.LastVerifiedOn == null || s.LastVerifiedOn < staleBefore));
        var total = await stale.CountAsync(ct);
        var rows = await stale
            .OrderBy(s => s.LastVerifiedOn != null).ThenBy(s => s.LastVerifiedOn).ThenBy(s => s.Name).ThenBy(s => s.Id)
            .Take(Shown)
            .Select(s => new { s.Id, s.Name, Organisation = s.Organisation!.Name, s.LastVerifiedOn })
            .ToListAsync(ct);
        var items = rows.Select(s => new DashboardItem(
            $"{s.Name} ({s.Organisation})",
            $"/services/{s.Id.ToString(CultureInfo.InvariantCulture)}",
            s.LastVerifiedOn is { } on ? $"Last checked {UkDates.Format(on)}" : "Never checked")).ToList();
        return new DashboardSection("stale-services", "Directory entries not checked recently", items, total);
    }
}
