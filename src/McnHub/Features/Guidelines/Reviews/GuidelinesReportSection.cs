using McnHub.Features.Guidelines.Adoption;
using McnHub.Features.Guidelines.Documents;
using McnHub.Platform.Data;
using McnHub.Platform.Export;
using McnHub.Platform.Reports;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Guidelines.Reviews;

/// <summary>The report's guidelines section: documents approved and reviewed in the period, and adoption rates at its end.</summary>
public sealed class GuidelinesReportSection(AppDbContext db, AdoptionQueries adoption) : IReportSectionSource
{
    /// <summary>Just after the standards section (400), which the self-assessment module writes.</summary>
    public int Order => 410;

    public async Task<ReportSection?> BuildAsync(ReportPeriod period, CancellationToken ct)
    {
        var approved = await db.Set<GuidelineVersion>().AsNoTracking()
            .Where(v => v.ApprovedOn != null && v.ApprovedOn >= period.Start && v.ApprovedOn <= period.End)
            .OrderBy(v => v.ApprovedOn)
            .Select(v => new { v.Document!.Title, v.Number, v.ApprovedOn, Group = v.ApprovedByGroup!.Name })
            .ToListAsync(ct);
        var reviewed = await db.Set<GuidelineReview>().AsNoTracking()
            .Where(r => r.ReviewedOn >= period.Start && r.ReviewedOn <= period.End)
            .OrderBy(r => r.ReviewedOn)
            .Select(r => new { r.Document!.Title, r.ReviewedOn, r.NextReviewDate })
            .ToListAsync(ct);
        var documents = await adoption.ApprovedAsync(ct);
        var organisations = await adoption.MembersAsync(ct);
        var records = await adoption.RecordsAsync(null, null, ct);
        if (approved.Count == 0 && reviewed.Count == 0 && documents.Count == 0)
        {
            return null;
        }

        var latest = AdoptionQueries.Latest(records, period.End);
        var rates = documents.Where(d => d.FirstApproved <= period.End).Select(d =>
        {
            var rate = AdoptionQueries.Rate(d.Title, period.End, [d], organisations, records);
            var inProgress = organisations.Count(o => latest.TryGetValue((d.Id, o.Id), out var r) && r.Status == AdoptionStatus.InProgress);
            return (IReadOnlyList<object?>)[d.Title, rate.Adopted, inProgress, rate.Applicable, rate.Percent];
        }).ToList();
        var network = AdoptionQueries.Rate("network", period.End, documents, organisations, records);

        var paragraphs = new List<string>
        {
            $"{approved.Count} {(approved.Count == 1 ? "version of a guideline or standard was" : "versions of guidelines and standards were")} approved and {reviewed.Count} {(reviewed.Count == 1 ? "document was" : "documents were")} reviewed without change in {period.Label}.",
            network.Percent is int p
                ? $"At the end of the period, member organisations had adopted {p}% of the applicable approved documents ({network.Adopted} of {network.Applicable})."
                : "No approved documents were awaiting adoption at the end of the period.",
        };
        return new ReportSection("guidelines", "Guidelines and standards", paragraphs,
        [
            new Table("approved", ["Document", "Version", "Approved on", "Approved by"], approved.Select(a => (IReadOnlyList<object?>)[a.Title, a.Number, a.ApprovedOn, a.Group])),
            new Table("reviewed", ["Document", "Reviewed on", "Next review"], reviewed.Select(r => (IReadOnlyList<object?>)[r.Title, r.ReviewedOn, r.NextReviewDate])),
            new Table("adoption", ["Document", "Adopted", "In progress", "Applicable organisations", "Adoption rate (%)"], rates),
        ]);
    }
}
