using McnHub.Features.Governance.Groups;
using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Meetings;

/// <summary>
/// The Riverlands governance groups: the network board (two versions of its terms of reference), the steering group,
/// and under it the clinical leads (a non-NHS member needed for a quorum), education and data (private) groups and a
/// task-and-finish group on the advance care plan; a year of meetings, past ones held with attendance (one of them
/// not quorate), upcoming ones with acceptances. Call after the people are seeded.
/// </summary>
public static class DemoGovernanceMeetings
{
    private sealed record Seat(GroupRole Role, int? PersonId, int? OrganisationId, int AttendeeId);

    public static async Task SeedAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        if (await db.Set<Group>().AnyAsync(g => g.Name == "Network board", ct))
        {
            return;
        }

        var leads = await db.Set<Affiliation>().AsNoTracking()
            .Where(a => a.Role == OrganisationRole.Lead && a.Person!.Active && a.Person.Affiliations.Count == 1)
            .OrderBy(a => a.Organisation!.Name).ThenBy(a => a.PersonId)
            .Select(a => new { a.PersonId, a.OrganisationId, a.Organisation!.Name, a.Organisation.Sector })
            .ToListAsync(ct);
        var nhs = leads.Where(l => l.Sector == Sector.Nhs).Select(l => l.PersonId).ToList();
        var nonNhs = leads.Where(l => l.Sector == Sector.NonNhs).Select(l => l.PersonId).ToList();
        var byEmail = await db.Set<Person>().AsNoTracking().Where(p => p.Email.EndsWith("@riverlands.example")).ToDictionaryAsync(p => p.Email, p => p.Id, ct);
        var coordinator = byEmail["coordinator@riverlands.example"];
        var member = byEmail["member@riverlands.example"];
        var lead = byEmail["lead@riverlands.example"];
        var submitter = byEmail["submitter@riverlands.example"];
        var educator = byEmail["educator@riverlands.example"];
        var kingfisher = await db.Set<Organisation>().Where(o => o.Name == "Kingfisher Children's Hospice").Select(o => o.Id).SingleAsync(ct);
        var since = today.AddYears(-2);

        Seat P(GroupRole role, int personId) => new(role, personId, null, personId);

        // The board is added first so that it is group 1: public, like most of the network's groups.
        var board = Add(db, "Network board", GroupKind.Board, null, GroupVisibility.Public, since,
        [
            P(GroupRole.Chair, nhs[0]), new(GroupRole.ViceChair, null, kingfisher, lead), P(GroupRole.Member, nhs[1]), P(GroupRole.Member, nhs[2]),
            P(GroupRole.Member, nhs[3]), P(GroupRole.Member, nonNhs[1]), P(GroupRole.Secretary, coordinator),
        ]);
        var steering = Add(db, "Steering group", GroupKind.SteeringGroup, board, GroupVisibility.Public, since,
        [
            P(GroupRole.Chair, educator), P(GroupRole.ViceChair, nhs[4]), P(GroupRole.Member, member), P(GroupRole.Member, nhs[5]),
            P(GroupRole.Member, nonNhs[2]), P(GroupRole.Secretary, coordinator),
        ]);
        var clinical = Add(db, "Clinical leads group", GroupKind.ClinicalLeadsGroup, steering, GroupVisibility.Public, since,
        [
            P(GroupRole.Chair, nhs[6]), P(GroupRole.Member, nhs[7]), P(GroupRole.Member, nhs[8]), P(GroupRole.Member, nonNhs[3]),
            P(GroupRole.Member, nonNhs[4]), P(GroupRole.Observer, member),
        ]);
        var education = Add(db, "Education group", GroupKind.WorkingGroup, steering, GroupVisibility.Public, since,
        [
            P(GroupRole.Chair, educator), P(GroupRole.Member, member), P(GroupRole.ViceChair, nhs[9]), P(GroupRole.Member, nonNhs[5]),
            P(GroupRole.Secretary, coordinator),
        ]);
        var data = Add(db, "Data group", GroupKind.WorkingGroup, steering, GroupVisibility.Private, since,
        [
            P(GroupRole.Chair, submitter), P(GroupRole.Member, nhs[10]), P(GroupRole.Member, nhs[11]), P(GroupRole.Secretary, coordinator),
        ]);
        var acp = Add(db, "Advance care plan task-and-finish group", GroupKind.TaskAndFinishGroup, steering, GroupVisibility.Public, today.AddMonths(-8),
        [
            P(GroupRole.Chair, lead), P(GroupRole.Member, educator), P(GroupRole.Member, nhs[12]), P(GroupRole.Member, nonNhs[6]),
        ]);

        Terms(db, today, board.Group, 1, "Sets the network's strategy and holds it to account.", 4, true, 0, today.AddYears(-2), "Quarterly");
        Terms(db, today, board.Group, 2, "Sets the network's strategy, approves its annual work plan and holds it to account; hears the voice of families through its non-NHS members.", 4, true, 1, today.AddMonths(-6), "Quarterly");
        Terms(db, today, steering.Group, 1, "Steers the delivery of the work plan between board meetings.", 3, true, 0, today.AddYears(-1), "Every 2 months");
        Terms(db, today, clinical.Group, 1, "Agrees clinical guidelines and pathways across NHS and hospice services.", 3, false, 1, today.AddYears(-1), "Quarterly");
        Terms(db, today, education.Group, 1, "Plans the network's education and training programme.", 3, true, 0, today.AddYears(-1), "Quarterly");
        Terms(db, today, data.Group, 1, "Oversees the network's data returns and the annual report.", 2, false, 0, today.AddYears(-1), "Quarterly");
        Terms(db, today, acp.Group, 1, "Writes a single advance care plan for the region and reports to the steering group by its end date.", 2, true, 0, today.AddMonths(-8), "Every 6 weeks");

        var plans = new (Planned Group, int EveryMonths, int Hour, string Topic)[]
        {
            (board, 3, 14, "Annual work plan"), (steering, 2, 10, "Work plan progress"), (clinical, 3, 13, "Symptom management guideline"),
            (education, 3, 10, "Study day programme"), (data, 3, 15, "Data return completeness"), (acp, 2, 11, "Draft advance care plan"),
        };
        foreach (var (planned, every, hour, topic) in plans)
        {
            var start = planned.Group == acp.Group ? today.AddMonths(-6) : today.AddMonths(-11);
            var n = 0;
            for (var day = Weekday(start); day <= today.AddMonths(4); day = Weekday(day.AddMonths(every)), n++)
            {
                var past = day < today;
                // One meeting is not quorate: the education group in the spring, when the chair and most members sent apologies.
                var notQuorate = planned.Group == education.Group && n == 1;
                var meeting = new Meeting
                {
                    Group = planned.Group,
                    Title = $"{planned.Group.Name} – {day:MMMM yyyy}",
                    StartsAt = MeetingTime.ToUtc(day, hour),
                    EndsAt = MeetingTime.ToUtc(day, hour + 2),
                    Place = n % 2 == 0 ? "Riverlands Children's Hospital, Seminar room 2" : null,
                    VideoLink = n % 2 == 0 ? null : "https://meet.riverlands.example/" + planned.Group.Name.ToLowerInvariant().Replace(' ', '-'),
                    Status = past ? MeetingStatus.Held : MeetingStatus.Scheduled,
                    AgendaItems =
                    [
                        new() { Order = 1, Title = "Welcome, apologies and declarations of interest", Purpose = AgendaPurpose.ForInformation, DurationMinutes = 5 },
                        new() { Order = 2, Title = "Minutes of the last meeting and actions", Purpose = AgendaPurpose.ForDecision, DurationMinutes = 15 },
                        new() { Order = 3, Title = topic, Purpose = AgendaPurpose.ForDiscussion, DurationMinutes = 60, OwnerPersonId = planned.Seats[0].AttendeeId },
                        new() { Order = 4, Title = "Any other business", Purpose = AgendaPurpose.ForInformation, DurationMinutes = 10 },
                    ],
                };
                var i = 0;
                foreach (var seat in planned.Seats)
                {
                    var status = past
                        ? (notQuorate ? (i == 1 ? AttendanceStatus.Present : AttendanceStatus.Apologies) : ((i + n) % 5 == 3 ? AttendanceStatus.Apologies : AttendanceStatus.Present))
                        : ((i + n) % 4) switch { 0 or 1 => AttendanceStatus.Accepted, 2 => AttendanceStatus.Invited, _ => AttendanceStatus.Declined };
                    meeting.Attendance.Add(new Attendance { PersonId = seat.AttendeeId, Status = status });
                    i++;
                }

                if (past && planned.Group == board.Group && n == 2)
                {
                    // A guest presenting an item: listed as a guest, never counted for the quorum.
                    meeting.Attendance.Add(new Attendance { PersonId = nhs[13], Status = AttendanceStatus.Present, IsGuest = true });
                }

                if (past && planned.Group == acp.Group)
                {
                    meeting.AgendaItems[2].Conflicts.Add(new ConflictDeclaration { PersonId = nonNhs[6], Nature = "Their hospice is piloting the draft plan", Handling = "Took part in the discussion; did not vote" });
                }

                db.Add(meeting);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private sealed record Planned(Group Group, IReadOnlyList<Seat> Seats);

    private static Planned Add(AppDbContext db, string name, GroupKind kind, Planned? parent, GroupVisibility visibility, DateOnly from, IReadOnlyList<Seat> seats)
    {
        var group = new Group { Name = name, Kind = kind, Parent = parent?.Group, Visibility = visibility };
        group.Members.AddRange(seats.Select(s => new GroupMember
        {
            PersonId = s.PersonId,
            OrganisationId = s.OrganisationId,
            OrganisationRole = s.OrganisationId is null ? null : OrganisationRole.Lead,
            Role = s.Role,
            From = from,
        }));
        db.Add(group);
        return new Planned(group, seats);
    }

    private static void Terms(AppDbContext db, DateOnly today, Group group, int number, string purpose, int minimum, bool chair, int nonNhs, DateOnly approved, string frequency) =>
        db.Add(new TermsOfReference
        {
            Group = group,
            Number = number,
            Purpose = purpose,
            Responsibilities = "Agree and monitor its part of the work plan; manage its risks; report decisions and escalations upwards.",
            MeetingFrequency = frequency,
            ReportingLine = group.Parent is null ? "Reports to the member organisations at the annual meeting" : $"Reports to the {group.Parent.Name.ToLowerInvariant()} after each meeting",
            QuorumMinimumMembers = minimum,
            QuorumRequiresChairOrViceChair = chair,
            QuorumMinimumNonNhs = nonNhs,
            ReviewDate = approved.AddYears(1) > today ? approved.AddYears(1) : today.AddMonths(3),
            ApprovedOn = approved,
            CreatedAt = approved.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc),
            CreatedBy = "coordinator@riverlands.example",
        });

    /// <summary>The day itself, or the next Tuesday to Thursday.</summary>
    private static DateOnly Weekday(DateOnly day)
    {
        while (day.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday or DayOfWeek.Sunday or DayOfWeek.Monday)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
