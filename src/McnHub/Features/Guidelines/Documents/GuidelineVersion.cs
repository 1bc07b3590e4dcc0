using McnHub.Features.Governance.Decisions;
using McnHub.Features.Governance.Groups;
using McnHub.Platform.Data;
using McnHub.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace McnHub.Features.Guidelines.Documents;

/// <summary>A version's life: drafted, perhaps out for consultation, approved (then read-only), later superseded.</summary>
public enum VersionStatus
{
    Draft,
    Consultation,
    Approved,
    Superseded,
}

/// <summary>One version of a document: its text and/or file, why it changed, its consultation window and its approval.</summary>
public sealed class GuidelineVersion : IVersioned
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public GuidelineDocument? Document { get; set; }

    /// <summary>1, 2, 3… within the document.</summary>
    public int Number { get; set; }

    public VersionStatus Status { get; set; }

    /// <summary>Markdown; rendered through <see cref="Library.SafeMarkdown"/>.</summary>
    public string Body { get; set; } = "";

    public Guid? FileId { get; set; }

    public StoredFile? File { get; set; }

    public string ChangeSummary { get; set; } = "";

    public DateOnly? EffectiveDate { get; set; }

    /// <summary>The review date proposed with this version; becomes the document's review date on approval.</summary>
    public DateOnly? ReviewDate { get; set; }

    public DateOnly? ConsultationOpensOn { get; set; }

    public DateOnly? ConsultationClosesOn { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    public int? ApprovedByGroupId { get; set; }

    public Group? ApprovedByGroup { get; set; }

    public int? DecisionId { get; set; }

    public Decision? Decision { get; set; }

    public string? ApprovedBy { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public string? CreatedBy { get; set; }

    public List<ConsultationComment> Comments { get; set; } = [];

    public int Version { get; set; }

    /// <summary>Approved and superseded versions are the record of what was agreed: never edited.</summary>
    public bool IsLocked => Status is VersionStatus.Approved or VersionStatus.Superseded;
}

internal sealed class GuidelineVersionConfiguration : IEntityTypeConfiguration<GuidelineVersion>
{
    public void Configure(EntityTypeBuilder<GuidelineVersion> builder)
    {
        builder.ToTable("GuidelineVersions");
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Body).IsRequired();
        builder.Property(v => v.ChangeSummary).HasMaxLength(2000).IsRequired();
        builder.Property(v => v.ApprovedBy).HasMaxLength(256);
        builder.Property(v => v.CreatedBy).HasMaxLength(256);
        builder.HasOne(v => v.File).WithMany().HasForeignKey(v => v.FileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.ApprovedByGroup).WithMany().HasForeignKey(v => v.ApprovedByGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.Decision).WithMany().HasForeignKey(v => v.DecisionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(v => v.Comments).WithOne(c => c.GuidelineVersion).HasForeignKey(c => c.GuidelineVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.DocumentId, v.Number }).IsUnique();
        builder.Ignore(v => v.IsLocked);
    }
}
