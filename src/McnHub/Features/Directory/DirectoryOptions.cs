using System.ComponentModel.DataAnnotations;

namespace McnHub.Features.Directory;

/// <summary>
/// Settings of the service directory (section "Directory"): when a service counts as stale, how often its
/// organisation's leads are reminded. The prevalence scenarios of the provision map are the published figures in ProvisionMap/PrevalenceScenario.cs.
/// </summary>
public sealed class DirectoryOptions
{
    public const string Section = "Directory";

    /// <summary>A service not verified within this many months is stale.</summary>
    [Range(1, 120)]
    public int StaleAfterMonths { get; set; } = 6;

    /// <summary>A stale service's leads are reminded about it at most once in this many days.</summary>
    [Range(1, 365)]
    public int ReminderEveryDays { get; set; } = 14;

    /// <summary>
    /// How often the reminder job looks for stale services; zero or less switches it off (it is always off in the
    /// "Testing" environment, where tests call it directly).
    /// </summary>
    public TimeSpan ReminderCheckInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// How many distinct search texts the in-memory directory keeps the full-text index's answer for (per snapshot,
    /// i.e. until the directory changes). Zero switches off every per-snapshot cache (the index's answers and the
    /// API resources made for services and organisations), to measure the uncached path (docs/adr/0009,
    /// docs/benchmarks.md).
    /// </summary>
    [Range(0, 10_000)]
    public int SearchCacheSize { get; set; } = 64;
}
