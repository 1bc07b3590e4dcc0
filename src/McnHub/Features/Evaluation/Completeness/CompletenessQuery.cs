using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation;

/// <summary>
/// One expected return: whether it is in (submitted or approved), and whether it came in by its due date.
/// <paramref name="SubmittedAt"/> is the FIRST submission: a return reopened and submitted again keeps its timeliness.
/// </summary>
public sealed record ExpectedReturn(int DatasetId, string Dataset, int OrganisationId, string Organisation, Period Period, DateOnly Due, ReturnStatus? Status, DateTime? SubmittedAt)
{
    public bool Submitted => Status is ReturnStatus.Submitted or ReturnStatus.Approved;

    /// <summary>First submitted by the end of the due date (UTC).</summary>
    public bool OnTime => Submitted && SubmittedAt is DateTime at && DateOnly.FromDateTime(at) <= Due;

    public string Url => ReturnUrls.Entry(OrganisationId, DatasetId, Period);

    public string Describe(DateOnly today) =>
        OnTime ? "On time" : Submitted ? "Late" : Due < today ? (Status is null ? "Missing" : "Overdue, not submitted") : Status is null ? "Not started" : "Not yet submitted";
}

/// <summary>Completeness and timeliness: every return expected of an assigned organisation for periods that have ended.</summary>
public static class CompletenessQuery
{
    public static async Task<List<ExpectedReturn>> LoadAsync(AppDbContext db, DateOnly today, int periodsBack, int? datasetId, CancellationToken ct)
    {
        var assignments = await db.Set<DatasetAssignment>().AsNoTracking()
            .Where(a => a.Dataset!.Active && (datasetId == null || a.DatasetId == datasetId))
            .Select(a => new { a.DatasetId, Dataset = a.Dataset!.Name, a.Dataset.PeriodType, a.Dataset.DueDays, a.OrganisationId, Organisation = a.Organisation!.Name, a.From })
            .ToListAsync(ct);
        var expected = new List<ExpectedReturn>();
        foreach (var a in assignments)
        {
            var p = Period.Containing(a.PeriodType, today).Previous;
            for (var n = 0; n < periodsBack && (a.From is not DateOnly from || p.End >= from); n++, p = p.Previous)
            {
                expected.Add(new ExpectedReturn(a.DatasetId, a.Dataset, a.OrganisationId, a.Organisation, p, p.End.AddDays(a.DueDays), null, null));
            }
        }

        if (expected.Count == 0)
        {
            return expected;
        }

        var earliest = expected.Min(e => e.Period.Start);
        var datasetIds = assignments.Select(a => a.DatasetId).Distinct().ToList();
        var returns = await db.Set<DataReturn>().AsNoTracking()
            .Where(r => datasetIds.Contains(r.DatasetId) && r.PeriodStart >= earliest)
            .Select(r => new { r.DatasetId, r.OrganisationId, r.Period, r.Status, SubmittedAt = r.FirstSubmittedAt ?? r.SubmittedAt })
            .ToListAsync(ct);
        var byKey = returns.ToDictionary(r => (r.DatasetId, r.OrganisationId, r.Period));
        return expected
            .Select(e => byKey.TryGetValue((e.DatasetId, e.OrganisationId, e.Period), out var r) ? e with { Status = r.Status, SubmittedAt = r.SubmittedAt } : e)
            .ToList();
    }
}
