using System.Globalization;
using McnHub.Features.Account;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Governance.Minutes;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Dashboard;

/// <summary>Scheduled meetings in the next 30 days that have no papers yet, or whose acceptances do not meet the quorum rule.</summary>
public sealed class UpcomingMeetingsSource(AppDbContext db) : IDashboardSource
{
    public const int Days = 30;

    public async Task<DashboardSection> LoadAsync(DashboardContext context, CancellationToken ct)
    {
        var from = context.UtcNow;
        var until = from.AddDays(Days);
        var meetings = await db.Set<Meeting>().AsNoTracking()
            .Where(m => m.Status == MeetingStatus.Scheduled && m.StartsAt >= from && m.StartsAt < until)
            .OrderBy(m => m.StartsAt).ThenBy(m => m.Id)
            .Select(m => new
            {
                m.Id,
                m.Title,
                m.StartsAt,
                Group = m.Group!.Name,
                m.GroupId,
                HasPapers = m.AgendaItems.Any(i => i.Papers.Any()),
            })
            .ToListAsync(ct);

        var items = new List<DashboardItem>();
        foreach (var m in meetings)
        {
            var problems = new List<string>();
            if (!m.HasPapers)
            {
                problems.Add("no papers yet");
            }

            // No terms of reference: nothing to judge against, so not flagged.
            var quorum = await MeetingQuorum.CalculateAsync(db, m.Id, m.GroupId, m.StartsAt, QuorumBasis.Acceptances, ct);
            if (quorum is { Quorate: false })
            {
                problems.Add($"not quorate by acceptances: {string.Join("; ", quorum.Reasons)}");
            }

            if (problems.Count > 0)
            {
                items.Add(new DashboardItem(
                    $"{m.Group}: {m.Title}",
                    $"/governance/meetings/{m.Id.ToString(CultureInfo.InvariantCulture)}",
                    $"{UkTime.TimeAndDate(m.StartsAt)} · {string.Join("; ", problems)}"));
            }
        }

        return new DashboardSection("meetings", $"Meetings in the next {Days} days without papers or not quorate", items);
    }
}

/// <summary>Minutes circulated for comment and not yet approved.</summary>
public sealed class MinutesAwaitingApprovalSource(AppDbContext db) : IDashboardSource
{
    public async Task<DashboardSection> LoadAsync(DashboardContext context, CancellationToken ct)
    {
        var rows = await db.Set<MeetingMinutes>().AsNoTracking()
            .Where(m => m.Status == MinutesStatus.Circulated)
            .OrderBy(m => m.Meeting!.StartsAt).ThenBy(m => m.Id)
            .Select(m => new { m.MeetingId, m.Meeting!.Title, Group = m.Meeting.Group!.Name, m.Meeting.StartsAt, m.CirculatedAt })
            .ToListAsync(ct);
        var items = rows.Select(r => new DashboardItem(
            $"{r.Group}: {r.Title} ({UkTime.Date(r.StartsAt)})",
            $"/governance/meetings/{r.MeetingId.ToString(CultureInfo.InvariantCulture)}/minutes",
            r.CirculatedAt is { } at ? $"Circulated {UkTime.Date(at)}" : null)).ToList();
        return new DashboardSection("minutes", "Minutes awaiting approval", items);
    }
}

/// <summary>
/// Meetings held more than <see cref="MeetingProgress.MinutesDueWithinDays"/> days ago whose minutes are missing or
/// still a draft, the longest overdue first (the rule is <see cref="MeetingProgress"/>'s, so pages and dashboard agree).
/// </summary>
public sealed class MinutesOverdueSource(AppDbContext db) : IDashboardSource
{
    public async Task<DashboardSection> LoadAsync(DashboardContext context, CancellationToken ct)
    {
        var rows = await MeetingProgress.WithMinutesOverdue(db, context.UtcNow).AsNoTracking()
            .OrderBy(m => m.EndsAt).ThenBy(m => m.Id)
            .Select(m => new
            {
                m.Id,
                m.Title,
                Group = m.Group!.Name,
                m.StartsAt,
                Drafted = db.Set<MeetingMinutes>().Any(n => n.MeetingId == m.Id),
            })
            .ToListAsync(ct);
        var items = rows.Select(r => new DashboardItem(
            $"{r.Group}: {r.Title} ({UkTime.Date(r.StartsAt)})",
            $"/governance/meetings/{r.Id.ToString(CultureInfo.InvariantCulture)}/minutes",
            r.Drafted ? "Minutes drafted but not circulated" : "No minutes yet")).ToList();
        return new DashboardSection("minutes-overdue", $"Minutes overdue (not circulated within {MeetingProgress.MinutesDueWithinDays} days of the meeting)", items);
    }
}
