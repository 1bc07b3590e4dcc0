using System.Globalization;
using System.Text;
using McnHub.Features.Training.Model;
using McnHub.Features.Training.Outcomes;
using McnHub.Platform.Data;
using McnHub.Platform.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Training.Feedback;

/// <summary>
/// Once a day, emails each attendee who has not given feedback a day or more after their session ended (and within
/// <see cref="WithinDays"/> days of it) one reminder with a link that works without signing in; never twice for a
/// booking. Off in the "Testing" environment: tests call <see cref="SendDueRemindersAsync"/> directly.
/// </summary>
public sealed partial class FeedbackReminder(
    IServiceScopeFactory scopes,
    IEmailSender email,
    IOptions<EmailOptions> emailOptions,
    FeedbackLinks links,
    IHostEnvironment environment,
    ILogger<FeedbackReminder> logger) : BackgroundService
{
    public const int WithinDays = 30;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (environment.IsEnvironment("Testing"))
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromDays(1));
        do
        {
            try
            {
                await SendDueRemindersAsync(DateTime.UtcNow, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed run must not stop the app; tomorrow's run tries again.
                LogRunFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Sends the reminders due at <paramref name="now"/>; returns the number of emails sent.</summary>
    public async Task<int> SendDueRemindersAsync(DateTime now, CancellationToken ct = default)
    {
        var endedBefore = now.AddDays(-1);
        var endedAfter = now.AddDays(-WithinDays);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var due = await db.Set<Booking>().AsNoTracking()
            .Where(b => b.Status == BookingStatus.Booked && b.Attendance == AttendanceOutcome.Attended && b.Feedback == null && b.FeedbackReminderSentAt == null)
            .Where(b => b.Session!.EndsAt <= endedBefore && b.Session.EndsAt >= endedAfter && b.Person!.Active)
            .OrderBy(b => b.Id)
            .Select(b => new { b.Id, b.Person!.Email, b.Person.FullName, Title = b.Session!.Title ?? b.Session.Course!.Title, b.Session.StartsAt })
            .ToListAsync(ct);

        var baseUrl = emailOptions.Value.PublicBaseUrl.TrimEnd('/');
        var sent = 0;
        foreach (var b in due)
        {
            var body = new StringBuilder()
                .AppendLine(CultureInfo.InvariantCulture, $"Hello {b.FullName},")
                .AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"Thank you for coming to {b.Title} on {OutcomeText.Date(b.StartsAt)}.")
                .AppendLine("Please tell us how it went: it takes about two minutes, and it shapes the network's training.")
                .AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"{baseUrl}/training/feedback/link/{Uri.EscapeDataString(links.Token(b.Id))}")
                .AppendLine()
                .AppendLine("This is the only reminder we will send.");
            try
            {
                await email.SendAsync(b.Email, $"Your feedback on {b.Title}", body.ToString(), ct: ct);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSendFailed(e, b.Email);
                continue;
            }

            // Set directly: a reminder is not an edit of the booking, so it must not bump its version.
            await db.Set<Booking>().Where(x => x.Id == b.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.FeedbackReminderSentAt, now), ct);
        }

        return sent;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Feedback reminders failed")]
    private partial void LogRunFailed(Exception e);

    [LoggerMessage(Level = LogLevel.Error, Message = "Feedback reminder to {Email} could not be sent")]
    private partial void LogSendFailed(Exception e, string email);
}
