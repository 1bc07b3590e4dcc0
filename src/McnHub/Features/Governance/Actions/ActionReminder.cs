using System.Globalization;
using System.Text;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using McnHub.Platform.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Governance.Actions;

/// <summary>
/// Once a day, emails each owner of open actions due within <see cref="ActionRules.ReminderBeforeDays"/> days or
/// overdue one message listing them; an action is mentioned at most once every <see cref="ActionRules.ReminderEveryDays"/> days.
/// Off in the "Testing" environment: tests call <see cref="SendDueRemindersAsync"/> directly.
/// </summary>
public sealed partial class ActionReminder(
    IServiceScopeFactory scopes,
    IEmailSender email,
    IOptions<EmailOptions> emailOptions,
    IHostEnvironment environment,
    ILogger<ActionReminder> logger) : BackgroundService
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
                // A failed run must not stop the app; tomorrow's run tries again.
                LogRunFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Sends the reminders due at <paramref name="now"/>; returns the number of emails sent.</summary>
    public async Task<int> SendDueRemindersAsync(DateTime now, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(now);
        var dueBy = today.AddDays(ActionRules.ReminderBeforeDays);
        var remindedBefore = now.AddDays(-ActionRules.ReminderEveryDays);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var due = await db.Set<ActionItem>().AsNoTracking()
            .Where(a => a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress)
            .Where(a => a.DueOn <= dueBy && a.Owner!.Active)
            .Where(a => a.LastReminderAt == null || a.LastReminderAt <= remindedBefore)
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .Select(a => new DueAction(a.Id, a.Description, a.DueOn, a.OwnerPersonId, a.Owner!.Email, a.Owner.FullName))
            .ToListAsync(ct);

        var sent = 0;
        foreach (var owned in due.GroupBy(a => a.OwnerPersonId))
        {
            var list = owned.ToList();
            var (subject, body) = Compose(list, today);
            try
            {
                await email.SendAsync(list[0].Email, subject, body, ct: ct);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Not marked as reminded: the next run tries again.
                LogSendFailed(e, list[0].Email);
                continue;
            }

            // Set directly: a reminder is not an edit, so it must not bump the version an editor is holding.
            var ids = list.Select(a => a.Id).ToList();
            await db.Set<ActionItem>().Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(u => u.SetProperty(a => a.LastReminderAt, now), ct);
        }

        return sent;
    }

    private (string Subject, string Body) Compose(List<DueAction> actions, DateOnly today)
    {
        var baseUrl = emailOptions.Value.PublicBaseUrl.TrimEnd('/');
        var overdue = actions.Count(a => a.DueOn < today);
        var subject = actions.Count == 1
            ? (overdue == 1 ? "Your action is overdue" : "Your action is due soon")
            : $"{actions.Count} of your actions are due soon or overdue";
        var body = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Hello {actions[0].Name},")
            .AppendLine()
            .AppendLine("These actions you own are due soon or overdue:")
            .AppendLine();
        foreach (var a in actions)
        {
            var when = a.DueOn < today ? "overdue, was due " : "due ";
            body.AppendLine(CultureInfo.InvariantCulture, $"- {a.Description} ({when}{a.DueOn.ToString("d MMMM yyyy", British)})")
                .AppendLine(CultureInfo.InvariantCulture, $"  Update it: {baseUrl}/governance/actions/{a.Id}")
                .AppendLine();
        }

        body.AppendLine("Add a progress update, or mark the action done, from its page. All your actions are at:")
            .AppendLine(CultureInfo.InvariantCulture, $"{baseUrl}/governance/actions/mine");
        return (subject, body.ToString());
    }

    private sealed record DueAction(int Id, string Description, DateOnly DueOn, int OwnerPersonId, string Email, string Name);

    [LoggerMessage(Level = LogLevel.Error, Message = "Action reminders failed")]
    private partial void LogRunFailed(Exception e);

    [LoggerMessage(Level = LogLevel.Error, Message = "Action reminder to {Email} could not be sent")]
    private partial void LogSendFailed(Exception e, string email);
}
