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

    /// <summary>
    /// How long the in-memory directory trusts its snapshot before asking the database's change counter again. Edits
    /// made through this app instance are seen at once whatever this says; edits by another instance, an import
    /// run elsewhere or by hand in SQL are seen within this interval. Zero asks on every request (docs/adr/0011).
    /// </summary>
    public TimeSpan VersionCheckInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long an anonymous answer of the public searches and the FHIR Organization read is kept ready-made, per
    /// directory version and exact query; zero switches the response cache off (docs/adr/0011). Entries of an
    /// older directory version are never served, whatever their age: this only bounds how long unused ones stay.
    /// </summary>
    public TimeSpan ResponseCacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The most memory the response cache may use, in megabytes.</summary>
    [Range(1, 4096)]
    public int ResponseCacheSizeMegabytes { get; set; } = 32;
}
