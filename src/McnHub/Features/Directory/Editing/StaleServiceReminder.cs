using System.Globalization;
using System.Text;
using McnHub.Features.Directory.Services;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using McnHub.Platform.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Directory.Editing;

/// <summary>
/// Once a day, emails each organisation's leads one message listing their stale services, each with a link to
/// re-verify it; a service is mentioned at most once every <see cref="DirectoryOptions.ReminderEveryDays"/>.
/// Off in the "Testing" environment: tests call <see cref="SendDueRemindersAsync"/> directly.
/// </summary>
public sealed partial class StaleServiceReminder(
    IServiceScopeFactory scopes,
    IEmailSender email,
    IOptionsMonitor<DirectoryOptions> options,
    IOptions<EmailOptions> emailOptions,
    IHostEnvironment environment,
    ILogger<StaleServiceReminder> logger) : BackgroundService
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.CurrentValue.ReminderCheckInterval;
        if (environment.IsEnvironment("Testing") || interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await SendDueRemindersAsync(DateTime.UtcNow, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed run (database or mail server down) must not stop the app; tomorrow's run tries again.
                LogRunFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Sends the reminders due at <paramref name="now"/>; returns the number of emails sent.</summary>
    public async Task<int> SendDueRemindersAsync(DateTime now, CancellationToken ct = default)
    {
        var settings = options.CurrentValue;
        var staleBefore = Freshness.StaleBefore(DateOnly.FromDateTime(now), settings);
        var remindedBefore = now.AddDays(-settings.ReminderEveryDays);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var due = await db.Set<Service>().AsNoTracking()
            .Where(s => s.Status != ServiceStatus.Defunct)
            .Where(s => s.LastVerifiedOn == null || s.LastVerifiedOn < staleBefore)
            .Where(s => s.LastReminderSentAt == null || s.LastReminderSentAt <= remindedBefore)
            .OrderBy(s => s.Name)
            .Select(s => new DueService(s.Id, s.Name, s.OrganisationId, s.Organisation!.Name, s.LastVerifiedOn))
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }

        var organisationIds = due.Select(s => s.OrganisationId).Distinct().ToList();
        var leads = await db.Set<Affiliation>().AsNoTracking()
            .Where(a => a.Role == OrganisationRole.Lead && organisationIds.Contains(a.OrganisationId) && a.Person!.Active)
            .Select(a => new { a.OrganisationId, a.Person!.Email })
            .ToListAsync(ct);
        var network = await db.Set<NetworkSettings>().AsNoTracking().Select(n => n.Name).FirstOrDefaultAsync(ct) ?? "the network";

        var sent = 0;
        foreach (var services in due.GroupBy(s => s.OrganisationId))
        {
            var recipients = leads.Where(l => l.OrganisationId == services.Key).Select(l => l.Email).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (recipients.Count == 0)
            {
                LogNoLead(services.First().OrganisationName);
                continue;
            }

            var list = services.ToList();
            var (subject, body) = Compose(list, network, settings);
            try
            {
                foreach (var to in recipients)
                {
                    await email.SendAsync(to, subject, body, ct: ct);
                    sent++;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Not marked as reminded: the next run tries again.
                LogSendFailed(e, services.First().OrganisationName);
                continue;
            }

            // Set directly: a reminder is not an edit, so it must not bump the version an editor is holding.
            var ids = list.Select(s => s.Id).ToList();
            await db.Set<Service>().Where(s => ids.Contains(s.Id)).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastReminderSentAt, now), ct);
        }

        return sent;
    }

    private (string Subject, string Body) Compose(List<DueService> services, string network, DirectoryOptions settings)
    {
        var organisation = services[0].OrganisationName;
        var baseUrl = emailOptions.Value.PublicBaseUrl.TrimEnd('/');
        var subject = services.Count == 1
            ? $"Please check 1 service in the directory ({organisation})"
            : $"Please check {services.Count} services in the directory ({organisation})";
        var body = new StringBuilder()
            .AppendLine("Hello,")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"The service directory of {network} asks owners to confirm their details at least every {settings.StaleAfterMonths} months, so families and professionals can trust them.")
            .AppendLine(CultureInfo.InvariantCulture, $"These services of {organisation} are due a check:")
            .AppendLine();
        foreach (var s in services)
        {
            var last = s.LastVerifiedOn is DateOnly d ? "last checked " + d.ToString("d MMMM yyyy", British) : "never checked";
            body.AppendLine(CultureInfo.InvariantCulture, $"- {s.Name} ({last})")
                .AppendLine(CultureInfo.InvariantCulture, $"  Check it: {baseUrl}/services/{s.Id}/verify")
                .AppendLine();
        }

        body.AppendLine("If the details are still right, one click on \"Yes, the details are correct\" is all it takes. If anything has changed, edit the service from the same page.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"You are receiving this as a lead of {organisation}.");
        return (subject, body.ToString());
    }

    private sealed record DueService(int Id, string Name, int OrganisationId, string OrganisationName, DateOnly? LastVerifiedOn);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stale service reminders failed")]
    private partial void LogRunFailed(Exception e);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stale services of {Organisation} not reminded: the organisation has no lead")]
    private partial void LogNoLead(string organisation);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stale service reminder to the leads of {Organisation} could not be sent")]
    private partial void LogSendFailed(Exception e, string organisation);
}
