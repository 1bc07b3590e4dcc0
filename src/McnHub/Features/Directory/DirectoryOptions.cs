using System.ComponentModel.DataAnnotations;

namespace McnHub.Features.Directory;

/// <summary>
/// Settings of the service directory (section "Directory"): when a service counts as stale, how often its
/// organisation's leads are reminded, and the prevalence rates the provision map estimates need with.
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

    /// <summary>Children with life-limiting conditions per 10,000 aged 0–19 (England 2017/18, Fraser et al. 2021).</summary>
    [Range(typeof(decimal), "0", "10000")]
    public decimal DefaultPrevalencePer10000 { get; set; } = 66.4m;

    /// <summary>Named projection scenarios for the provision map (per 10,000 aged 0–19).</summary>
    public Dictionary<string, decimal> ScenarioPrevalences { get; set; } = new()
    {
        ["2030 lower"] = 67.0m,
        ["2030 upper"] = 84.2m,
    };
}
