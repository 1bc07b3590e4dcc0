using McnHub.Features.Governance.Actions;
using McnHub.Features.Governance.Decisions;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Minutes;

/// <summary>
/// Demo minutes, decisions and actions for the meetings already seeded: minutes in every state (approved at the
/// next meeting, circulated with a comment, draft), decisions (some due for review, one superseded) and actions
/// (done, overdue, due soon). Runs after the groups and meetings seed; does nothing when there are no past meetings.
/// </summary>
public static class DemoGovernanceLog
{
    private static readonly string[] Statements =
    [
        "Adopt the regional advance care plan template for all member organisations",
        "Fund a shared transition nurse post for young people moving to adult services",
        "Hold the annual network education day in the spring",
        "Ask every member organisation to report out-of-hours contacts each quarter",
        "Approve the symptom management guideline for end of life care at home",
        "Set up a task-and-finish group on bereavement support for siblings",
    ];

    private static readonly string[] ActionTexts =
    [
        "Circulate the advance care plan template to all leads",
        "Draft the job description for the transition nurse",
        "Book a venue for the education day",
        "Send the out-of-hours reporting form to member organisations",
        "Publish the symptom management guideline on the network website",
        "Invite members to join the bereavement task-and-finish group",
        "Collect feedback from families on the draft guideline",
        "Update the network risk register after the meeting",
    ];

    public static async Task SeedAsync(AppDbContext db, DateOnly today, CancellationToken ct = default)
    {
        if (await db.Set<Decision>().AnyAsync(ct) || await db.Set<MeetingMinutes>().AnyAsync(ct))
        {
            return;
        }

        var now = today.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
        var meetings = await db.Set<Meeting>()
            .Include(m => m.AgendaItems).Include(m => m.Attendance).Include(m => m.Group).ThenInclude(g => g!.Members).Include(m => m.Group).ThenInclude(g => g!.TermsOfReference)
            .Where(m => m.StartsAt < now && m.Status != MeetingStatus.Cancelled)
            .OrderBy(m => m.StartsAt).ToListAsync(ct);
        var decisions = new List<Decision>();
        var actionIndex = 0;
        foreach (var group in meetings.GroupBy(m => m.GroupId))
        {
            var held = group.ToList();
            for (var i = 0; i < held.Count; i++)
            {
                var meeting = held[i];
                var people = People(meeting);
                if (meeting.AgendaItems.Count == 0 || people.Count == 0)
                {
                    continue;
                }

                var next = i + 1 < held.Count ? held[i + 1] : null;
                var nextQuorate = next is null || ((await MeetingQuorum.CalculateAsync(db, next, QuorumBasis.Presence, ct))?.Quorate ?? true);
                SeedMinutes(db, meeting, next, nextQuorate, held.Count - i, people, now);
                var decidedOn = DateOnly.FromDateTime(meeting.StartsAt);
                var decision = new Decision
                {
                    GroupId = meeting.GroupId,
                    MeetingId = meeting.Id,
                    AgendaItemId = meeting.AgendaItems.OrderBy(a => a.Order).Last().Id,
                    Statement = Statements[decisions.Count % Statements.Length],
                    Rationale = "Discussed at the meeting; members agreed it would improve consistency of care across the network.",
                    DecidedOn = decidedOn,
                    ReviewDate = (decisions.Count % 3) switch { 0 => today.AddDays(14), 1 => today.AddDays(-5), _ => decidedOn.AddYears(1) <= today ? today.AddMonths(6) : decidedOn.AddYears(1) },
                };
                decisions.Add(decision);
                db.Add(decision);
                foreach (var n in new[] { 0, 1 })
                {
                    var owner = people[(i + n) % people.Count];
                    var kind = actionIndex % 4;
                    var action = new ActionItem
                    {
                        Description = ActionTexts[actionIndex % ActionTexts.Length],
                        OwnerPersonId = owner,
                        RaisedOn = decidedOn,
                        DueOn = kind switch { 0 => decidedOn.AddDays(14), 1 => today.AddDays(-7), 2 => today.AddDays(5), _ => today.AddDays(40) },
                        Status = kind switch { 0 => ActionStatus.Done, 1 => ActionStatus.Open, 2 => ActionStatus.InProgress, _ => ActionStatus.Open },
                        CompletedOn = kind == 0 ? decidedOn.AddDays(10) : null,
                        GroupId = meeting.GroupId,
                        SourceMeetingId = meeting.Id,
                        Decision = decision,
                    };
                    if (action.DueOn < action.RaisedOn)
                    {
                        action.DueOn = action.RaisedOn;
                    }

                    action.Updates.Add(new ActionUpdate { At = meeting.EndsAt, By = "Demo data", Text = "Agreed at the meeting." });
                    if (kind == 0)
                    {
                        action.Updates.Add(new ActionUpdate { At = meeting.EndsAt.AddDays(10), By = "Demo data", Text = "Done and shared with the group.", NewStatus = ActionStatus.Done });
                    }

                    db.Add(action);
                    actionIndex++;
                }
            }
        }

        await db.SaveChangesAsync(ct);
        await SupersedeOneAsync(db, decisions, ct);
    }

    /// <summary>The oldest decision is superseded by a later one (same statement revisited).</summary>
    private static async Task SupersedeOneAsync(AppDbContext db, List<Decision> decisions, CancellationToken ct)
    {
        if (decisions.Count < 2)
        {
            return;
        }

        var first = decisions[0];
        var later = decisions.Where(d => d.DecidedOn >= first.DecidedOn && d.Id != first.Id).OrderBy(d => d.DecidedOn).First();
        first.Status = DecisionStatus.Superseded;
        first.SupersededByDecisionId = later.Id;
        first.ReviewDate = null;
        await db.SaveChangesAsync(ct);
    }

    private static List<int> People(Meeting meeting)
    {
        var present = meeting.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.PersonId).ToList();
        return present.Count > 0 ? present : meeting.Group!.Members.Where(m => m.PersonId != null).Select(m => m.PersonId!.Value).ToList();
    }

    /// <summary>Older meetings' minutes are approved at the next meeting; the last but one are circulated; the last are a draft.</summary>
    private static void SeedMinutes(AppDbContext db, Meeting meeting, Meeting? next, bool nextQuorate, int fromEnd, List<int> people, DateTime now)
    {
        var minutes = new MeetingMinutes { MeetingId = meeting.Id, Meeting = meeting };
        foreach (var item in meeting.AgendaItems.OrderBy(a => a.Order))
        {
            minutes.Write(item.Id, $"{item.Title}: discussed. Members noted the update and agreed the next steps.", "Demo data", meeting.EndsAt.AddDays(2));
        }

        if (fromEnd >= 2)
        {
            minutes.Circulate(meeting.EndsAt.AddDays(3));
            minutes.Comment(people[0], meeting.AgendaItems.OrderBy(a => a.Order).First().Id, "Please add my apologies for the first part of the meeting.", meeting.EndsAt.AddDays(4));
            var mover = next?.Attendance.FirstOrDefault(a => a.Status == AttendanceStatus.Present)?.PersonId;
            if (fromEnd > 2 && next is not null && mover is { } moved && next.StartsAt < now)
            {
                minutes.Approve(next, moved, nextQuorate, next.EndsAt);
            }
        }

        db.Add(minutes);
    }
}
