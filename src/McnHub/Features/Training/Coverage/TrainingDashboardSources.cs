using System.Globalization;
using McnHub.Features.Governance.Dashboard;
using McnHub.Features.Training.Model;
using McnHub.Features.Training.Outcomes;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Coverage;

/// <summary>Member organisations with nobody trained in the last 12 months.</summary>
public sealed class NobodyTrainedSource(AppDbContext db) : IDashboardSource
{
    public async Task<DashboardSection> LoadAsync(DashboardContext context, CancellationToken ct)
    {
        var coverage = await CoverageAnalysis.LoadAsync(db, context.UtcNow.AddMonths(-12), context.UtcNow, ct);
        var items = coverage.NobodyTrained.Select(o => new DashboardItem(o.Name, $"/organisations/{o.Id.ToString(CultureInfo.InvariantCulture)}", OutcomeText.OrganisationType(o.Type))).ToList();
        return new DashboardSection("training-nobody-trained", "Member organisations with nobody trained in 12 months", items.Take(10).ToList(), items.Count, "/training/coverage");
    }
}

/// <summary>Open sessions in the next 30 days with fewer than half their places taken.</summary>
public sealed class UnderBookedSessionsSource(AppDbContext db) : IDashboardSource
{
    public const int Days = 30;

    public async Task<DashboardSection> LoadAsync(DashboardContext context, CancellationToken ct)
    {
        var until = context.UtcNow.AddDays(Days);
        var sessions = await db.Set<TrainingSession>().AsNoTracking()
            .Where(s => s.Status == SessionStatus.Open && s.StartsAt > context.UtcNow && s.StartsAt <= until && s.Capacity > 0)
            .Select(s => new { s.Id, s.Title, Course = s.Course!.Title, s.StartsAt, s.Capacity, Taken = s.Bookings.Count(b => b.Status == BookingStatus.Booked || b.Status == BookingStatus.Offered) })
            .ToListAsync(ct);
        var items = sessions.Where(s => s.Taken * 2 < s.Capacity).OrderBy(s => s.StartsAt)
            .Select(s => new DashboardItem(s.Title ?? s.Course, $"/training/sessions/{s.Id.ToString(CultureInfo.InvariantCulture)}", $"{OutcomeText.Date(s.StartsAt)} · {s.Taken} of {s.Capacity} places taken"))
            .ToList();
        return new DashboardSection("training-under-booked", $"Sessions under half booked in the next {Days} days", items);
    }
}
