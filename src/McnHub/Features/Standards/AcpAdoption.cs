using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace McnHub.Features.Standards;

/// <summary>
/// One organisation's progress in adopting the regional child and young person's advance care plan: signed up,
/// approved through its own governance, a named lead, storage (and version control) agreed.
/// </summary>
public sealed class AcpAdoption : IVersioned
{
    public int Id { get; set; }

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public bool SignedUp { get; set; }

    public DateOnly? SignedUpOn { get; set; }

    /// <summary>When the organisation's own governance approved the plan; null while not approved.</summary>
    public DateOnly? GovernanceApprovedOn { get; set; }

    public int? LeadPersonId { get; set; }

    public Person? Lead { get; set; }

    public bool StorageAgreed { get; set; }

    public string? Notes { get; set; }

    public int Version { get; set; }
}

internal sealed class AcpAdoptionConfiguration : IEntityTypeConfiguration<AcpAdoption>
{
    public void Configure(EntityTypeBuilder<AcpAdoption> builder)
    {
        builder.ToTable("AcpAdoptions");
        builder.Property(a => a.Notes).HasMaxLength(2000);
        builder.HasOne(a => a.Organisation).WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Lead).WithMany().HasForeignKey(a => a.LeadPersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => a.OrganisationId).IsUnique();
    }
}
