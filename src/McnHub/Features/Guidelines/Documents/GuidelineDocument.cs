using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace McnHub.Features.Guidelines.Documents;

public enum DocumentKind
{
    Guideline,
    CarePathway,
    Policy,
    Template,
    SymptomManagement,
}

public enum DocumentAudience
{
    Public,
    Members,
}

/// <summary>
/// What readers see of the document as a whole: a draft nobody has approved yet, a first draft out for consultation,
/// an approved document (its current version approved; a later draft may be in progress), or retired.
/// </summary>
public enum DocumentStatus
{
    Draft,
    Consultation,
    Approved,
    Retired,
}

/// <summary>
/// A shared guideline, care pathway, policy, template or symptom management guidance. The text lives in its
/// versions (<see cref="GuidelineVersion"/>); the document holds what stays across versions and the review schedule.
/// </summary>
public sealed class GuidelineDocument : IVersioned
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public DocumentKind Kind { get; set; }

    /// <summary>Clinical topics as "|topic|topic|" (lower case), so one topic is matched exactly with a LIKE-free Contains.</summary>
    public string Topics { get; set; } = "";

    public int OwnerId { get; set; }

    public Person? Owner { get; set; }

    public DocumentAudience Audience { get; set; }

    public DocumentStatus Status { get; set; }

    /// <summary>The approved version readers see first; null until a version is approved.</summary>
    public int? CurrentVersionId { get; set; }

    public GuidelineVersion? CurrentVersion { get; set; }

    /// <summary>When the current approved version must be reviewed by.</summary>
    public DateOnly? ReviewDate { get; set; }

    public DateOnly? LastReviewedOn { get; set; }

    public DateTime? LastReviewReminderAt { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public List<GuidelineVersion> Versions { get; set; } = [];

    public int Version { get; set; }

    public IReadOnlyList<string> TopicList => GuidelineTopics.Split(Topics);
}

internal sealed class GuidelineDocumentConfiguration : IEntityTypeConfiguration<GuidelineDocument>
{
    public void Configure(EntityTypeBuilder<GuidelineDocument> builder)
    {
        builder.ToTable("GuidelineDocuments");
        builder.Property(d => d.Title).HasMaxLength(200).IsRequired();
        builder.Property(d => d.Summary).HasMaxLength(2000).IsRequired();
        builder.Property(d => d.Topics).HasMaxLength(1000).IsRequired();
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Audience).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(d => d.Owner).WithMany().HasForeignKey(d => d.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.CurrentVersion).WithMany().HasForeignKey(d => d.CurrentVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Versions).WithOne(v => v.Document).HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(d => d.TopicList);
        builder.HasIndex(d => d.Status);
        builder.HasIndex(d => d.ReviewDate);
    }
}

/// <summary>Topics are free tags, stored delimited so a filter on one topic is an exact substring test.</summary>
public static class GuidelineTopics
{
    public static string Join(IEnumerable<string> topics)
    {
        var clean = topics.Select(Normalise).Where(t => t.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        return clean.Count == 0 ? "" : "|" + string.Join('|', clean) + "|";
    }

    /// <summary>Topics typed as "pain, end of life; nausea": commas, semicolons or new lines separate them.</summary>
    public static string Parse(string? text) => Join((text ?? "").Split([',', ';', '\n', '\r', '|'], StringSplitOptions.RemoveEmptyEntries));

    public static IReadOnlyList<string> Split(string stored) => stored.Split('|', StringSplitOptions.RemoveEmptyEntries);

    public static string Normalise(string topic) => string.Join(' ', topic.Replace('|', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    public static string Marker(string topic) => "|" + Normalise(topic) + "|";
}
