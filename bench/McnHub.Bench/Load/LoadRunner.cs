using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace McnHub.Bench.Load;

public sealed record RunOptions(Uri Url, int Connections = 32, int Threads = 2, string Duration = "20s", string WarmUp = "5s", int? Pid = null, string? Markdown = null);

/// <summary>
/// `run`: checks every endpoint answers 200 (and how many hits each search has), then for each endpoint in turn warms
/// it up and measures it with wrk at the same number of connections, and reads the app's memory from /proc.
/// </summary>
public static partial class LoadRunner
{
    public static async Task<int> RunAsync(RunOptions options, TextWriter log, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(60) };
        var organisations = await OrganisationCountAsync(http, ct);
        var endpoints = BenchEndpoint.Standard(organisations);

        var hits = new Dictionary<BenchEndpoint, long?>();
        foreach (var endpoint in endpoints)
        {
            using var response = await http.GetAsync(endpoint.SamplePath, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                var hint = endpoint.Kind == EndpointKind.Ceiling ? " Start the app with Bench:Enabled=true (environment variable Bench__Enabled=true)." : "";
                await log.WriteLineAsync($"{endpoint.SamplePath} answered {(int)response.StatusCode}: nothing measured.{hint}");
                return 1;
            }

            hits[endpoint] = Hits(body);
        }

        var loadBefore = LoadAverage();
        var measured = new List<MeasuredEndpoint>();
        foreach (var endpoint in endpoints)
        {
            await log.WriteLineAsync($"{endpoint.Name}: warming up for {options.WarmUp}, then measuring for {options.Duration} at {options.Connections} connections…");
            if (options.WarmUp is not ("0" or "0s"))
            {
                await Wrk.RunAsync(options.Url, endpoint, options.Connections, options.Threads, options.WarmUp, ct);
            }

            var cpuBefore = ProcessCpu.Read(options.Pid);
            var result = await Wrk.RunAsync(options.Url, endpoint, options.Connections, options.Threads, options.Duration, ct);
            var cpu = ProcessCpu.Read(options.Pid) - cpuBefore;
            measured.Add(new MeasuredEndpoint(endpoint, result, hits[endpoint], ProcessMemory.Read(options.Pid), cpu));
        }

        var memory = ProcessMemory.Read(options.Pid);
        await log.WriteLineAsync();
        await log.WriteLineAsync(Report.Text(measured, memory));
        await log.WriteLineAsync($"Load average (1 min): {loadBefore} before, {LoadAverage()} after.");
        if (options.Markdown is { } file)
        {
            var settings = $"wrk, {options.Connections} connections, {options.Threads} threads, {options.Duration} per endpoint after a {options.WarmUp} warm-up; " +
                $"load average (1 min) {loadBefore} before and {LoadAverage()} after the run (the machine is shared: above 2 means other work competed for its 2 cores)";
            await File.WriteAllTextAsync(file, Report.Markdown(measured, memory, settings), ct);
            await log.WriteLineAsync($"Markdown written to {file}");
        }

        return 0;
    }

    /// <summary>The machine's 1-minute load average: the figures mean little if other work was running.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    /// <summary>Organisation ids run from 1 to the FHIR total less one (the network itself is an Organization too).</summary>
    private static async Task<int> OrganisationCountAsync(HttpClient http, CancellationToken ct)
    {
        using var response = await http.GetAsync("/fhir/r4/Organization?_count=0", ct);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return json.RootElement.GetProperty("total").GetInt32() - 1;
    }

    /// <summary>The number of results a search answered: ORUK total_items, FHIR total, or the directory page's data-total.</summary>
    public static long? Hits(string body)
    {
        var match = TotalPattern().Match(body);
        return match.Success ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex("(?:\"total_items\":|\"total\":|data-total=\")(\\d+)")]
    private static partial Regex TotalPattern();
}
