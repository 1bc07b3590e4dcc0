using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using McnHub.Platform.Export;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Standards;

public sealed record MatrixCell(AssessmentStatus? Status, AssessmentStatus? Previous)
{
    public Change Change => StandardsRules.Compare(Previous, Status);
}

public sealed record MatrixRow(int OrganisationId, string Organisation, IReadOnlyList<MatrixCell> Cells)
{
    public int Assessed => Cells.Count(c => c.Status is not null);
}

public sealed record PeriodChoice(int Id, string Name, bool IsOpen);

/// <summary>The network matrix for one period: member organisations × the set's statements, with the change since the period before.</summary>
public sealed record StandardsMatrix(
    AssessmentPeriod Period,
    AssessmentPeriod? Previous,
    IReadOnlyList<StandardStatement> Statements,
    IReadOnlyList<MatrixRow> Rows)
{
    public int Count(AssessmentStatus? status) => Rows.Sum(r => r.Cells.Count(c => c.Status == status));

    public int Count(Change change) => Rows.Sum(r => r.Cells.Count(c => c.Change == change));

    public int CountFor(int statementIndex, AssessmentStatus? status) => Rows.Count(r => r.Cells[statementIndex].Status == status);

    public static Task<List<PeriodChoice>> PeriodsAsync(AppDbContext db, CancellationToken ct) =>
        db.Set<AssessmentPeriod>().AsNoTracking().OrderByDescending(p => p.StartsOn).ThenByDescending(p => p.Id)
            .Select(p => new PeriodChoice(p.Id, p.Name, p.IsOpen)).ToListAsync(ct);

    /// <summary>The period asked for, else the latest open one, else the latest.</summary>
    public static async Task<AssessmentPeriod?> PeriodAsync(AppDbContext db, int? periodId, CancellationToken ct)
    {
        var periods = db.Set<AssessmentPeriod>().AsNoTracking().Include(p => p.Set);
        if (periodId is { } id)
        {
            return await periods.FirstOrDefaultAsync(p => p.Id == id, ct);
        }

        return await periods.OrderByDescending(p => p.IsOpen).ThenByDescending(p => p.StartsOn).ThenByDescending(p => p.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The period of the same set that started last before this one.</summary>
    public static Task<AssessmentPeriod?> PreviousAsync(AppDbContext db, AssessmentPeriod period, CancellationToken ct) =>
        db.Set<AssessmentPeriod>().AsNoTracking()
            .Where(p => p.SetId == period.SetId && p.StartsOn < period.StartsOn)
            .OrderByDescending(p => p.StartsOn).ThenByDescending(p => p.Id)
            .FirstOrDefaultAsync(ct);

    public static async Task<StandardsMatrix> LoadAsync(AppDbContext db, AssessmentPeriod period, CancellationToken ct)
    {
        var previous = await PreviousAsync(db, period, ct);
        var statements = await db.Set<StandardStatement>().AsNoTracking().Where(s => s.SetId == period.SetId).OrderBy(s => s.Number).ToListAsync(ct);
        var periodIds = previous is null ? [period.Id] : new[] { period.Id, previous.Id };
        var assessments = await db.Set<Assessment>().AsNoTracking()
            .Where(a => periodIds.Contains(a.PeriodId))
            .Select(a => new { a.OrganisationId, a.PeriodId, a.StatementId, a.Status })
            .ToListAsync(ct);
        var assessedIds = assessments.Where(a => a.PeriodId == period.Id).Select(a => a.OrganisationId).Distinct().ToList();

        // Every current member is expected to assess; a former member's assessment for the period still shows.
        var organisations = await db.Set<Organisation>().AsNoTracking()
            .Where(o => o.Status == MembershipStatus.Member || assessedIds.Contains(o.Id))
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name })
            .ToListAsync(ct);
        var lookup = assessments.ToDictionary(a => (a.OrganisationId, a.PeriodId, a.StatementId), a => a.Status);
        AssessmentStatus? Find(int org, int? periodId, int statement) =>
            periodId is { } p && lookup.TryGetValue((org, p, statement), out var s) ? s : null;

        var rows = organisations.Select(o => new MatrixRow(o.Id, o.Name, statements
            .Select(s => new MatrixCell(Find(o.Id, period.Id, s.Id), Find(o.Id, previous?.Id, s.Id)))
            .ToList())).ToList();
        return new StandardsMatrix(period, previous, statements, rows);
    }

    public Table ToTable()
    {
        var headings = new List<string> { "Organisation" };
        foreach (var s in Statements)
        {
            headings.Add($"{s.Number}. {s.Title}");
            headings.Add($"{s.Number}. {s.Title}: change since {Previous?.Name ?? "the previous period"}");
        }

        var rows = Rows.Select(r =>
        {
            var row = new List<object?> { r.Organisation };
            foreach (var cell in r.Cells)
            {
                row.Add(cell.Status is { } s ? StandardsRules.Describe(s) : "Not assessed");
                row.Add(Previous is null ? "No previous period" : ChangeText(cell.Change));
            }

            return (IReadOnlyList<object?>)row;
        });
        return new Table(FileName($"self-assessment {Period.Set?.Code} {Period.Name}"), headings, rows.ToList());
    }

    /// <summary>A download name without characters a file system may not take (period names like "2025/26").</summary>
    public static string FileName(string name) =>
        string.Join('-', new string(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string ChangeText(Change change) => change switch
    {
        Change.Improved => "Improved",
        Change.Worse => "Worse",
        Change.Same => "Same",
        _ => "No comparison",
    };
}
