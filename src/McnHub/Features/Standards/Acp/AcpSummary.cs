using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using McnHub.Platform.Export;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Standards.Acp;

public enum AcpStep
{
    SignedUp,
    GovernanceApproved,
    LeadNamed,
    StorageAgreed,
}

public sealed record AcpRow(int OrganisationId, string Organisation, bool SignedUp, DateOnly? SignedUpOn, DateOnly? ApprovedOn, string? Lead, bool StorageAgreed)
{
    public bool Has(AcpStep step) => step switch
    {
        AcpStep.SignedUp => SignedUp,
        AcpStep.GovernanceApproved => ApprovedOn is not null,
        AcpStep.LeadNamed => Lead is not null,
        _ => StorageAgreed,
    };

    public bool Complete => Enum.GetValues<AcpStep>().All(Has);
}

/// <summary>Adoption of the regional advance care plan across the member organisations, step by step.</summary>
public sealed record AcpSummary(IReadOnlyList<AcpRow> Rows)
{
    public static IReadOnlyList<AcpStep> Steps { get; } = Enum.GetValues<AcpStep>();

    public static string Describe(AcpStep step) => step switch
    {
        AcpStep.SignedUp => "Signed up to the regional plan",
        AcpStep.GovernanceApproved => "Approved through its own governance",
        AcpStep.LeadNamed => "Named lead",
        _ => "Storage and version control agreed",
    };

    public static string YesNo(bool yes) => yes ? "✓ Yes" : "✗ No";

    public int Count(AcpStep step) => Rows.Count(r => r.Has(step));

    public int CompleteCount => Rows.Count(r => r.Complete);

    public string Percent(int count) => Rows.Count == 0 ? "0%" : $"{Math.Round(100.0 * count / Rows.Count, MidpointRounding.AwayFromZero):0}%";

    public IEnumerable<AcpRow> Missing(AcpStep step) => Rows.Where(r => !r.Has(step));

    public static async Task<AcpSummary> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var organisations = await db.Set<Organisation>().AsNoTracking()
            .Where(o => o.Status == MembershipStatus.Member)
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name })
            .ToListAsync(ct);
        var records = await db.Set<AcpAdoption>().AsNoTracking()
            .Select(a => new { a.OrganisationId, a.SignedUp, a.SignedUpOn, a.GovernanceApprovedOn, Lead = a.Lead != null ? a.Lead.FullName : null, a.StorageAgreed })
            .ToDictionaryAsync(a => a.OrganisationId, ct);
        return new AcpSummary(organisations.Select(o => records.TryGetValue(o.Id, out var a)
            ? new AcpRow(o.Id, o.Name, a.SignedUp, a.SignedUpOn, a.GovernanceApprovedOn, a.Lead, a.StorageAgreed)
            : new AcpRow(o.Id, o.Name, false, null, null, null, false)).ToList());
    }

    public Table ToTable() => new(
        "advance-care-plan-adoption",
        ["Organisation", "Signed up", "Signed up on", "Approved through governance on", "Named lead", "Storage agreed", "All steps complete"],
        Rows.Select(r => (IReadOnlyList<object?>)[r.Organisation, r.SignedUp, r.SignedUpOn, r.ApprovedOn, r.Lead, r.StorageAgreed, r.Complete]).ToList());

    /// <summary>The counts table for reports: each step with its count and percentage.</summary>
    public Table ToCountsTable() => new(
        "advance-care-plan-adoption-summary",
        ["Step", "Organisations", "Of", "Percentage"],
        Steps.Select(s => (IReadOnlyList<object?>)[Describe(s), Count(s), Rows.Count, Percent(Count(s))])
            .Append([ "All four steps", CompleteCount, Rows.Count, Percent(CompleteCount) ]).ToList());
}
