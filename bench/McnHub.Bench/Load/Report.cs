using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace McnHub.Bench.Load;

/// <summary>One measured endpoint in the report, with what it returned when checked (its number of hits, for searches).</summary>
public sealed record MeasuredEndpoint(BenchEndpoint Endpoint, LoadResult Result, long? Hits, ProcessMemory? MemoryAfter, TimeSpan? AppCpu = null)
{
    /// <summary>The app's CPU time per request served, in milliseconds (null when the app's process id was not given).</summary>
    public double? CpuMsPerRequest => AppCpu is { } cpu && Result.Requests > 0 ? cpu.TotalMilliseconds / Result.Requests : null;
}

/// <summary>The results as a plain-text table for the console and as Markdown for docs/benchmarks.md.</summary>
public static class Report
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static IReadOnlyList<string[]> Rows(IReadOnlyList<MeasuredEndpoint> measured)
    {
        var ceiling = measured.FirstOrDefault(m => m.Endpoint.Kind == EndpointKind.Ceiling)?.Result.RequestsPerSecond ?? 0;
        return
        [
            .. measured.Select(m =>
            {
                var met = Targets.Met(m.Endpoint.Kind, m.Result, ceiling);
                return new[]
                {
                    m.Endpoint.Name,
                    m.Endpoint.RandomIdBetween is { } r ? $"{m.Endpoint.Path}{{{r.First}..{r.Last}}}" : m.Endpoint.Path,
                    m.Hits?.ToString("N0", Invariant) ?? "",
                    m.Result.RequestsPerSecond.ToString("N0", Invariant),
                    m.Result.P50.ToString("0.0", Invariant),
                    m.Result.P99.ToString("0.0", Invariant),
                    m.Result.Errors.ToString("N0", Invariant),
                    ceiling > 0 ? (m.Result.RequestsPerSecond / ceiling).ToString("P1", Invariant) : "",
                    m.CpuMsPerRequest?.ToString("0.000", Invariant) ?? "",
                    Targets.Describe(m.Endpoint.Kind),
                    met switch { true => "met", false => "MISSED", null => "" },
                };
            }),
        ];
    }

    private static readonly string[] Headings = ["Endpoint", "Path", "Hits", "Requests/s", "p50 ms", "p99 ms", "Errors", "Of ceiling", "App CPU ms/request", "Target", "Result"];

    public static string Text(IReadOnlyList<MeasuredEndpoint> measured, ProcessMemory? memory)
    {
        int[] columns = [0, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        var rows = Rows(measured).Select(r => columns.Select(c => r[c]).ToArray()).ToList();
        var headings = columns.Select(c => Headings[c]).ToArray();
        var widths = headings.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        void Line(string[] cells) => text.AppendLine(string.Join("  ", cells.Select((c, i) => i is 0 or 8 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd());
        Line(headings);
        foreach (var row in rows)
        {
            Line(row);
        }

        text.AppendLine(MemoryLine(memory));
        return text.ToString();
    }

    public static string Markdown(IReadOnlyList<MeasuredEndpoint> measured, ProcessMemory? memory, string settings)
    {
        var text = new StringBuilder()
            .AppendLine(Invariant, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Machine()}; {settings}.")
            .AppendLine()
            .AppendLine("| " + string.Join(" | ", Headings) + " |")
            .AppendLine("|" + string.Join("|", Headings.Select((_, i) => i is 0 or 1 or 9 or 10 ? "---" : "---:")) + "|");
        foreach (var row in Rows(measured))
        {
            text.AppendLine("| " + string.Join(" | ", row.Select((c, i) => i == 1 ? $"`{c}`" : c)) + " |");
        }

        return text.AppendLine().AppendLine(MemoryLine(memory)).ToString();
    }

    private static string MemoryLine(ProcessMemory? memory) => memory is null
        ? "App memory: not measured (pass --pid with the app's process id)."
        : $"App memory: peak resident set (VmHWM) {memory.PeakMb.ToString("N0", Invariant)} MB, {memory.ResidentMb.ToString("N0", Invariant)} MB at the end; " +
          $"target < {Targets.MemoryMb.ToString("0", Invariant)} MB: {(Targets.MemoryMet(memory.PeakMb) ? "met" : "MISSED")}.";

    /// <summary>Cores, CPU model and runtime: the figures mean little without them.</summary>
    public static string Machine()
    {
        var model = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return $"{Environment.ProcessorCount} cores{(model is null ? "" : $" ({model})")}, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.FrameworkDescription}";
    }
}
