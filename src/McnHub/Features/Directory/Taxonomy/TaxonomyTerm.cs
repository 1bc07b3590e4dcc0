using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace McnHub.Features.Directory.Taxonomy;

/// <summary>
/// A service type from the directory's taxonomy (editable by the co-ordinator). <see cref="Code"/> is the stable id
/// used by the APIs (Open Referral `taxonomy_term_id`, FHIR `service-type` code).
/// </summary>
public sealed class TaxonomyTerm : IVersioned
{
    public const string Vocabulary = "mcnhub-service-types";

    public int Id { get; set; }

    /// <summary>Stable identifier, lowercase with hyphens, e.g. "end-of-life-care-at-home".</summary>
    public string Code { get; set; } = "";

    public string Label { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>Optional link to the term in an external vocabulary (e.g. a SNOMED CT concept).</summary>
    public string? Uri { get; set; }

    public int SortOrder { get; set; }

    /// <summary>The co-ordinator marks the types every area must have (e.g. by a standard such as NICE QS160).</summary>
    public bool RequiredInEveryArea { get; set; }

    /// <summary>Where required, must it be available 24 hours a day, 7 days a week?</summary>
    public bool Required24x7 { get; set; }

    public int Version { get; set; }
}

internal sealed class TaxonomyTermConfiguration : IEntityTypeConfiguration<TaxonomyTerm>
{
    public void Configure(EntityTypeBuilder<TaxonomyTerm> builder)
    {
        builder.ToTable("TaxonomyTerms");
        builder.Property(t => t.Code).HasMaxLength(80).IsRequired();
        builder.Property(t => t.Label).HasMaxLength(150).IsRequired();
        builder.Property(t => t.Description).HasMaxLength(1000);
        builder.Property(t => t.Uri).HasMaxLength(300);
        builder.HasIndex(t => t.Code).IsUnique();
        builder.HasIndex(t => t.Label).IsUnique();
    }
}
