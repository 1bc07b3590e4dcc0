using McnHub.Features.Guidelines.Documents;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Guidelines.Adoption;

public sealed record MemberOrganisation(int Id, string Name);

public sealed record ApprovedDocument(int Id, string Title, DateOnly? FirstApproved);

public sealed record QuarterRate(string Quarter, DateOnly End, int Adopted, int Applicable)
{
    public int? Percent => Applicable == 0 ? null : (int)Math.Round(100.0 * Adopted / Applicable);
}

/// <summary>
/// The adoption picture, computed from the append-only records: an organisation's position on a document is its
/// latest record (as of a date). The rate is adopted ÷ applicable, where applicable leaves out "not applicable";
/// organisations that have recorded nothing count as not adopted.
/// </summary>
public sealed class AdoptionQueries(AppDbContext db)
{
    public Task<List<MemberOrganisation>> MembersAsync(CancellationToken ct) =>
        db.Set<Organisation>().AsNoTracking().Where(o => o.Status == MembershipStatus.Member)
            .OrderBy(o => o.Name).Select(o => new MemberOrganisation(o.Id, o.Name)).ToListAsync(ct);

    public async Task<List<ApprovedDocument>> ApprovedAsync(CancellationToken ct)
    {
        var rows = await db.Set<GuidelineDocument>().AsNoTracking().Where(d => d.Status == DocumentStatus.Approved)
            .OrderBy(d => d.Title)
            .Select(d => new { d.Id, d.Title, First = d.Versions.Where(v => v.ApprovedOn != null).Min(v => v.ApprovedOn) })
            .ToListAsync(ct);
        return [.. rows.Select(r => new ApprovedDocument(r.Id, r.Title, r.First))];
    }

    public Task<List<AdoptionRecord>> RecordsAsync(int? documentId, int? organisationId, CancellationToken ct)
    {
        var query = db.Set<AdoptionRecord>().AsNoTracking();
        if (documentId is { } d)
        {
            query = query.Where(r => r.DocumentId == d);
        }

        if (organisationId is { } o)
        {
            query = query.Where(r => r.OrganisationId == o);
        }

        return query.OrderBy(r => r.RecordedOn).ThenBy(r => r.Id).ToListAsync(ct);
    }

    /// <summary>The latest record per (document, organisation) on or before <paramref name="asOf"/>.</summary>
    public static Dictionary<(int DocumentId, int OrganisationId), AdoptionRecord> Latest(IEnumerable<AdoptionRecord> records, DateOnly? asOf = null) =>
        records.Where(r => asOf is null || r.RecordedOn <= asOf)
            .GroupBy(r => (r.DocumentId, r.OrganisationId))
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.RecordedOn).ThenBy(r => r.Id).Last());

    public static QuarterRate Rate(string label, DateOnly end, IReadOnlyList<ApprovedDocument> documents, IReadOnlyList<MemberOrganisation> organisations, IReadOnlyList<AdoptionRecord> records)
    {
        var latest = Latest(records, end);
        int adopted = 0, applicable = 0;
        foreach (var d in documents.Where(d => d.FirstApproved is { } first && first <= end))
        {
            foreach (var o in organisations)
            {
                var status = latest.TryGetValue((d.Id, o.Id), out var r) ? r.Status : AdoptionStatus.NotAdopted;
                if (status == AdoptionStatus.NotApplicable)
                {
                    continue;
                }

                applicable++;
                adopted += status == AdoptionStatus.Adopted ? 1 : 0;
            }
        }

        return new QuarterRate(label, end, adopted, applicable);
    }

    /// <summary>The rate at the end of each of the last <paramref name="count"/> calendar quarters, the current one (to date) last.</summary>
    public static IReadOnlyList<QuarterRate> ByQuarter(DateOnly today, int count, IReadOnlyList<ApprovedDocument> documents, IReadOnlyList<MemberOrganisation> organisations, IReadOnlyList<AdoptionRecord> records)
    {
        var quarterStart = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        var rates = new List<QuarterRate>();
        for (var i = count - 1; i >= 0; i--)
        {
            var start = quarterStart.AddMonths(-3 * i);
            var end = i == 0 ? today : start.AddMonths(3).AddDays(-1);
            var label = $"{start.Year} Q{((start.Month - 1) / 3) + 1}{(i == 0 ? " (to date)" : "")}";
            rates.Add(Rate(label, end, documents, organisations, records));
        }

        return rates;
    }
}
