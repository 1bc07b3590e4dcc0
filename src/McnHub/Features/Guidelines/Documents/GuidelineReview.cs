using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace McnHub.Features.Guidelines.Documents;

/// <summary>A review of the current approved version that found no change needed: when, by whom, and the next review date.</summary>
public sealed class GuidelineReview
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public GuidelineDocument? Document { get; set; }

    public int GuidelineVersionId { get; set; }

    public DateOnly ReviewedOn { get; set; }

    public string ReviewedBy { get; set; } = "";

    public DateOnly NextReviewDate { get; set; }

    public string? Note { get; set; }
}

internal sealed class GuidelineReviewConfiguration : IEntityTypeConfiguration<GuidelineReview>
{
    public void Configure(EntityTypeBuilder<GuidelineReview> builder)
    {
        builder.ToTable("GuidelineReviews");
        builder.Property(r => r.ReviewedBy).HasMaxLength(150).IsRequired();
        builder.Property(r => r.Note).HasMaxLength(2000);
        builder.HasOne(r => r.Document).WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<GuidelineVersion>().WithMany().HasForeignKey(r => r.GuidelineVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.DocumentId, r.ReviewedOn });
    }
}
