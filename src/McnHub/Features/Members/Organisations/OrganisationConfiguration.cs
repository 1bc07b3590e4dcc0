using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace McnHub.Features.Members.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(OrganisationRules.NameMaxLength).IsRequired();
        builder.Property(o => o.OdsCode).HasMaxLength(10);
        builder.Property(o => o.AddressLine1).HasMaxLength(200);
        builder.Property(o => o.AddressLine2).HasMaxLength(200);
        builder.Property(o => o.Town).HasMaxLength(100);
        builder.Property(o => o.Postcode).HasMaxLength(10);
        builder.Property(o => o.Website).HasMaxLength(300);
        builder.Property(o => o.Phone).HasMaxLength(40);
        builder.Property(o => o.Email).HasMaxLength(256);
        builder.HasIndex(o => o.Name).IsUnique();
        builder.HasIndex(o => o.OdsCode).IsUnique();
        builder.HasIndex(o => new { o.Type, o.Sector, o.Status });
        builder.Ignore(o => o.Address);
    }
}

internal sealed class OrganisationAreaConfiguration : IEntityTypeConfiguration<OrganisationArea>
{
    public void Configure(EntityTypeBuilder<OrganisationArea> builder)
    {
        builder.ToTable("OrganisationAreas");
        builder.HasKey(x => new { x.OrganisationId, x.AreaId });
        builder.HasOne(x => x.Organisation).WithMany(o => o.AreasServed).HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Area).WithMany().HasForeignKey(x => x.AreaId).OnDelete(DeleteBehavior.Restrict);
    }
}
