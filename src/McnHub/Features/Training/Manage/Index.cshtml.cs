using McnHub.Features.Training.Bookings;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Manage;

public sealed record ManagedCourse(int Id, string Title, CourseLevel Level, TrainingFormat Format, decimal CpdHours, bool Active, int UpcomingSessions);

public sealed record ManagedSession(int Id, string Title, int CourseId, string When, TrainingFormat Format, SessionStatus Status, int Capacity, int Taken, int Waiting);

/// <summary>The education lead's starting point: every course and the sessions still to run, with links to change them.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public List<ManagedCourse> Courses { get; private set; } = [];

    public List<ManagedSession> Upcoming { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Courses = await db.Set<Course>().AsNoTracking().OrderByDescending(c => c.Active).ThenBy(c => c.Title)
            .Select(c => new ManagedCourse(c.Id, c.Title, c.Level, c.Format, c.CpdHours, c.Active, c.Sessions.Count(s => s.StartsAt > now && s.Status != SessionStatus.Cancelled)))
            .ToListAsync(ct);
        var sessions = await db.Set<TrainingSession>().AsNoTracking().Where(s => s.EndsAt > now).Include(s => s.Course)
            .Select(s => new
            {
                Session = s,
                Taken = s.Bookings.Count(b => b.Status == BookingStatus.Booked || b.Status == BookingStatus.Offered),
                Waiting = s.Bookings.Count(b => b.Status == BookingStatus.WaitListed),
            })
            .ToListAsync(ct);
        Upcoming = sessions.OrderBy(x => x.Session.StartsAt)
            .Select(x => new ManagedSession(x.Session.Id, x.Session.DisplayTitle, x.Session.CourseId, TrainingText.When(x.Session), x.Session.Format, x.Session.Status, x.Session.Capacity, x.Taken, x.Waiting))
            .ToList();
    }
}
