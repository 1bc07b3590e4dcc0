using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Minutes;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Meetings;

/// <summary>A meeting with everything its pages show: agenda (papers, conflicts), attendance, and the quorum panel.</summary>
public sealed class MeetingView
{
    public required Meeting Meeting { get; init; }

    public required Group Group { get; init; }

    public required IReadOnlyList<AgendaItem> Agenda { get; init; }

    public required IReadOnlyList<Attendance> Attendance { get; init; }

    public required HashSet<int> MemberIds { get; init; }

    public QuorumRule? Rule { get; init; }

    public QuorumResult? Quorum { get; init; }

    public QuorumBasis Basis { get; init; }

    public required MeetingProgress Progress { get; init; }

    public bool CanEdit { get; init; }

    public bool CanSeePapers { get; init; }

    public static async Task<MeetingView?> LoadAsync(AppDbContext db, System.Security.Claims.ClaimsPrincipal user, int id, DateOnly today, DateTime now, CancellationToken ct)
    {
        var meeting = await db.Set<Meeting>().AsNoTracking().Include(m => m.Group).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting?.Group is not { } group)
        {
            return null;
        }

        var agenda = await db.Set<AgendaItem>().AsNoTracking().Where(a => a.MeetingId == id)
            .Include(a => a.Owner).Include(a => a.Papers).ThenInclude(p => p.File).Include(a => a.Conflicts).ThenInclude(c => c.Person)
            .OrderBy(a => a.Order).ThenBy(a => a.Id).ToListAsync(ct);
        var attendance = await db.Set<Attendance>().AsNoTracking().Where(a => a.MeetingId == id)
            .Include(a => a.Person).Include(a => a.DeputisingFor)
            .ToListAsync(ct);
        var onDate = MeetingTime.UkDate(meeting.StartsAt);
        var seats = await GroupMembership.SeatsOnAsync(db, group.Id, onDate, ct);
        var terms = await db.Set<TermsOfReference>().AsNoTracking().Where(t => t.GroupId == group.Id).OrderByDescending(t => t.Number).FirstOrDefaultAsync(ct);
        var rule = terms is null ? null : QuorumRule.From(terms);
        var basis = MeetingQuorum.BasisAt(meeting, now);
        var minutes = await db.Set<MeetingMinutes>().AsNoTracking().Where(n => n.MeetingId == id).Select(n => (MinutesStatus?)n.Status).FirstOrDefaultAsync(ct);
        return new MeetingView
        {
            Meeting = meeting,
            Group = group,
            Agenda = agenda,
            Attendance = attendance.OrderBy(a => a.IsGuest).ThenBy(a => a.Person?.FullName).ToList(),
            MemberIds = seats.SelectMany(s => s.PersonIds).ToHashSet(),
            Rule = rule,
            Basis = basis,
            Progress = MeetingProgress.Of(meeting, minutes, now),
            Quorum = rule is null ? null : QuorumCalculator.Calculate(rule, seats, attendance.Select(QuorumAttendee.From), basis),
            CanEdit = await MeetingAccess.CanEditAsync(db, user, group.Id, today, ct),
            CanSeePapers = await MeetingAccess.CanSeePapersAsync(db, user, group, today, ct),
        };
    }

    public static string Describe(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Apologies => "Sent apologies",
        _ => status.ToString(),
    };

    public static string Describe(AgendaPurpose purpose) => purpose switch
    {
        AgendaPurpose.ForDecision => "For decision",
        AgendaPurpose.ForInformation => "For information",
        _ => "For discussion",
    };
}
