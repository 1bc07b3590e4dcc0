using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace McnHub.Features.Evaluation;

/// <summary>
/// The whole network's total of one element × option for one period start, over the values of returns in one
/// counted status (submitted or approved): what the network level of every indicator is computed from, so a network
/// answer reads a few thousand totals instead of millions of values. Derived data, kept fresh by
/// <see cref="Indicators.NetworkTotals"/>: the database's triggers list the period starts whose counted values
/// changed (<see cref="NetworkTotalPending"/>), and the next network computation over those periods recomputes them
/// from the values first (see the AddNetworkTotals migrations and docs/benchmarks.md, "Evaluation").
/// </summary>
public sealed class NetworkTotal
{
    public int DataElementId { get; set; }

    /// <summary>The category option, or 0 for a value without one (a key column cannot be null).</summary>
    public int OptionKey { get; set; }

    public DateOnly PeriodStart { get; set; }

    public ReturnStatus Status { get; set; }

    public double Sum { get; set; }

    public int Count { get; set; }
}

/// <summary>A period start whose counted values changed since its totals were made: written only by triggers.</summary>
public sealed class NetworkTotalPending
{
    public long Id { get; set; }

    public DateOnly PeriodStart { get; set; }
}

internal sealed class NetworkTotalConfiguration : IEntityTypeConfiguration<NetworkTotal>
{
    public void Configure(EntityTypeBuilder<NetworkTotal> builder)
    {
        builder.ToTable("NetworkTotals");
        builder.HasKey(t => new { t.DataElementId, t.PeriodStart, t.OptionKey, t.Status });
    }
}

internal sealed class NetworkTotalPendingConfiguration : IEntityTypeConfiguration<NetworkTotalPending>
{
    public void Configure(EntityTypeBuilder<NetworkTotalPending> builder)
    {
        builder.ToTable("NetworkTotalsPending");
        builder.HasIndex(p => p.PeriodStart);
    }
}
