using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace McnHub.Features.Standards;

/// <summary>A set of standards organisations assess themselves against, e.g. NICE quality standard QS160. Sets are data: others can be added.</summary>
public sealed class StandardsSet
{
    public int Id { get; set; }

    /// <summary>Short reference, e.g. "QS160".</summary>
    public string Code { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Publisher { get; set; }

    public List<StandardStatement> Statements { get; set; } = [];
}

/// <summary>One statement of a set, in its published order, with its structure and process measures.</summary>
public sealed class StandardStatement
{
    public int Id { get; set; }

    public int SetId { get; set; }

    public StandardsSet? Set { get; set; }

    public int Number { get; set; }

    public string Title { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>The structure and/or process measures, as published.</summary>
    public string Measures { get; set; } = "";
}

internal sealed class StandardsSetConfiguration : IEntityTypeConfiguration<StandardsSet>
{
    public void Configure(EntityTypeBuilder<StandardsSet> builder)
    {
        builder.ToTable("StandardsSets");
        builder.Property(s => s.Code).HasMaxLength(40).IsRequired();
        builder.Property(s => s.Title).HasMaxLength(300).IsRequired();
        builder.Property(s => s.Publisher).HasMaxLength(200);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.HasMany(s => s.Statements).WithOne(s => s.Set).HasForeignKey(s => s.SetId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StandardStatementConfiguration : IEntityTypeConfiguration<StandardStatement>
{
    public void Configure(EntityTypeBuilder<StandardStatement> builder)
    {
        builder.ToTable("StandardStatements");
        builder.Property(s => s.Title).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Text).HasMaxLength(2000).IsRequired();
        builder.Property(s => s.Measures).HasMaxLength(2000).IsRequired();
        builder.HasIndex(s => new { s.SetId, s.Number }).IsUnique();
    }
}
