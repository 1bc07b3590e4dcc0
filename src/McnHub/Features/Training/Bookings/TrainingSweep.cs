using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Training.Bookings;

/// <summary>
/// Every few minutes (<see cref="TrainingOptions.SweepMinutes"/>): passes expired waiting-list offers on and sends
/// session reminders. Off in the "Testing" environment: tests call <see cref="RunAsync"/> directly. Pages also sweep
/// the session they show, so nobody waits for the timer.
/// </summary>
public sealed partial class TrainingSweep(
    IServiceScopeFactory scopes,
    IOptions<TrainingOptions> options,
    IHostEnvironment environment,
    ILogger<TrainingSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (environment.IsEnvironment("Testing"))
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.SweepMinutes));
        do
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed run must not stop the app; the next tick tries again.
                LogRunFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass; returns (sessions swept, reminders sent).</summary>
    public async Task<(int Swept, int Reminded)> RunAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var bookings = services.GetRequiredService<BookingService>();

        var due = await db.Set<TrainingSession>().AsNoTracking()
            .Where(s => s.Status == SessionStatus.Open && s.StartsAt > now)
            .Where(s => s.Bookings.Any(b => b.Status == BookingStatus.Offered && b.OfferExpiresAt <= now)
                || (s.Bookings.Any(b => b.Status == BookingStatus.WaitListed)
                    && s.Bookings.Count(b => b.Status == BookingStatus.Booked || b.Status == BookingStatus.Offered) < s.Capacity))
            .Select(s => s.Id).ToListAsync(ct);
        foreach (var id in due)
        {
            await bookings.SweepAsync(id, ct);
        }

        // Offers that lapsed on sessions now past their deadline: mark them, nothing more to offer.
        await db.Set<Booking>().Where(b => b.Status == BookingStatus.Offered && b.OfferExpiresAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.OfferExpired).SetProperty(b => b.OfferCode, (string?)null), ct);

        var reminded = await SendRemindersAsync(db, services.GetRequiredService<TrainingMail>(), now, ct);
        return (due.Count, reminded);
    }

    private async Task<int> SendRemindersAsync(AppDbContext db, TrainingMail mail, DateTime now, CancellationToken ct)
    {
        var horizon = now.AddHours(options.Value.ReminderHoursBefore);
        var due = await db.Set<Booking>()
            .Include(b => b.Session!).ThenInclude(s => s.Course)
            .Where(b => b.Status == BookingStatus.Booked && b.ReminderSentAt == null)
            .Where(b => b.Session!.Status != SessionStatus.Cancelled && b.Session.StartsAt > now && b.Session.StartsAt <= horizon)
            .ToListAsync(ct);
        var ids = due.Select(b => b.PersonId).Distinct().ToList();
        var people = await db.Set<Person>().AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        foreach (var b in due)
        {
            await mail.SendAsync([mail.Reminder(b.Session!, people[b.PersonId].Email, people[b.PersonId].FullName)], ct);
            b.ReminderSentAt = now;
        }

        await db.SaveChangesAsync(ct);
        return due.Count;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Training sweep failed")]
    private partial void LogRunFailed(Exception e);
}
