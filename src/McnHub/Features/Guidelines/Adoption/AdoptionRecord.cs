using McnHub.Features.Guidelines.Documents;
using McnHub.Features.Members.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace McnHub.Features.Guidelines.Adoption;

public enum AdoptionStatus
{
    Adopted,
    InProgress,
    NotAdopted,
    NotApplicable,
}

/// <summary>
/// What an organisation said about adopting a document, as of a date. Records are only added, never changed: the
/// latest per organisation is its current position, and the history gives the adoption rate over time.
/// </summary>
public sealed class AdoptionRecord
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public GuidelineDocument? Document { get; set; }

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public AdoptionStatus Status { get; set; }

    public DateOnly RecordedOn { get; set; }

    public string? Note { get; set; }

    public string? LocalLead { get; set; }

    public string? RecordedBy { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

internal sealed class AdoptionRecordConfiguration : IEntityTypeConfiguration<AdoptionRecord>
{
    public void Configure(EntityTypeBuilder<AdoptionRecord> builder)
    {
        builder.ToTable("GuidelineAdoptions");
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Note).HasMaxLength(2000);
        builder.Property(a => a.LocalLead).HasMaxLength(150);
        builder.Property(a => a.RecordedBy).HasMaxLength(256);
        builder.HasOne(a => a.Document).WithMany().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Organisation).WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.DocumentId, a.OrganisationId, a.RecordedOn });
        builder.HasIndex(a => a.OrganisationId);
    }
}
