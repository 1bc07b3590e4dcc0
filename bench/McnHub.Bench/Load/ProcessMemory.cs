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
