using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace McnHub.Features.Directory.Services;

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Description).HasMaxLength(4000).IsRequired();
        builder.Property(s => s.Conditions).HasMaxLength(2000);
        builder.Property(s => s.Eligibility).HasMaxLength(2000);
        builder.Property(s => s.OutOfHours).HasMaxLength(1000);
        builder.Property(s => s.ReferralWho).HasMaxLength(500);
        builder.Property(s => s.ReferralHow).HasMaxLength(1000);
        builder.Property(s => s.ReferralContact).HasMaxLength(300);
        builder.Property(s => s.ReferralCriteria).HasMaxLength(2000);
        builder.Property(s => s.Phone).HasMaxLength(40);
        builder.Property(s => s.Email).HasMaxLength(256);
        builder.Property(s => s.Website).HasMaxLength(300);
        builder.Property(s => s.Cost).HasMaxLength(300);
        builder.Property(s => s.Languages).HasMaxLength(300);
        builder.Property(s => s.LastVerifiedBy).HasMaxLength(256);
        builder.HasOne(s => s.Organisation).WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.OrganisationId, s.Name }).IsUnique();
        builder.HasIndex(s => new { s.Status, s.Is24x7 });
        builder.HasIndex(s => s.LastVerifiedOn);
        builder.HasIndex(s => s.Name);

        // Narrow and covering for "these statuses, by name": the APIs page through ids and names without reading the
        // wide service rows (docs/benchmarks.md).
        builder.HasIndex(s => new { s.Status, s.Name });
    }
}

internal sealed class ServiceTypeConfiguration : IEntityTypeConfiguration<ServiceType>
{
    public void Configure(EntityTypeBuilder<ServiceType> builder)
    {
        builder.ToTable("ServiceTypes");
        builder.HasKey(x => new { x.ServiceId, x.TaxonomyTermId });
        builder.HasOne(x => x.Service).WithMany(s => s.Types).HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Term).WithMany().HasForeignKey(x => x.TaxonomyTermId).OnDelete(DeleteBehavior.Restrict);
        // Covering: the services of a type straight from the index (docs/benchmarks.md).
        builder.HasIndex(x => new { x.TaxonomyTermId, x.ServiceId });
    }
}

internal sealed class ServiceAreaConfiguration : IEntityTypeConfiguration<ServiceArea>
{
    public void Configure(EntityTypeBuilder<ServiceArea> builder)
    {
        builder.ToTable("ServiceAreas");
        builder.HasKey(x => new { x.ServiceId, x.AreaId });
        builder.HasOne(x => x.Service).WithMany(s => s.Areas).HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Area).WithMany().HasForeignKey(x => x.AreaId).OnDelete(DeleteBehavior.Restrict);
        // Covering: the services covering an area straight from the index (docs/benchmarks.md).
        builder.HasIndex(x => new { x.AreaId, x.ServiceId });
    }
}

internal sealed class ServiceLocationConfiguration : IEntityTypeConfiguration<ServiceLocation>
{
    public void Configure(EntityTypeBuilder<ServiceLocation> builder)
    {
        builder.ToTable("ServiceLocations");
        builder.Property(l => l.Name).HasMaxLength(200).IsRequired();
        builder.Property(l => l.AddressLine1).HasMaxLength(200);
        builder.Property(l => l.AddressLine2).HasMaxLength(200);
        builder.Property(l => l.Town).HasMaxLength(100);
        builder.Property(l => l.Postcode).HasMaxLength(10);
        builder.HasOne(l => l.Service).WithMany(s => s.Locations).HasForeignKey(l => l.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OpeningHoursConfiguration : IEntityTypeConfiguration<OpeningHours>
{
    public void Configure(EntityTypeBuilder<OpeningHours> builder)
    {
        builder.ToTable("OpeningHours");
        builder.HasOne(h => h.Service).WithMany(s => s.Hours).HasForeignKey(h => h.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(h => new { h.ServiceId, h.Day });
    }
}
