namespace McnHub.Features.Directory.ProvisionMap;

/// <summary>
/// A prevalence of life-limiting conditions per 10,000 children and young people aged 0–19 to apply where an area
/// has no rate of its own (Fraser et al. 2021: 66.4 in England in 2017/18, projected to 67.0–84.2 by 2030).
/// </summary>
public sealed record PrevalenceScenario(string Key, string Name, decimal PerTenThousand)
{
    public static readonly PrevalenceScenario Baseline = new("baseline", "2017/18 baseline", 66.4m);

    public static readonly PrevalenceScenario Projection2030Lower = new("2030-lower", "2030 projection, lower estimate", 67.0m);

    public static readonly PrevalenceScenario Projection2030Upper = new("2030-upper", "2030 projection, upper estimate", 84.2m);

    public static IReadOnlyList<PrevalenceScenario> All { get; } = [Baseline, Projection2030Lower, Projection2030Upper];

    public static PrevalenceScenario? Find(string? key) =>
        All.FirstOrDefault(s => string.Equals(s.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase));
}
