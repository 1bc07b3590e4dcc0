using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace McnHub.Features.Guidelines.Documents;

/// <summary>A member's comment on one section of a version out for consultation, and the owner's answer. Kept with the version.</summary>
public sealed class ConsultationComment : IVersioned
{
    public int Id { get; set; }

    public int GuidelineVersionId { get; set; }

    public GuidelineVersion? GuidelineVersion { get; set; }

    /// <summary>The Markdown heading the comment is about, or "General".</summary>
    public string Section { get; set; } = "";

    public string Text { get; set; } = "";

    public string AuthorName { get; set; } = "";

    public string? AuthorUserId { get; set; }

    public string? OrganisationName { get; set; }

    public DateTime PostedAt { get; set; } = DateTime.UtcNow;

    public string? Answer { get; set; }

    public string? AnsweredBy { get; set; }

    public DateTime? AnsweredAt { get; set; }

    public int Version { get; set; }

    public bool IsOpen => string.IsNullOrWhiteSpace(Answer);
}

internal sealed class ConsultationCommentConfiguration : IEntityTypeConfiguration<ConsultationComment>
{
    public void Configure(EntityTypeBuilder<ConsultationComment> builder)
    {
        builder.ToTable("GuidelineComments");
        builder.Property(c => c.Section).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Text).HasMaxLength(4000).IsRequired();
        builder.Property(c => c.AuthorName).HasMaxLength(150).IsRequired();
        builder.Property(c => c.AuthorUserId).HasMaxLength(450);
        builder.Property(c => c.OrganisationName).HasMaxLength(200);
        builder.Property(c => c.Answer).HasMaxLength(4000);
        builder.Property(c => c.AnsweredBy).HasMaxLength(150);
        builder.Ignore(c => c.IsOpen);
    }
}
