using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using McnHub.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace McnHub.Features.Members.Agreements;

public enum AgreementKind
{
    Membership,
    DataSharing,
}

/// <summary>A membership or data-sharing agreement signed by an organisation.</summary>
public sealed class Agreement : IVersioned
{
    public int Id { get; set; }

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public AgreementKind Kind { get; set; }

    public DateOnly SignedOn { get; set; }

    public DateOnly RenewalDue { get; set; }

    /// <summary>Who signed, e.g. "Dr A Smith (Medical Director); J Jones (Network co-ordinator)".</summary>
    public string? Signatories { get; set; }

    public string? Notes { get; set; }

    public Guid? DocumentId { get; set; }

    public StoredFile? Document { get; set; }

    public int Version { get; set; }
}

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.Property(a => a.Signatories).HasMaxLength(500);
        builder.Property(a => a.Notes).HasMaxLength(2000);
        builder.HasOne(a => a.Organisation).WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Document).WithMany().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => a.RenewalDue);
    }
}
