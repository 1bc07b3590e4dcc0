using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace McnHub.Features.Standards;

/// <summary>A round of self-assessment against one set, e.g. "2025/26" (yearly) or "April to September 2026" (half-yearly).</summary>
public sealed class AssessmentPeriod
{
    public int Id { get; set; }

    public int SetId { get; set; }

    public StandardsSet? Set { get; set; }

    public string Name { get; set; } = "";

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    /// <summary>Closed periods are a record: their assessments and evidence can no longer change.</summary>
    public bool IsOpen { get; set; }
}

internal sealed class AssessmentPeriodConfiguration : IEntityTypeConfiguration<AssessmentPeriod>
{
    public void Configure(EntityTypeBuilder<AssessmentPeriod> builder)
    {
        builder.ToTable("AssessmentPeriods");
        builder.Property(p => p.Name).HasMaxLength(100).IsRequired();
        builder.HasOne(p => p.Set).WithMany().HasForeignKey(p => p.SetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.SetId, p.StartsOn });
    }
}
