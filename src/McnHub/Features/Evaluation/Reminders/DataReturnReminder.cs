using System.Globalization;
using System.Text;
using McnHub.Features.Account;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using McnHub.Platform.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Evaluation;

/// <summary>
/// Once a day (like the governance action reminders), emails an organisation's data submitters about each return
/// not yet submitted: <see cref="DaysBefore"/> days before it is due, the day after, and <see cref="DaysAfterAgain"/>
/// days after. What is sent is recorded per day (<see cref="ReminderSent"/>): a second run the same day (a restart,
/// a second instance) sends only what the first did not. Off in the "Testing" environment: tests call <see cref="SendDueRemindersAsync"/> directly.
/// </summary>
public sealed partial class DataReturnReminder(
    IServiceScopeFactory scopes,
    IEmailSender email,
    IOptions<EmailOptions> emailOptions,
    IHostEnvironment environment,
    ILogger<DataReturnReminder> logger) : BackgroundService
{
    public const int DaysBefore = 7;
    public const int DaysAfterAgain = 14;

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

    /// <summary>Sends the reminders due on the UK day of <paramref name="now"/>; returns the number of emails sent.</summary>
    public async Task<int> SendDueRemindersAsync(DateTime now, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(UkTime.FromUtc(now));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        // The current period and the five before it cover every reminder day of any period type.
        var expected = await CompletenessQuery.LoadAsync(db, today.AddMonths(1), 6, null, ct);
        var due = expected
            .Where(e => !e.Submitted && (today == e.Due.AddDays(-DaysBefore) || today == e.Due.AddDays(1) || today == e.Due.AddDays(DaysAfterAgain)))
            .ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        var organisations = due.Select(d => d.OrganisationId).Distinct().ToList();
        var submitters = await db.Set<Affiliation>().AsNoTracking()
            .Where(a => organisations.Contains(a.OrganisationId) && a.Role == OrganisationRole.DataSubmitter && a.Person!.Active)
            .Select(a => new { a.OrganisationId, a.Person!.Email, a.Person.FullName })
            .ToListAsync(ct);

        var already = (await db.Set<ReminderSent>().AsNoTracking().Where(s => s.SentOn == today)
                .Select(s => new { s.DatasetId, s.OrganisationId, s.Period, s.Email }).ToListAsync(ct))
            .Select(s => (s.DatasetId, s.OrganisationId, s.Period, Email: s.Email.ToUpperInvariant()))
            .ToHashSet();

        var sent = 0;
        foreach (var person in submitters.GroupBy(s => (s.Email, s.FullName)))
        {
            var theirs = due
                .Where(d => person.Any(p => p.OrganisationId == d.OrganisationId)
                    && !already.Contains((d.DatasetId, d.OrganisationId, d.Period, person.Key.Email.ToUpperInvariant())))
                .OrderBy(d => d.Due).ToList();
            if (theirs.Count == 0)
            {
                continue;
            }

            var (subject, body) = Compose(person.Key.FullName, theirs, today);
            try
            {
                await email.SendAsync(person.Key.Email, subject, body, ct: ct);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSendFailed(e, person.Key.Email);
                continue;
            }

            // Recorded per person as soon as sent, so a crash later in the run cannot cause a repeat.
            db.AddRange(theirs.Select(d => new ReminderSent
            {
                DatasetId = d.DatasetId, OrganisationId = d.OrganisationId, Period = d.Period, SentOn = today,
                Email = person.Key.Email, SentAt = now,
            }));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e))
            {
                // Another instance recorded the same reminder in the same moment: it is recorded either way.
                db.ChangeTracker.Clear();
            }
        }

        return sent;
    }

    private (string Subject, string Body) Compose(string name, List<ExpectedReturn> returns, DateOnly today)
    {
        var baseUrl = emailOptions.Value.PublicBaseUrl.TrimEnd('/');
        var overdue = returns.Count(r => r.Due < today);
        var subject = overdue > 0
            ? (returns.Count == 1 ? "A data return is overdue" : $"{returns.Count} data returns are due or overdue")
            : (returns.Count == 1 ? "A data return is due soon" : $"{returns.Count} data returns are due soon");
        var body = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Hello {name},")
            .AppendLine()
            .AppendLine("These data returns have not been submitted yet:")
            .AppendLine();
        foreach (var r in returns)
        {
            var when = r.Due < today ? "overdue, was due " : "due ";
            body.AppendLine(CultureInfo.InvariantCulture, $"- {r.Organisation}: {r.Dataset}, {r.Period.Name} ({when}{r.Due.ToString("d MMMM yyyy", British)})")
                .AppendLine(CultureInfo.InvariantCulture, $"  Enter it: {baseUrl}{r.Url}")
                .AppendLine();
        }

        body.AppendLine("All your organisation's returns are at:")
            .AppendLine(CultureInfo.InvariantCulture, $"{baseUrl}/data/returns");
        return (subject, body.ToString());
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Data return reminders failed")]
    private partial void LogRunFailed(Exception e);

    [LoggerMessage(Level = LogLevel.Error, Message = "Data return reminder to {Email} could not be sent")]
    private partial void LogSendFailed(Exception e, string email);
}
