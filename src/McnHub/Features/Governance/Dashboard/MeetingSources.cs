using System.Globalization;
using McnHub.Features.Account;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Governance.Minutes;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Dashboard;

/// <summary>
/// Whether a meeting looks quorate from who has said they will come. Deliberately simple (a head count against the
/// latest terms of reference's minimum): the one place to swap in the meetings module's full quorum calculation.
/// </summary>
public static class AcceptanceQuorum
{
    /// <summary>No terms of reference: nothing to judge against, so not flagged.</summary>
    public static bool IsQuorate(int acceptedOrPresent, int? minimumMembers) =>
        minimumMembers is not { } minimum || acceptedOrPresent >= minimum;
}

/// <summary>Scheduled meetings in the next 30 days that have no papers yet, or too few acceptances to be quorate.</summary>
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
                HasPapers = m.AgendaItems.Any(i => i.Papers.Any()),
                Accepted = m.Attendance.Count(a => !a.IsGuest && (a.Status == AttendanceStatus.Accepted || a.Status == AttendanceStatus.Present)),
                Minimum = db.Set<TermsOfReference>().Where(t => t.GroupId == m.GroupId)
                    .OrderByDescending(t => t.Number).Select(t => (int?)t.QuorumMinimumMembers).FirstOrDefault(),
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

            if (!AcceptanceQuorum.IsQuorate(m.Accepted, m.Minimum))
            {
                problems.Add($"not quorate: {m.Accepted} of {m.Minimum} members needed have accepted");
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
