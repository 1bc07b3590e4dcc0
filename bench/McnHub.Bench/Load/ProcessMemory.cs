using System.Globalization;

namespace McnHub.Bench.Load;

/// <summary>Resident memory of another process, from /proc/PID/status (Linux): now (VmRSS) and its peak so far (VmHWM).</summary>
public sealed record ProcessMemory(double ResidentMb, double PeakMb)
{
    public static ProcessMemory? Read(int? pid)
    {
        var path = $"/proc/{pid}/status";
        if (pid is null || !File.Exists(path))
        {
            return null;
        }

        var fields = File.ReadLines(path)
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2 && p[0] is "VmRSS" or "VmHWM")
            .ToDictionary(p => p[0], p => double.Parse(p[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024);
        return fields.TryGetValue("VmRSS", out var rss) && fields.TryGetValue("VmHWM", out var peak) ? new ProcessMemory(rss, peak) : null;
    }
}

/// <summary>
/// CPU time another process has used (user + system, from /proc/PID/stat). Divided by the requests served, it gives the
/// app's cost per request, which (unlike requests per second) hardly depends on what else the machine is doing.
/// </summary>
public static class ProcessCpu
{
    /// <summary>Linux reports these times in clock ticks of 1/100 s (USER_HZ) on every common architecture.</summary>
    private const double TicksPerSecond = 100;

    public static TimeSpan? Read(int? pid)
    {
        var path = $"/proc/{pid}/stat";
        if (pid is null || !File.Exists(path))
        {
            return null;
        }

        // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
        var text = File.ReadAllText(path);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
