namespace McnHub.Platform.Seeding;

public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Seed the demo network on first start against an empty database. Defaults to on for SQLite.</summary>
    public bool? Demo { get; set; }

    /// <summary>Password for every demo account; generated (and printed) when empty.</summary>
    public string? DemoPassword { get; set; }
}
