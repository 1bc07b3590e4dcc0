using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace McnHub.Bench.Load;

/// <summary>What wrk measured for one endpoint. Latencies are in milliseconds.</summary>
public sealed record LoadResult(long Requests, double Seconds, double P50, double P90, double P99, double Max, long ConnectErrors, long ReadErrors, long WriteErrors, long Timeouts, long BadStatus)
{
    public double RequestsPerSecond => Seconds > 0 ? Requests / Seconds : 0;

    /// <summary>Socket errors, timeouts and answers other than 2xx/3xx.</summary>
    public long Errors => ConnectErrors + ReadErrors + WriteErrors + Timeouts + BadStatus;
}

/// <summary>
/// Drives the load with wrk (Debian package `wrk`), a separate process from the app. A small Lua script prints the
/// results on one machine-readable line (so nothing depends on wrk's human-readable units) and, for reads by id,
/// draws a random id for each request.
/// </summary>
public static partial class Wrk
{
    public const string ResultMarker = "MCNHUB-RESULT";

    public static string Script(BenchEndpoint endpoint)
    {
        var request = endpoint.RandomIdBetween is { } range
            ? $$"""
              local first, last = {{range.First.ToString(CultureInfo.InvariantCulture)}}, {{range.Last.ToString(CultureInfo.InvariantCulture)}}
              local counter = 0
              setup = function(thread)
                counter = counter + 1
                thread:set("seed", counter)
              end
              init = function(args)
                math.randomseed(seed or 1)
              end
              request = function()
                return wrk.format("GET", "{{endpoint.Path}}" .. math.random(first, last))
              end
              """
            : "";
        return request + $$"""

            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("{{ResultMarker}} requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d connect=%d read=%d write=%d timeout=%d status=%d\n",
                summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
                e.connect, e.read, e.write, e.timeout, e.status))
            end
            """;
    }

    public static async Task<LoadResult> RunAsync(Uri baseUrl, BenchEndpoint endpoint, int connections, int threads, string duration, CancellationToken ct)
    {
        var script = Path.Combine(Path.GetTempPath(), $"mcnhub-bench-{Environment.ProcessId}-{Guid.NewGuid():N}.lua");
        await File.WriteAllTextAsync(script, Script(endpoint), ct);
        try
        {
            var start = new ProcessStartInfo("wrk")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "-t", threads.ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture), "-d", duration, "--timeout", "10s", "-s", script, new Uri(baseUrl, endpoint.SamplePath).ToString() })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start wrk.");
            var output = process.StandardOutput.ReadToEndAsync(ct);
            var error = process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {await error}{await output}");
            }

            return Parse(await output);
        }
        finally
        {
            File.Delete(script);
        }
    }

    /// <summary>Reads the line the Lua <c>done</c> function writes.</summary>
    public static LoadResult Parse(string output)
    {
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(ResultMarker, StringComparison.Ordinal))
            ?? throw new InvalidOperationException("wrk printed no result line:\n" + output);
        var values = Pair().Matches(line).ToDictionary(m => m.Groups[1].Value, m => long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        static double Ms(long microseconds) => microseconds / 1000.0;
        return new LoadResult(
            values["requests"], values["duration_us"] / 1e6, Ms(values["p50_us"]), Ms(values["p90_us"]), Ms(values["p99_us"]), Ms(values["max_us"]),
            values["connect"], values["read"], values["write"], values["timeout"], values["status"]);
    }

    [GeneratedRegex(@"(\w+)=(\d+)")]
    private static partial Regex Pair();
}
