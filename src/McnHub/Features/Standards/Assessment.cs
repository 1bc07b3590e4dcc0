using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using McnHub.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace McnHub.Features.Standards;

public enum AssessmentStatus
{
    Met,
    PartiallyMet,
    NotMet,
    NotApplicable,
}

/// <summary>One organisation's assessment of one statement in one period, with its evidence and action plan.</summary>
public sealed class Assessment : IVersioned
{
    public int Id { get; set; }

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public int PeriodId { get; set; }

    public AssessmentPeriod? Period { get; set; }

    public int StatementId { get; set; }

    public StandardStatement? Statement { get; set; }

    public AssessmentStatus Status { get; set; }

    public string? Evidence { get; set; }

    public DateTime AssessedAt { get; set; } = DateTime.UtcNow;

    public string? AssessedBy { get; set; }

    public List<EvidenceFile> Files { get; set; } = [];

    public List<ActionPlanItem> Actions { get; set; } = [];

    public int Version { get; set; }
}

/// <summary>A file (policy, audit, minutes) offered as evidence for an assessment.</summary>
public sealed class EvidenceFile
{
    public int Id { get; set; }

    public int AssessmentId { get; set; }

    public Guid FileId { get; set; }

    public StoredFile? File { get; set; }
}

/// <summary>What the organisation will do to meet the statement: action, owner, due date.</summary>
public sealed class ActionPlanItem
{
    public int Id { get; set; }

    public int AssessmentId { get; set; }

    public Assessment? Assessment { get; set; }

    public string Action { get; set; } = "";

    public string Owner { get; set; } = "";

    public DateOnly DueOn { get; set; }

    public DateOnly? CompletedOn { get; set; }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.ToTable("Assessments");
        builder.Property(a => a.Evidence).HasMaxLength(4000);
        builder.Property(a => a.AssessedBy).HasMaxLength(256);
        builder.HasOne(a => a.Organisation).WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Period).WithMany().HasForeignKey(a => a.PeriodId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Statement).WithMany().HasForeignKey(a => a.StatementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Files).WithOne().HasForeignKey(f => f.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Actions).WithOne(i => i.Assessment).HasForeignKey(i => i.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.OrganisationId, a.PeriodId, a.StatementId }).IsUnique();
        builder.HasIndex(a => a.PeriodId);
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.ToTable("AssessmentEvidenceFiles");
        builder.HasOne(f => f.File).WithMany().HasForeignKey(f => f.FileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => f.FileId).IsUnique();
    }
}

internal sealed class ActionPlanItemConfiguration : IEntityTypeConfiguration<ActionPlanItem>
{
    public void Configure(EntityTypeBuilder<ActionPlanItem> builder)
    {
        builder.ToTable("AssessmentActions");
        builder.Property(i => i.Action).HasMaxLength(1000).IsRequired();
        builder.Property(i => i.Owner).HasMaxLength(200).IsRequired();
        builder.HasIndex(i => i.DueOn);
    }
}
