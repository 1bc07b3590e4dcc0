namespace McnHub.Platform.Cli;

/// <summary>Finds the PostgreSQL client programs: on PATH, else in Debian's versioned folders.</summary>
internal static class PostgresTools
{
    private const string DebianFolder = "/usr/lib/postgresql";

    public static string Find(string tool)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, tool))
            .FirstOrDefault(File.Exists);
        if (onPath is not null)
        {
            return onPath;
        }

        // The newest version first: pg_dump must be at least as new as the server.
        var versioned = Directory.Exists(DebianFolder)
            ? Directory.GetDirectories(DebianFolder)
                .Select(folder => (Version: int.TryParse(Path.GetFileName(folder), out var v) ? v : 0, Path: Path.Combine(folder, "bin", tool)))
                .Where(x => File.Exists(x.Path))
                .OrderByDescending(x => x.Version)
                .Select(x => x.Path)
                .FirstOrDefault()
            : null;
        return versioned ?? throw new CommandFailedException(
            $"{tool} was not found on PATH or under {DebianFolder}/*/bin. Install the PostgreSQL client programs " +
            "(Debian and Ubuntu: `apt-get install postgresql-client`, of at least the server's major version) and try again.");
    }
}
