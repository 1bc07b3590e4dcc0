using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace McnHub.Platform.Cli;

/// <summary>
/// PostgreSQL backup and restore with the server's own tools: `pg_dump --format=custom` takes a consistent
/// snapshot while the app runs; `pg_restore --clean --if-exists` in one transaction replaces the data.
/// Connection details go to the tools through PG* environment variables, never on their command line
/// (where other users of the machine could read the password).
/// </summary>
internal static class PostgresBackup
{
    private static readonly string[] McnHubTables = ["__EFMigrationsHistory", "AspNetUsers", "AuditEntries"];

    public static async Task BackupAsync(string connectionString, string to, CancellationToken ct)
    {
        var partial = to + ".partial";
        try
        {
            await RunAsync("pg_dump", ["--format=custom", "--no-password", "--file", partial], connectionString, ct);
            File.Move(partial, to);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>Refuses files that are not pg_dump archives of a McnHub database.</summary>
    public static async Task VerifyAsync(string file, CancellationToken ct)
    {
        var (exit, output, _) = await RunToolAsync("pg_restore", ["--list", file], environment: null, ct);
        if (exit != 0)
        {
            throw new CommandFailedException($"{file} is not a McnHub backup of a PostgreSQL database (pg_restore cannot read it).");
        }

        var missing = McnHubTables.Where(t => !output.Contains($" TABLE public {t} ", StringComparison.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            throw new CommandFailedException($"{file} is not a McnHub backup: it has no {string.Join(", ", missing)} table.");
        }
    }

    public static Task RestoreAsync(string connectionString, string from, CancellationToken ct) =>
        // The conninfo names no database, so pg_restore takes it from PGDATABASE like everything else.
        RunAsync(
            "pg_restore",
            ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--no-password", "--dbname=application_name=mcnhub-restore", from],
            connectionString,
            ct);

    /// <summary>libpq's environment variables for a connection string.</summary>
    internal static Dictionary<string, string> EnvironmentFor(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        var env = new Dictionary<string, string>
        {
            ["PGHOST"] = b.Host ?? "localhost",
            ["PGPORT"] = b.Port.ToString(CultureInfo.InvariantCulture),
            ["PGDATABASE"] = b.Database ?? b.Username ?? "postgres",
            ["PGSSLMODE"] = b.SslMode switch
            {
                SslMode.Disable => "disable",
                SslMode.Allow => "allow",
                SslMode.Require => "require",
                SslMode.VerifyCA => "verify-ca",
                SslMode.VerifyFull => "verify-full",
                _ => "prefer",
            },
        };
        if (!string.IsNullOrEmpty(b.Username))
        {
            env["PGUSER"] = b.Username;
        }

        if (!string.IsNullOrEmpty(b.Password))
        {
            env["PGPASSWORD"] = b.Password;
        }

        return env;
    }

    private static async Task RunAsync(string tool, string[] arguments, string connectionString, CancellationToken ct)
    {
        var (exit, _, errors) = await RunToolAsync(tool, arguments, EnvironmentFor(connectionString), ct);
        if (exit != 0)
        {
            throw new CommandFailedException($"{tool} failed (exit code {exit}): {errors.Trim()}");
        }
    }

    private static async Task<(int Exit, string Output, string Errors)> RunToolAsync(string tool, string[] arguments, Dictionary<string, string>? environment, CancellationToken ct)
    {
        var start = new ProcessStartInfo(PostgresTools.Find(tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? [])
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new CommandFailedException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var errors = process.StandardError.ReadToEndAsync(ct);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await errors);
    }
}
