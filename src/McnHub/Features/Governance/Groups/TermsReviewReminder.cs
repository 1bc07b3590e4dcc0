using System.Globalization;
using System.Text;
using McnHub.Features.Governance.Decisions;
using McnHub.Platform.Accounts;
using McnHub.Platform.Data;
using McnHub.Platform.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Governance.Groups;

/// <summary>
/// Once a day, emails the co-ordinator the active groups whose current terms of reference are due for review within
/// <see cref="DueWithinDays"/> days (or past their review date); a group is mentioned at most once every
/// <see cref="DecisionRules.ReminderEveryDays"/> days. Off in the "Testing" environment (tests call it directly).
/// </summary>
public sealed partial class TermsReviewReminder(
    IServiceScopeFactory scopes,
    IEmailSender email,
    IOptions<EmailOptions> emailOptions,
    IHostEnvironment environment,
    ILogger<TermsReviewReminder> logger) : BackgroundService
{
    /// <summary>The same window as the dashboard's "terms of reference due for review".</summary>
    public const int DueWithinDays = Dashboard.TermsOfReferenceDueForReviewSource.Days;

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
        var until = today.AddDays(DueWithinDays);
        var remindedBefore = now.AddDays(-DecisionRules.ReminderEveryDays);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var current = await db.Set<Group>().AsNoTracking().Where(g => g.Active)
            .Select(g => new { g.Id, g.Name, Terms = g.TermsOfReference.OrderByDescending(t => t.Number).Select(t => new { t.Id, t.Number, t.ReviewDate, t.LastReviewReminderAt }).FirstOrDefault() })
            .ToListAsync(ct);
        var due = current
            .Where(g => g.Terms is { } t && t.ReviewDate <= until && (t.LastReviewReminderAt == null || t.LastReviewReminderAt <= remindedBefore))
            .OrderBy(g => g.Terms!.ReviewDate).ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
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
        var subject = due.Count == 1 ? "1 group's terms of reference are due for review" : $"{due.Count} groups' terms of reference are due for review";
        var body = new StringBuilder().AppendLine("Hello,").AppendLine().AppendLine("These groups' terms of reference are due for review:").AppendLine();
        foreach (var g in due)
        {
            var when = g.Terms!.ReviewDate < today ? "review was due " : "review due ";
            body.AppendLine(CultureInfo.InvariantCulture, $"- {g.Name} (version {g.Terms.Number}; {when}{g.Terms.ReviewDate.ToString("d MMMM yyyy", British)})")
                .AppendLine(CultureInfo.InvariantCulture, $"  {baseUrl}/governance/groups/{g.Id}/terms/new")
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

        var ids = due.Select(g => g.Terms!.Id).ToList();
        await db.Set<TermsOfReference>().Where(t => ids.Contains(t.Id)).ExecuteUpdateAsync(u => u.SetProperty(t => t.LastReviewReminderAt, now), ct);
        return sent;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Terms of reference review reminders failed")]
    private partial void LogRunFailed(Exception e);

    [LoggerMessage(Level = LogLevel.Error, Message = "Terms of reference review reminder could not be sent")]
    private partial void LogSendFailed(Exception e);
}
