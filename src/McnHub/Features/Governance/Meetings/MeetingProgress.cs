using McnHub.Features.Governance.Minutes;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Meetings;

/// <summary>Where a meeting stands, as people see it: coming up, held and waiting for its minutes, or its minutes' stage.</summary>
public enum MeetingStage
{
    Scheduled,
    MinutesDue,
    MinutesDraft,
    MinutesCirculated,
    MinutesApproved,
    Cancelled,
}

/// <summary>
/// A meeting's stage, derived from its date, whether it was cancelled and its minutes, so it never goes stale the
/// way a stored "Scheduled" does once the date has passed. Every page, the API and the dashboard use this one rule.
/// </summary>
public sealed record MeetingProgress(MeetingStage Stage, bool MinutesOverdue)
{
    /// <summary>Minutes are overdue when they have not been circulated this many days after the meeting ended.</summary>
    public const int MinutesDueWithinDays = 14;

    /// <summary>
    /// A meeting is held once it has ended (or someone has marked it held, or its minutes have gone out); until then a
    /// draft written ahead does not make it held. Minutes stop being due once they are circulated.
    /// </summary>
    public static MeetingProgress Of(MeetingStatus status, DateTime endsAt, MinutesStatus? minutes, DateTime utcNow)
    {
        if (status == MeetingStatus.Cancelled)
        {
            return new(MeetingStage.Cancelled, false);
        }

        var held = status == MeetingStatus.Held || endsAt < utcNow || minutes is MinutesStatus.Circulated or MinutesStatus.Approved;
        if (!held)
        {
            return new(MeetingStage.Scheduled, false);
        }

        var stage = minutes switch
        {
            MinutesStatus.Approved => MeetingStage.MinutesApproved,
            MinutesStatus.Circulated => MeetingStage.MinutesCirculated,
            MinutesStatus.Draft => MeetingStage.MinutesDraft,
            _ => MeetingStage.MinutesDue,
        };
        var overdue = (stage is MeetingStage.MinutesDue or MeetingStage.MinutesDraft) && endsAt < OverdueBefore(utcNow);
        return new(stage, overdue);
    }

    public static MeetingProgress Of(Meeting meeting, MinutesStatus? minutes, DateTime utcNow) =>
        Of(meeting.Status, meeting.EndsAt, minutes, utcNow);

    /// <summary>Meetings that ended before this instant and whose minutes are not circulated are overdue.</summary>
    public static DateTime OverdueBefore(DateTime utcNow) => utcNow.AddDays(-MinutesDueWithinDays);

    /// <summary>The same rule as <see cref="Of(MeetingStatus, DateTime, MinutesStatus?, DateTime)"/>'s overdue flag, as a query.</summary>
    public static IQueryable<Meeting> WithMinutesOverdue(AppDbContext db, DateTime utcNow)
    {
        var before = OverdueBefore(utcNow);
        return db.Set<Meeting>().Where(m => m.Status != MeetingStatus.Cancelled && m.EndsAt < before
            && !db.Set<MeetingMinutes>().Any(n => n.MeetingId == m.Id && n.Status != MinutesStatus.Draft));
    }

    /// <summary>The stage of each of these meetings (one query for their minutes).</summary>
    public static async Task<Dictionary<int, MeetingProgress>> ForAsync(AppDbContext db, IReadOnlyCollection<Meeting> meetings, DateTime utcNow, CancellationToken ct)
    {
        var ids = meetings.Select(m => m.Id).ToList();
        var minutes = await db.Set<MeetingMinutes>().AsNoTracking().Where(n => ids.Contains(n.MeetingId))
            .Select(n => new { n.MeetingId, n.Status }).ToDictionaryAsync(n => n.MeetingId, n => n.Status, ct);
        return meetings.ToDictionary(m => m.Id, m => Of(m, minutes.TryGetValue(m.Id, out var s) ? s : null, utcNow));
    }

    public string Label => Stage switch
    {
        MeetingStage.MinutesDue => "Held – minutes due",
        MeetingStage.MinutesDraft => "Minutes draft",
        MeetingStage.MinutesCirculated => "Minutes circulated",
        MeetingStage.MinutesApproved => "Minutes approved",
        MeetingStage.Cancelled => "Cancelled",
        _ => "Scheduled",
    };

    /// <summary>The same colours as the minutes page (draft grey, circulated yellow, approved green) and the action log (open blue).</summary>
    public string TagClass => Stage switch
    {
        MeetingStage.Scheduled => "nhsuk-tag--blue",
        MeetingStage.MinutesDue => "nhsuk-tag--orange",
        MeetingStage.MinutesCirculated => "nhsuk-tag--yellow",
        MeetingStage.MinutesApproved => "nhsuk-tag--green",
        _ => "nhsuk-tag--grey",
    };
}
