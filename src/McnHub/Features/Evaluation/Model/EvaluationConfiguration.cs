using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace McnHub.Features.Evaluation;

internal sealed class DataElementConfiguration : IEntityTypeConfiguration<DataElement>
{
    public void Configure(EntityTypeBuilder<DataElement> builder)
    {
        builder.ToTable("DataElements");
        builder.Property(e => e.Code).HasMaxLength(EvaluationLimits.Code).IsRequired();
        builder.HasIndex(e => e.Code).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Definition).HasMaxLength(4000).IsRequired();
        builder.Property(e => e.Includes).HasMaxLength(2000);
        builder.Property(e => e.Excludes).HasMaxLength(2000);
        builder.Property(e => e.WorkedExample).HasMaxLength(2000);
        builder.HasOne(e => e.CategoryCombo).WithMany().HasForeignKey(e => e.CategoryComboId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CategoryComboConfiguration : IEntityTypeConfiguration<CategoryCombo>
{
    public void Configure(EntityTypeBuilder<CategoryCombo> builder)
    {
        builder.ToTable("CategoryCombos");
        builder.Property(c => c.Code).HasMaxLength(EvaluationLimits.Code).IsRequired();
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
    }
}

internal sealed class CategoryOptionConfiguration : IEntityTypeConfiguration<CategoryOption>
{
    public void Configure(EntityTypeBuilder<CategoryOption> builder)
    {
        builder.ToTable("CategoryOptions");
        builder.Property(o => o.Code).HasMaxLength(EvaluationLimits.Code).IsRequired();
        builder.Property(o => o.Name).HasMaxLength(100).IsRequired();
        builder.HasOne(o => o.CategoryCombo).WithMany(c => c.Options).HasForeignKey(o => o.CategoryComboId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => new { o.CategoryComboId, o.Code }).IsUnique();
    }
}

internal sealed class DatasetConfiguration : IEntityTypeConfiguration<Dataset>
{
    public void Configure(EntityTypeBuilder<Dataset> builder)
    {
        builder.ToTable("Datasets");
        builder.Property(d => d.Code).HasMaxLength(EvaluationLimits.Code).IsRequired();
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.Name).HasMaxLength(200).IsRequired();
        builder.Property(d => d.Description).HasMaxLength(2000);
    }
}

internal sealed class DatasetSectionConfiguration : IEntityTypeConfiguration<DatasetSection>
{
    public void Configure(EntityTypeBuilder<DatasetSection> builder)
    {
        builder.ToTable("DatasetSections");
        builder.Property(s => s.Name).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Description).HasMaxLength(1000);
        builder.HasOne(s => s.Dataset).WithMany(d => d.Sections).HasForeignKey(s => s.DatasetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.DatasetId, s.SortOrder });
    }
}

internal sealed class DatasetElementConfiguration : IEntityTypeConfiguration<DatasetElement>
{
    public void Configure(EntityTypeBuilder<DatasetElement> builder)
    {
        builder.ToTable("DatasetElements");
        builder.HasOne<Dataset>().WithMany(d => d.Elements).HasForeignKey(e => e.DatasetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Section).WithMany(s => s.Elements).HasForeignKey(e => e.DatasetSectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.DataElement).WithMany().HasForeignKey(e => e.DataElementId).OnDelete(DeleteBehavior.Restrict);

        // An element appears once in a dataset.
        builder.HasIndex(e => new { e.DatasetId, e.DataElementId }).IsUnique();
    }
}

internal sealed class DatasetAssignmentConfiguration : IEntityTypeConfiguration<DatasetAssignment>
{
    public void Configure(EntityTypeBuilder<DatasetAssignment> builder)
    {
        builder.ToTable("DatasetAssignments");
        builder.HasOne(a => a.Dataset).WithMany(d => d.Assignments).HasForeignKey(a => a.DatasetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Organisation).WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.DatasetId, a.OrganisationId }).IsUnique();
        builder.HasIndex(a => a.OrganisationId);
    }
}

internal sealed class DataReturnConfiguration : IEntityTypeConfiguration<DataReturn>
{
    public void Configure(EntityTypeBuilder<DataReturn> builder)
    {
        builder.ToTable("DataReturns");
        builder.Property(r => r.Period).HasConversion(PeriodConverter.Instance).HasMaxLength(10).IsRequired();
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.Property(r => r.SubmittedBy).HasMaxLength(256);
        builder.Property(r => r.ApprovedBy).HasMaxLength(256);
        builder.Property(r => r.ReopenedBy).HasMaxLength(256);
        builder.Property(r => r.ReopenReason).HasMaxLength(2000);
        builder.HasOne(r => r.Dataset).WithMany().HasForeignKey(r => r.DatasetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Organisation).WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.DatasetId, r.OrganisationId, r.Period }).IsUnique();

        // Completeness and aggregation: the returns of a dataset in a status over a range of periods.
        builder.HasIndex(r => new { r.DatasetId, r.PeriodStart, r.Status });
        builder.HasIndex(r => new { r.OrganisationId, r.PeriodStart });
    }
}

internal sealed class DataValueConfiguration : IEntityTypeConfiguration<DataValue>
{
    public void Configure(EntityTypeBuilder<DataValue> builder)
    {
        builder.ToTable("DataValues");
        builder.Property(v => v.Value).HasMaxLength(EvaluationLimits.TextValue).IsRequired();
        builder.Property(v => v.Comment).HasMaxLength(EvaluationLimits.Comment);
        builder.HasOne(v => v.DataReturn).WithMany(r => r.Values).HasForeignKey(v => v.DataReturnId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.DataElement).WithMany().HasForeignKey(v => v.DataElementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.CategoryOption).WithMany().HasForeignKey(v => v.CategoryOptionId).OnDelete(DeleteBehavior.Restrict);

        // One value per return × element × option, enforced by the database so two saves at once cannot both add
        // one (see DataSaveConflict). NULL options are distinct in a unique index on both providers, so values of
        // elements without a disaggregation get their own partial index; the first also serves the entry form.
        builder.HasIndex(v => new { v.DataReturnId, v.DataElementId, v.CategoryOptionId }).IsUnique();
        builder.HasIndex(v => new { v.DataReturnId, v.DataElementId }, "IX_DataValues_OneWithoutOption")
            .IsUnique()
            .HasFilter("\"CategoryOptionId\" IS NULL");

        // Aggregation: "sum element E per period (per organisation) across approved returns" is a range scan of
        // this index, covering the number and the return (joined to its status) without touching the table.
        builder.HasIndex(v => new { v.DataElementId, v.PeriodStart, v.OrganisationId, v.CategoryOptionId, v.DataReturnId, v.Numeric })
            .HasDatabaseName("IX_DataValues_Aggregation");
    }
}

internal sealed class ValidationRuleConfiguration : IEntityTypeConfiguration<ValidationRule>
{
    public void Configure(EntityTypeBuilder<ValidationRule> builder)
    {
        builder.ToTable("ValidationRules");
        builder.Property(r => r.Name).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Left).HasMaxLength(EvaluationLimits.Expression).IsRequired();
        builder.Property(r => r.Right).HasMaxLength(EvaluationLimits.Expression).IsRequired();
        builder.Property(r => r.Message).HasMaxLength(500).IsRequired();
        builder.HasOne(r => r.Dataset).WithMany(d => d.ValidationRules).HasForeignKey(r => r.DatasetId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("Indicators");
        builder.Property(i => i.Code).HasMaxLength(EvaluationLimits.Code).IsRequired();
        builder.HasIndex(i => i.Code).IsUnique();
        builder.Property(i => i.Name).HasMaxLength(200).IsRequired();
        builder.Property(i => i.Description).HasMaxLength(4000);
        builder.Property(i => i.Numerator).HasMaxLength(EvaluationLimits.Expression).IsRequired();
        builder.Property(i => i.NumeratorDescription).HasMaxLength(500);
        builder.Property(i => i.Denominator).HasMaxLength(EvaluationLimits.Expression).IsRequired();
        builder.Property(i => i.DenominatorDescription).HasMaxLength(500);
    }
}

internal sealed class PeriodConverter() : ValueConverter<Period, string>(p => p.Id, s => Period.Parse(s))
{
    public static readonly PeriodConverter Instance = new();
}

public static class EvaluationLimits
{
    public const int Code = 50;
    public const int Expression = 1000;
    public const int TextValue = 2000;
    public const int Comment = 1000;
}
