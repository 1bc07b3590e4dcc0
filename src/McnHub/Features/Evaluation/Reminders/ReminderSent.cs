using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace McnHub.Features.Evaluation;

/// <summary>
/// A reminder emailed about one expected return to one person on one (UK) day. The daily run skips what is recorded
/// for the day, so a restart, a second instance or a retry after a failed run never sends the same reminder twice;
/// a send that failed is not recorded, so the next run that day tries again.
/// </summary>
public sealed class ReminderSent
{
    public long Id { get; set; }

    public int DatasetId { get; set; }

    public int OrganisationId { get; set; }

    public Period Period { get; set; }

    /// <summary>The UK day the reminder was due and sent.</summary>
    public DateOnly SentOn { get; set; }

    public string Email { get; set; } = "";

    public DateTime SentAt { get; set; }
}

internal sealed class ReminderSentConfiguration : IEntityTypeConfiguration<ReminderSent>
{
    public void Configure(EntityTypeBuilder<ReminderSent> builder)
    {
        builder.ToTable("DataReturnRemindersSent");
        builder.Property(r => r.Period).HasConversion(PeriodConverter.Instance).HasMaxLength(10).IsRequired();
        builder.Property(r => r.Email).HasMaxLength(256).IsRequired();
        builder.HasIndex(r => new { r.SentOn, r.DatasetId, r.OrganisationId, r.Period, r.Email }).IsUnique();
    }
}
