namespace McnHub.Bench.Load;

public enum EndpointKind
{
    /// <summary>The bare endpoint: the most the app's pipeline can serve on this machine.</summary>
    Ceiling,

    /// <summary>Target: at least 25% of the ceiling's throughput and p99 under 50 ms.</summary>
    Search,

    /// <summary>Target: at least 50% of the ceiling's throughput.</summary>
    Read,
}

/// <summary>
/// One measured endpoint. <see cref="Path"/> is requested as is, unless <see cref="RandomIdBetween"/> is set: then
/// each request asks for <c>Path + id</c> with an id drawn uniformly from the range (so a read is not one cached row).
/// </summary>
public sealed record BenchEndpoint(string Name, string Path, EndpointKind Kind, (int First, int Last)? RandomIdBetween = null)
{
    public const string HelloPath = "/bench/hello";

    public const string SearchText = "nursing";

    public const string ServiceCategory = "community-childrens-nursing";

    /// <summary>What the issue asks to measure, ceiling first.</summary>
    public static IReadOnlyList<BenchEndpoint> Standard(int organisations) =>
    [
        new("hello (ceiling)", HelloPath, EndpointKind.Ceiling),
        new("directory search page", $"/services?Q={SearchText}", EndpointKind.Search),
        new("Open Referral UK search", $"/openreferral/services?text={SearchText}", EndpointKind.Search),
        new("FHIR HealthcareService search", $"/fhir/r4/HealthcareService?service-category={ServiceCategory}&_count=20", EndpointKind.Search),
        new("FHIR Organization read", "/fhir/r4/Organization/", EndpointKind.Read, (1, Math.Max(1, organisations))),
    ];

    /// <summary>A path to check the endpoint with before the load (the first id of a read).</summary>
    public string SamplePath => RandomIdBetween is { } range ? Path + range.First.ToString(System.Globalization.CultureInfo.InvariantCulture) : Path;
}
