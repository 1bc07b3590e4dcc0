using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace McnHub.Features.Members.Network;

/// <summary>The network itself (one row): its name and the aims members must be able to read.</summary>
public sealed class NetworkSettings : IVersioned
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public string Name { get; set; } = "McnHub network";

    public string? Region { get; set; }

    /// <summary>One paragraph: why the network exists.</summary>
    public string Aims { get; set; } = "";

    /// <summary>One objective per line.</summary>
    public string Objectives { get; set; } = "";

    public string? ContactEmail { get; set; }

    /// <summary>
    /// The month (1–12) the reporting year starts: annual reports cover twelve months from it. Null is April, the
    /// UK public sector's financial year (April to March); 1 gives calendar years.
    /// </summary>
    public int? ReportingYearStartMonth { get; set; }

    public const int DefaultReportingYearStartMonth = 4;

    public int ReportingYearStart => ReportingYearStartMonth is >= 1 and <= 12 ? ReportingYearStartMonth.Value : DefaultReportingYearStartMonth;

    public int Version { get; set; }

    public IEnumerable<string> ObjectiveList =>
        Objectives.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

internal sealed class NetworkSettingsConfiguration : IEntityTypeConfiguration<NetworkSettings>
{
    public void Configure(EntityTypeBuilder<NetworkSettings> builder)
    {
        builder.ToTable("NetworkSettings");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Name).HasMaxLength(200).IsRequired();
        builder.Property(n => n.Region).HasMaxLength(120);
        builder.Property(n => n.Aims).HasMaxLength(4000);
        builder.Property(n => n.Objectives).HasMaxLength(4000);
        builder.Property(n => n.ContactEmail).HasMaxLength(256);
        builder.Ignore(n => n.ObjectiveList);
        builder.Ignore(n => n.ReportingYearStart);
    }
}
