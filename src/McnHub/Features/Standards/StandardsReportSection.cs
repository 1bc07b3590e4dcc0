using McnHub.Features.Standards.Acp;
using McnHub.Platform.Data;
using McnHub.Platform.Export;
using McnHub.Platform.Reports;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Standards;

/// <summary>
/// The reports' standards section: statements met across the network in the latest assessment period that began
/// by the end of the report's period, the change since the period before, and advance care plan adoption.
/// </summary>
public sealed class StandardsReportSection(AppDbContext db) : IReportSectionSource
{
    public int Order => 400;

    public async Task<ReportSection?> BuildAsync(ReportPeriod period, CancellationToken ct)
    {
        var assessment = await db.Set<AssessmentPeriod>().AsNoTracking().Include(p => p.Set)
            .Where(p => p.StartsOn <= period.End)
            .OrderByDescending(p => p.StartsOn).ThenByDescending(p => p.Id)
            .FirstOrDefaultAsync(ct);
        var acp = await AcpSummary.LoadAsync(db, ct);
        if (assessment is null && acp.Rows.All(r => !r.SignedUp))
        {
            return null;
        }

        var paragraphs = new List<string>();
        var tables = new List<Table>();
        if (assessment is not null)
        {
            var m = await StandardsMatrix.LoadAsync(db, assessment, ct);
            var assessedOrgs = m.Rows.Count(r => r.Assessed > 0);
            var applicable = m.Count(AssessmentStatus.Met) + m.Count(AssessmentStatus.PartiallyMet) + m.Count(AssessmentStatus.NotMet);
            paragraphs.Add($"Self-assessment against {assessment.Set?.Code} ({assessment.Name}): {assessedOrgs} of {m.Rows.Count} member organisations assessed themselves. " +
                           $"Of {applicable} applicable assessments, {m.Count(AssessmentStatus.Met)} were met in full, {m.Count(AssessmentStatus.PartiallyMet)} partially met and {m.Count(AssessmentStatus.NotMet)} not met.");
            tables.Add(new Table(
                "statements-met",
                ["Statement", "Met", "Partially met", "Not met", "Not applicable", "Not assessed"],
                m.Statements.Select((s, i) => (IReadOnlyList<object?>)[$"{s.Number}. {s.Title}", m.CountFor(i, AssessmentStatus.Met), m.CountFor(i, AssessmentStatus.PartiallyMet), m.CountFor(i, AssessmentStatus.NotMet), m.CountFor(i, AssessmentStatus.NotApplicable), m.CountFor(i, null)]).ToList()));
            if (m.Previous is not null)
            {
                paragraphs.Add($"Compared with {m.Previous.Name}: {m.Count(Change.Improved)} assessments improved, {m.Count(Change.Worse)} got worse and {m.Count(Change.Same)} stayed the same.");
                tables.Add(new Table(
                    "change-since-previous-period",
                    ["Change", "Assessments"],
                    new[] { Change.Improved, Change.Worse, Change.Same, Change.NotComparable }.Select(c => (IReadOnlyList<object?>)[StandardsRules.Describe(c), m.Count(c)]).ToList()));
            }
        }

        paragraphs.Add($"Advance care plan: {acp.CompleteCount} of {acp.Rows.Count} member organisations ({acp.Percent(acp.CompleteCount)}) have completed all four adoption steps; {acp.Count(AcpStep.SignedUp)} have signed up.");
        tables.Add(acp.ToCountsTable());
        return new ReportSection("standards", "Standards and self-assessment", paragraphs, tables);
    }
}
