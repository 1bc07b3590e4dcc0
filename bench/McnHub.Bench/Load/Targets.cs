namespace McnHub.Bench.Load;

/// <summary>The targets of the issue ("Service directory and provision map", Targets), checked against a run.</summary>
public static class Targets
{
    public const double SearchShareOfCeiling = 0.25;
    public const double SearchP99Ms = 50;
    public const double ReadShareOfCeiling = 0.50;
    public const double MemoryMb = 400;

    /// <summary>What the endpoint must reach, in words; empty for the ceiling.</summary>
    public static string Describe(EndpointKind kind) => kind switch
    {
        EndpointKind.Search => $"≥ {SearchShareOfCeiling:P0}, p99 < {SearchP99Ms:0} ms",
        EndpointKind.Read => $"≥ {ReadShareOfCeiling:P0}",
        _ => "",
    };

    /// <summary>Null for the ceiling (nothing to meet); otherwise whether the result meets its target, with no errors.</summary>
    public static bool? Met(EndpointKind kind, LoadResult result, double ceilingRequestsPerSecond)
    {
        var share = ceilingRequestsPerSecond > 0 ? result.RequestsPerSecond / ceilingRequestsPerSecond : 0;
        return kind switch
        {
            EndpointKind.Search => result.Errors == 0 && share >= SearchShareOfCeiling && result.P99 < SearchP99Ms,
            EndpointKind.Read => result.Errors == 0 && share >= ReadShareOfCeiling,
            _ => null,
        };
    }

    public static bool MemoryMet(double peakMb) => peakMb < MemoryMb;
}
