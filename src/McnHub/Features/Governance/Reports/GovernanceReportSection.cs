using System.Globalization;
using McnHub.Features.Governance.Actions;
using McnHub.Features.Governance.Decisions;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Governance.Risks;
using McnHub.Features.Governance.WorkPlan;
using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using McnHub.Platform.Export;
using McnHub.Platform.Reports;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Reports;

/// <summary>
/// The governance section of the quarterly and annual reports: meetings held, attendance by organisation and by
/// sector, decisions made, actions done on time, risks by band with the top risks, and achievements published.
/// Risks are the register as it stands (it has no history); everything else is what happened in the period.
/// </summary>
public sealed class GovernanceReportSection(AppDbContext db, TimeProvider clock) : IReportSectionSource
{
    public const int TopRisks = 5;

    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public int Order => 200;

    public async Task<ReportSection?> BuildAsync(ReportPeriod period, CancellationToken ct)
    {
        var from = MeetingTime.ToUtc(period.Start, 0);
        var until = MeetingTime.ToUtc(period.End.AddDays(1), 0);
        var now = clock.GetUtcNow().UtcDateTime;

        // Held: marked so, or past its start with anyone recorded present (the secretary may not have closed it).
        var meetings = await db.Set<Meeting>().AsNoTracking()
            .Where(m => m.StartsAt >= from && m.StartsAt < until && m.StartsAt <= now)
            .Where(m => m.Status == MeetingStatus.Held || (m.Status == MeetingStatus.Scheduled && m.Attendance.Any(a => a.Status == AttendanceStatus.Present)))
            .Select(m => new { m.Id, Group = m.Group!.Name })
            .ToListAsync(ct);
        var meetingIds = meetings.Select(m => m.Id).ToList();
        var attendance = await db.Set<Attendance>().AsNoTracking().Where(a => meetingIds.Contains(a.MeetingId))
            .Select(a => new { a.PersonId, a.Status, a.IsGuest }).ToListAsync(ct);
        var decisions = await db.Set<Decision>().AsNoTracking()
            .Where(d => d.DecidedOn >= period.Start && d.DecidedOn <= period.End)
            .OrderBy(d => d.DecidedOn).ThenBy(d => d.Id)
            .Select(d => new { d.DecidedOn, Group = d.Group!.Name, d.Group.Visibility, d.Statement, d.Status })
            .ToListAsync(ct);
        var actions = await db.Set<ActionItem>().AsNoTracking()
            .Where(a => a.DueOn >= period.Start && a.DueOn <= period.End && a.Status != ActionStatus.Dropped)
            .Select(a => new { a.DueOn, a.Status, a.CompletedOn, Group = a.Group != null ? a.Group.Name : null })
            .ToListAsync(ct);
        var risks = await db.Set<Risk>().AsNoTracking().Where(r => r.Status == RiskStatus.Open)
            .Select(r => new { r.Id, r.Title, Owner = r.Owner != null ? r.Owner.FullName : null, r.LikelihoodAfter, r.ImpactAfter, r.Trend, r.ReviewDate })
            .ToListAsync(ct);
        var achievements = await db.Set<Achievement>().AsNoTracking()
            .Where(a => a.Published && a.AchievedOn >= period.Start && a.AchievedOn <= period.End)
            .OrderBy(a => a.AchievedOn).ThenBy(a => a.Id)
            .Select(a => new { a.AchievedOn, a.Title, Objective = a.Objective != null ? a.Objective.Title : null })
            .ToListAsync(ct);

        if (meetings.Count == 0 && decisions.Count == 0 && actions.Count == 0 && risks.Count == 0 && achievements.Count == 0)
        {
            return null;
        }

        var present = attendance.Where(a => a.Status == AttendanceStatus.Present).ToList();
        var expected = attendance.Count(a => !a.IsGuest);
        var membersPresent = present.Count(a => !a.IsGuest);
        var organisations = await MainOrganisationsAsync(present.Select(a => a.PersonId).Distinct().ToList(), ct);
        var byOrganisation = present
            .GroupBy(a => organisations.GetValueOrDefault(a.PersonId))
            .Select(g => new { Organisation = g.Key?.Name ?? "No organisation recorded", Sector = g.Key is { } o ? Describe(o.Sector) : "Not known", Times = g.Count(), People = g.Select(a => a.PersonId).Distinct().Count() })
            .OrderByDescending(r => r.Times).ThenBy(r => r.Organisation, StringComparer.Ordinal)
            .ToList();
        var bySector = byOrganisation.GroupBy(r => r.Sector)
            .Select(g => new { Sector = g.Key, Times = g.Sum(r => r.Times), People = g.Sum(r => r.People) })
            .OrderBy(r => r.Sector, StringComparer.Ordinal).ToList();

        var onTime = actions.Count(a => a.Status == ActionStatus.Done && a.CompletedOn is { } done && done <= a.DueOn);
        var late = actions.Count(a => a.Status == ActionStatus.Done && !(a.CompletedOn is { } done && done <= a.DueOn));
        var figures = new GovernanceFigures(meetings.Count, present.Count, expected == 0 ? null : Percent(membersPresent, expected),
            decisions.Count, actions.Count, onTime, actions.Count == 0 ? null : Percent(onTime, actions.Count), risks.Count, achievements.Count);

        var paragraphs = new List<string>
        {
            $"{Count(figures.MeetingsHeld, "meeting")} held across {Count(meetings.Select(m => m.Group).Distinct().Count(), "group")}, with {Count(figures.Attendances, "attendance")} in all"
                + (figures.MemberAttendanceRate is { } rate ? $"; members attended {rate}% of the meetings they were expected at." : "."),
            $"{Count(figures.DecisionsMade, "decision")} made"
                + (decisions.Any(d => d.Visibility == GroupVisibility.Private) ? $" ({decisions.Count(d => d.Visibility == GroupVisibility.Private)} by private groups, counted but not listed)." : "."),
            figures.ActionsDue == 0
                ? "No actions were due in the period."
                : $"{figures.ActionsDoneOnTime} of {Count(figures.ActionsDue, "action")} due in the period ({figures.ActionsOnTimePercent}%) were done by their due date; {late} were done late and {figures.ActionsDue - figures.ActionsDoneOnTime - late} were not done by the time of this report.",
            $"{Count(figures.OpenRisks, "open risk")} on the register, scored likelihood × impact after mitigation.",
            $"{Count(figures.AchievementsPublished, "achievement")} published.",
        };

        var tables = new List<Table>
        {
            new("attendance-by-organisation", ["Organisation", "Sector", "Attendances", "People"], byOrganisation.Select(r => Row(r.Organisation, r.Sector, r.Times, r.People))),
            new("attendance-by-sector", ["Sector", "Attendances", "People", "Share of attendances (%)"], bySector.Select(r => Row(r.Sector, r.Times, r.People, Percent(r.Times, present.Count)))),
            new("decisions", ["Date", "Group", "Decision", "Status"], decisions.Where(d => d.Visibility == GroupVisibility.Public).Select(d => Row(d.DecidedOn.ToString("d MMMM yyyy", British), d.Group, d.Statement, d.Status.ToString()))),
            new("actions-by-group", ["Group", "Due", "Done on time", "Done late", "Not done"], actions.GroupBy(a => a.Group ?? "No group").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Row(
                g.Key, g.Count(), g.Count(a => a.Status == ActionStatus.Done && a.CompletedOn is { } d && d <= a.DueOn),
                g.Count(a => a.Status == ActionStatus.Done && !(a.CompletedOn is { } d && d <= a.DueOn)), g.Count(a => a.Status != ActionStatus.Done)))),
            new("risks-by-band", ["Band", "Scores", "Open risks"], Enum.GetValues<RiskBand>().Reverse().Select(b => Row(b.ToString(), $"{RiskRules.Range(b).From}–{RiskRules.Range(b).To}", risks.Count(r => RiskRules.Band(r.LikelihoodAfter * r.ImpactAfter) == b)))),
            new("top-risks", ["Risk", "Owner", "Score", "Band", "Trend"], risks.OrderByDescending(r => r.LikelihoodAfter * r.ImpactAfter).ThenBy(r => r.ReviewDate).ThenBy(r => r.Id).Take(TopRisks)
                .Select(r => Row(r.Title, r.Owner ?? "", r.LikelihoodAfter * r.ImpactAfter, RiskRules.Band(r.LikelihoodAfter * r.ImpactAfter).ToString(), RiskRules.Describe(r.Trend)))),
            new("achievements", ["Date", "Achievement", "Objective"], achievements.Select(a => Row(a.AchievedOn.ToString("d MMMM yyyy", British), a.Title, a.Objective ?? ""))),
        };

        return new ReportSection("governance", "Governance", paragraphs, tables);
    }

    /// <summary>Each person's main organisation: where they lead, else where they work, else any.</summary>
    private async Task<Dictionary<int, Organisation>> MainOrganisationsAsync(List<int> personIds, CancellationToken ct)
    {
        var affiliations = await db.Set<Affiliation>().AsNoTracking().Where(a => personIds.Contains(a.PersonId))
            .Include(a => a.Organisation).ToListAsync(ct);
        return affiliations.GroupBy(a => a.PersonId).ToDictionary(
            g => g.Key,
            g => g.OrderBy(a => a.Role == OrganisationRole.Lead ? 0 : a.Role == OrganisationRole.Staff ? 1 : 2).ThenBy(a => a.OrganisationId).First().Organisation!);
    }

    private static string Describe(Sector sector) => sector == Sector.Nhs ? "NHS" : "Non-NHS";

    private static int Percent(int part, int whole) => whole == 0 ? 0 : (int)Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero);

    private static string Count(int n, string word) => $"{n.ToString("N0", British)} {(n == 1 ? word : word + "s")}";

    private static IReadOnlyList<object?> Row(params object?[] cells) => cells;
}

/// <summary>The headline figures of the governance section, as the paragraphs state them.</summary>
public sealed record GovernanceFigures(int MeetingsHeld, int Attendances, int? MemberAttendanceRate, int DecisionsMade, int ActionsDue, int ActionsDoneOnTime, int? ActionsOnTimePercent, int OpenRisks, int AchievementsPublished);
