using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace McnHub.Platform.Audit;

public enum AuditAction
{
    Insert,
    Update,
    Delete,

    /// <summary>Someone tried something they are not allowed to do (e.g. a lead editing another organisation).</summary>
    Refused,
}

/// <summary>One change to one record: who, when, what, and each changed field's old and new value.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public string? UserId { get; set; }

    public string UserName { get; set; } = "";

    public string Entity { get; set; } = "";

    public string EntityKey { get; set; } = "";

    public AuditAction Action { get; set; }

    /// <summary>JSON array of <see cref="AuditChange"/>.</summary>
    public string Changes { get; set; } = "[]";
}

public sealed record AuditChange(string Field, string? Old, string? New);

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.Entity).HasMaxLength(128);
        builder.Property(a => a.EntityKey).HasMaxLength(256);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.Entity, a.EntityKey });
    }
}
