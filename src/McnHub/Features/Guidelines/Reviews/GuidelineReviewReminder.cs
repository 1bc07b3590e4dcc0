using System.Globalization;
using System.Text;
using McnHub.Features.Guidelines.Documents;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using McnHub.Platform.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Guidelines.Reviews;

/// <summary>
/// Once a day, emails each owner their approved documents due for review within <see cref="ReviewQueries.DueWithinDays"/>
/// days (or overdue), as the decision review reminders do; a document is mentioned at most once every
/// <see cref="ReminderEveryDays"/> days. Off in the "Testing" environment (tests call <see cref="SendDueRemindersAsync"/>).
/// </summary>
public sealed partial class GuidelineReviewReminder(
    IServiceScopeFactory scopes,
    IEmailSender email,
    IOptions<EmailOptions> emailOptions,
    IHostEnvironment environment,
    ILogger<GuidelineReviewReminder> logger) : BackgroundService
{
    public const int ReminderEveryDays = 14;

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
                LogRunFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Sends the reminders due at <paramref name="now"/>; returns the number of emails sent (one per owner).</summary>
    public async Task<int> SendDueRemindersAsync(DateTime now, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(now);
        var remindedBefore = now.AddDays(-ReminderEveryDays);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var dueIds = await db.Set<GuidelineDocument>().AsNoTracking()
            .Where(d => d.LastReviewReminderAt == null || d.LastReviewReminderAt <= remindedBefore)
            .Select(d => d.Id).ToListAsync(ct);
        var due = (await ReviewQueries.DueAsync(db, today.AddDays(ReviewQueries.DueWithinDays), ct)).Where(d => dueIds.Contains(d.Id)).ToList();
        var baseUrl = emailOptions.Value.PublicBaseUrl.TrimEnd('/');
        var sent = 0;
        var reminded = new List<int>();
        foreach (var owner in due.Where(d => !string.IsNullOrWhiteSpace(d.OwnerEmail)).GroupBy(d => d.OwnerEmail, StringComparer.OrdinalIgnoreCase))
        {
            var list = owner.ToList();
            var subject = list.Count == 1 ? $"Guideline due for review: {list[0].Title}" : $"{list.Count} guidelines you own are due for review";
            var body = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"Hello {list[0].OwnerName},").AppendLine()
                .AppendLine("These network documents you own are due for review:").AppendLine();
            foreach (var d in list)
            {
                var when = d.ReviewDate < today ? "review was due " : "review due ";
                body.AppendLine(CultureInfo.InvariantCulture, $"- {d.Title} ({when}{UkDates.Format(d.ReviewDate)})")
                    .AppendLine(CultureInfo.InvariantCulture, $"  {baseUrl}/guidelines/{d.Id}/review")
                    .AppendLine();
            }

            body.AppendLine("If it still stands, record that it was reviewed without change and set the next date; otherwise start a new version.");
            try
            {
                await email.SendAsync(owner.Key, subject, body.ToString(), ct: ct);
                sent++;
                reminded.AddRange(list.Select(d => d.Id));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSendFailed(e);
            }
        }

        // Set directly: a reminder is not an edit, so it must not bump the version an editor is holding.
        if (reminded.Count > 0)
        {
            await db.Set<GuidelineDocument>().Where(d => reminded.Contains(d.Id)).ExecuteUpdateAsync(u => u.SetProperty(d => d.LastReviewReminderAt, now), ct);
        }

        return sent;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Guideline review reminders failed")]
    private partial void LogRunFailed(Exception e);

    [LoggerMessage(Level = LogLevel.Error, Message = "Guideline review reminder could not be sent")]
    private partial void LogSendFailed(Exception e);
}
