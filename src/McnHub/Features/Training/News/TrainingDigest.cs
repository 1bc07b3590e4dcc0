using System.Globalization;
using System.Text;
using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;
using McnHub.Features.Training.Outcomes;
using McnHub.Platform.Data;
using McnHub.Platform.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Training.News;

/// <summary>
/// The weekly emailed digest: news published in the last week and sessions in the next four weeks, to every active
/// person. One per week (Monday to Sunday): the <see cref="DigestRun"/> is written first, and its unique index on the
/// period stops a second sending even when the job and the "send now" button race. Sent by a daily check that acts
/// on Mondays (off in the "Testing" environment) or by the education lead's button.
/// </summary>
public sealed partial class TrainingDigest(
    IServiceScopeFactory scopes,
    IEmailSender email,
    IOptions<EmailOptions> emailOptions,
    IHostEnvironment environment,
    ILogger<TrainingDigest> logger) : BackgroundService
{
    public const int UpcomingDays = 28;

    /// <summary>Monday to Sunday of the week containing <paramref name="today"/>.</summary>
    public static (DateOnly From, DateOnly To) Week(DateOnly today)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return (monday, monday.AddDays(6));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (environment.IsEnvironment("Testing"))
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromHours(6));
        do
        {
            try
            {
                if (DateTime.UtcNow.DayOfWeek == DayOfWeek.Monday)
                {
                    await SendAsync(DateTime.UtcNow, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRunFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Sends this week's digest; returns the number of recipients, or null when this week's was already sent.</summary>
    public async Task<int?> SendAsync(DateTime now, CancellationToken ct = default)
    {
        var (from, to) = Week(DateOnly.FromDateTime(now));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Set<DigestRun>().AnyAsync(r => r.PeriodFrom == from && r.PeriodTo == to, ct))
        {
            return null;
        }

        var recipients = await db.Set<Person>().AsNoTracking().Where(p => p.Active && p.Email != "").OrderBy(p => p.Id).Select(p => p.Email).ToListAsync(ct);
        var run = new DigestRun { SentAt = now, PeriodFrom = from, PeriodTo = to, Recipients = recipients.Count };
        db.Add(run);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return null;
        }

        var body = await ComposeAsync(db, now, ct);
        var subject = $"Network digest: week of {from.ToString("d MMMM yyyy", OutcomeText.British)}";
        foreach (var to1 in recipients)
        {
            try
            {
                await email.SendAsync(to1, subject, body, ct: ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSendFailed(e, to1);
            }
        }

        return recipients.Count;
    }

    public async Task<string> ComposeAsync(AppDbContext db, DateTime now, CancellationToken ct)
    {
        var baseUrl = emailOptions.Value.PublicBaseUrl.TrimEnd('/');
        var since = now.AddDays(-7);
        var until = now.AddDays(UpcomingDays);
        var news = await db.Set<NewsPost>().AsNoTracking().Where(p => p.PublishedAt != null && p.PublishedAt >= since && p.PublishedAt <= now)
            .OrderByDescending(p => p.PublishedAt).ToListAsync(ct);
        var sessions = await db.Set<TrainingSession>().AsNoTracking().Include(s => s.Course)
            .Where(s => s.Status == SessionStatus.Open && s.StartsAt > now && s.StartsAt <= until)
            .OrderBy(s => s.StartsAt).ToListAsync(ct);
        var text = new StringBuilder().AppendLine("Hello,").AppendLine();
        text.AppendLine("NEWS").AppendLine();
        if (news.Count == 0)
        {
            text.AppendLine("No news this week.").AppendLine();
        }

        foreach (var post in news)
        {
            text.AppendLine(post.Title).AppendLine(NewsMarkdown.ToText(post.Body)).AppendLine();
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"UPCOMING SESSIONS (next {UpcomingDays / 7} weeks)").AppendLine();
        if (sessions.Count == 0)
        {
            text.AppendLine("No sessions in the next four weeks.").AppendLine();
        }

        foreach (var s in sessions)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {s.DisplayTitle}: {OutcomeText.Date(s.StartsAt)}, {OutcomeText.Format(s.Format).ToLowerInvariant()}")
                .AppendLine(CultureInfo.InvariantCulture, $"  {baseUrl}/training/sessions/{s.Id}");
        }

        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"All news: {baseUrl}/training/news");
        return text.ToString();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The training digest failed")]
    private partial void LogRunFailed(Exception e);

    [LoggerMessage(Level = LogLevel.Error, Message = "The training digest to {Email} could not be sent")]
    private partial void LogSendFailed(Exception e, string email);
}
