using System.Diagnostics;
using System.Globalization;

namespace McnHub.Bench.Load;

/// <summary>
/// wrk for the evaluation pages, which need a sign-in: the cookie goes in a header, and a path may hold
/// <c>{id}</c>, replaced by a random id in a range for each request (an organisation's data entry form).
/// Results are read with <see cref="Wrk.Parse"/>.
/// </summary>
public static class EvaluationWrk
{
    public static string Script(string path, (int First, int Last)? ids)
    {
        var request = ids is { } range
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
                local p = string.gsub("{{path}}", "{id}", tostring(math.random(first, last)))
                return wrk.format("GET", p)
              end
              """
            : "";
        return request + $$"""

            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("{{Wrk.ResultMarker}} requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d connect=%d read=%d write=%d timeout=%d status=%d\n",
                summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
                e.connect, e.read, e.write, e.timeout, e.status))
            end
            """;
    }

    public static async Task<LoadResult> RunAsync(Uri baseUrl, string path, (int First, int Last)? ids, string cookie, int connections, string duration, CancellationToken ct)
    {
        var script = Path.Combine(Path.GetTempPath(), $"mcnhub-eval-{Environment.ProcessId}-{Guid.NewGuid():N}.lua");
        await File.WriteAllTextAsync(script, Script(path, ids), ct);
        try
        {
            var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            var sample = ids is { } r ? path.Replace("{id}", r.First.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) : path;
            foreach (var arg in new[] { "-t", "1", "-c", connections.ToString(CultureInfo.InvariantCulture), "-d", duration, "--timeout", "30s", "-H", "Cookie: " + cookie, "-s", script, new Uri(baseUrl, sample).ToString() })
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

            return Wrk.Parse(await output);
        }
        finally
        {
            File.Delete(script);
        }
    }
}
