using System.Globalization;
using System.Text;
using McnHub.Platform.Accounts;
using McnHub.Platform.Data;
using McnHub.Platform.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Governance.Decisions;

/// <summary>
/// Once a day, emails the co-ordinator the active decisions due for review within
/// <see cref="DecisionRules.ReviewDueWithinDays"/> days (or past their review date); a decision is mentioned at most
/// once every <see cref="DecisionRules.ReminderEveryDays"/> days. Off in the "Testing" environment.
/// </summary>
public sealed partial class DecisionReviewReminder(
    IServiceScopeFactory scopes,
    IEmailSender email,
    IOptions<EmailOptions> emailOptions,
    IHostEnvironment environment,
    ILogger<DecisionReviewReminder> logger) : BackgroundService
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

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

    /// <summary>Sends the reminders due at <paramref name="now"/>; returns the number of emails sent.</summary>
    public async Task<int> SendDueRemindersAsync(DateTime now, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(now);
        var until = today.AddDays(DecisionRules.ReviewDueWithinDays);
        var remindedBefore = now.AddDays(-DecisionRules.ReminderEveryDays);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var due = await db.Set<Decision>().AsNoTracking()
            .Where(d => d.Status == DecisionStatus.Active && d.ReviewDate != null && d.ReviewDate <= until)
            .Where(d => d.LastReviewReminderAt == null || d.LastReviewReminderAt <= remindedBefore)
            .OrderBy(d => d.ReviewDate).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.Statement, ReviewDate = d.ReviewDate!.Value, Group = d.Group!.Name })
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var coordinators = (await users.GetUsersInRoleAsync(Roles.Coordinator)).Where(u => u.Email is not null).Select(u => u.Email!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (coordinators.Count == 0)
        {
            return 0;
        }

        var baseUrl = emailOptions.Value.PublicBaseUrl.TrimEnd('/');
        var subject = due.Count == 1 ? "1 decision is due for review" : $"{due.Count} decisions are due for review";
        var body = new StringBuilder().AppendLine("Hello,").AppendLine().AppendLine("These decisions are due for review:").AppendLine();
        foreach (var d in due)
        {
            var when = d.ReviewDate < today ? "review was due " : "review due ";
            body.AppendLine(CultureInfo.InvariantCulture, $"- {d.Statement} ({d.Group}; {when}{d.ReviewDate.ToString("d MMMM yyyy", British)})")
                .AppendLine(CultureInfo.InvariantCulture, $"  {baseUrl}/governance/decisions/{d.Id}")
                .AppendLine();
        }

        var sent = 0;
        try
        {
            foreach (var to in coordinators)
            {
                await email.SendAsync(to, subject, body.ToString(), ct: ct);
                sent++;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogSendFailed(e);
            return sent;
        }

        // Set directly: a reminder is not an edit, so it must not bump the version an editor is holding.
        var ids = due.Select(d => d.Id).ToList();
        await db.Set<Decision>().Where(d => ids.Contains(d.Id)).ExecuteUpdateAsync(u => u.SetProperty(d => d.LastReviewReminderAt, now), ct);
        return sent;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Decision review reminders failed")]
    private partial void LogRunFailed(Exception e);

    [LoggerMessage(Level = LogLevel.Error, Message = "Decision review reminder could not be sent")]
    private partial void LogSendFailed(Exception e);
}
