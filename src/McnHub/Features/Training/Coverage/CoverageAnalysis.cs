using McnHub.Features.Members.Organisations;
using McnHub.Features.Training.Model;
using McnHub.Features.Training.Outcomes;
using McnHub.Platform.Data;
using McnHub.Platform.Export;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Coverage;

/// <summary>
/// Who has been trained: distinct people marked as attended at a session in the period, counted for every
/// organisation they are affiliated with, by discipline and by course level, against the latest workforce headcount
/// recorded for the organisation (all staff) where there is one.
/// </summary>
public sealed class CoverageAnalysis
{
    public sealed record OrganisationRow(int Id, string Name, OrganisationType Type, int Trained, int? Workforce);

    public required IReadOnlyList<OrganisationRow> Organisations { get; init; }

    public required IReadOnlyList<(string Discipline, int Trained, int? Workforce)> Disciplines { get; init; }

    public required IReadOnlyList<(CourseLevel Level, int Trained)> Levels { get; init; }

    public IEnumerable<OrganisationRow> NobodyTrained => Organisations.Where(o => o.Trained == 0);

    public static async Task<CoverageAnalysis> LoadAsync(AppDbContext db, DateTime from, DateTime to, CancellationToken ct)
    {
        var attended = await db.Set<Booking>().AsNoTracking()
            .Where(b => b.Status == BookingStatus.Booked && b.Attendance == AttendanceOutcome.Attended && b.Session!.StartsAt >= from && b.Session.StartsAt < to)
            .Select(b => new { b.PersonId, b.Person!.Discipline, b.Session!.Course!.Level })
            .ToListAsync(ct);
        var people = attended.Select(a => a.PersonId).ToHashSet();
        var affiliations = await db.Set<Members.People.Affiliation>().AsNoTracking()
            .Select(a => new { a.PersonId, a.OrganisationId }).ToListAsync(ct);
        var trainedByOrg = affiliations.Where(a => people.Contains(a.PersonId)).GroupBy(a => a.OrganisationId).ToDictionary(g => g.Key, g => g.Select(a => a.PersonId).Distinct().Count());

        var workforce = await db.Set<WorkforceRecord>().AsNoTracking().ToListAsync(ct);
        var latest = workforce.GroupBy(w => (w.OrganisationId, w.Discipline)).Select(g => g.OrderByDescending(w => w.RecordedOn).First()).ToList();
        var orgWorkforce = latest.Where(w => w.Discipline is null).ToDictionary(w => w.OrganisationId, w => w.Headcount);

        var members = await db.Set<Organisation>().AsNoTracking().Where(o => o.Status == MembershipStatus.Member)
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name, o.Type }).ToListAsync(ct);

        return new CoverageAnalysis
        {
            Organisations = members.Select(o => new OrganisationRow(o.Id, o.Name, o.Type, trainedByOrg.GetValueOrDefault(o.Id), orgWorkforce.TryGetValue(o.Id, out var h) ? h : null)).ToList(),
            Disciplines = attended.GroupBy(a => a.Discipline).OrderBy(g => g.Key)
                .Select(g => (OutcomeText.Discipline(g.Key), g.Select(a => a.PersonId).Distinct().Count(), Sum(latest.Where(w => w.Discipline == g.Key).Select(w => w.Headcount))))
                .ToList(),
            Levels = Enum.GetValues<CourseLevel>().Select(l => (l, attended.Where(a => a.Level == l).Select(a => a.PersonId).Distinct().Count())).ToList(),
        };
    }

    private static int? Sum(IEnumerable<int> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : list.Sum();
    }

    public IReadOnlyList<Table> All() =>
    [
        new Table(
            "People trained by organisation",
            ["Organisation", "Type", "People trained", "Workforce", "Coverage", "Flag"],
            Organisations.Select(o => (IReadOnlyList<object?>)[o.Name, OutcomeText.OrganisationType(o.Type), o.Trained, o.Workforce?.ToString(OutcomeText.British) ?? "Not recorded", o.Workforce is { } w ? OutcomeText.Percent(o.Trained, w) : "–", o.Trained == 0 ? "Nobody trained" : ""]).ToList()),
        new Table(
            "People trained by discipline",
            ["Discipline", "People trained", "Workforce", "Coverage"],
            Disciplines.Select(d => (IReadOnlyList<object?>)[d.Discipline, d.Trained, d.Workforce?.ToString(OutcomeText.British) ?? "Not recorded", d.Workforce is { } w ? OutcomeText.Percent(d.Trained, w) : "–"]).ToList()),
        new Table(
            "People trained by course level",
            ["Level", "People trained"],
            Levels.Select(l => (IReadOnlyList<object?>)[l.Level.ToString(), l.Trained]).ToList()),
    ];
}
