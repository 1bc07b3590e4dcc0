using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace McnHub.Features.Members.Network;

public enum AreaKind
{
    Region,
    IntegratedCareBoard,
    LocalAuthority,
    Other,
}

/// <summary>A geographical area of the network (a small hierarchy: region → ICB → local authority).</summary>
public sealed class Area : IVersioned
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>ONS or NHS code, e.g. E54000062 or E06000018.</summary>
    public string? Code { get; set; }

    public AreaKind Kind { get; set; } = AreaKind.LocalAuthority;

    public int? ParentId { get; set; }

    public Area? Parent { get; set; }

    public List<Area> Children { get; set; } = [];

    /// <summary>Resident population aged 0–19.</summary>
    public int Population0To19 { get; set; }

    /// <summary>
    /// Prevalence of life-limiting conditions per 10,000 aged 0–19 for this area, where local evidence differs from
    /// the network default (e.g. a more deprived area); null uses the default.
    /// </summary>
    public decimal? PrevalencePer10000 { get; set; }

    public int Version { get; set; }
}

internal sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(120).IsRequired();
        builder.Property(a => a.Code).HasMaxLength(20);
        builder.HasIndex(a => a.Name).IsUnique();
        builder.Property(a => a.PrevalencePer10000).HasPrecision(7, 2);
        builder.HasOne(a => a.Parent).WithMany(a => a.Children).HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
