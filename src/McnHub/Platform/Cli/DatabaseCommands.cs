using System.CommandLine;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace McnHub.Platform.Cli;

/// <summary>`McnHub migrate`, `McnHub backup --to FILE`, `McnHub restore --from FILE [--force]`, for SQLite and PostgreSQL.</summary>
internal static class DatabaseCommands
{
    public static Command Migrate(string[] settings)
    {
        var command = new Command("migrate", "Apply the database migrations this version of McnHub needs (SQLite or PostgreSQL, as configured).");
        command.SetAction((_, ct) => CliHost.RunAsync(settings, MigrateAsync, ct));
        return command;
    }

    public static Command Backup(string[] settings)
    {
        var to = new Option<FileInfo>("--to") { Description = "File to write (must not exist yet).", Required = true, HelpName = "file" };
        var command = new Command("backup", "Write a consistent copy of the database to a file; safe while McnHub is running.") { to };
        command.SetAction((parse, ct) => CliHost.RunAsync(settings, (services, c) => BackupAsync(services, parse.GetRequiredValue(to), c), ct));
        return command;
    }

    public static Command Restore(string[] settings)
    {
        var from = new Option<FileInfo>("--from") { Description = "A file written by `McnHub backup`.", Required = true, HelpName = "file" };
        var force = new Option<bool>("--force") { Description = "Replace a database that already holds data (everything in it is lost)." };
        var command = new Command("restore", "Replace the database with the contents of a backup file.") { from, force };
        command.SetAction((parse, ct) => CliHost.RunAsync(
            settings,
            (services, c) => RestoreAsync(services, parse.GetRequiredValue(from), parse.GetValue(force), c),
            ct));
        return command;
    }

    private static async Task MigrateAsync(IServiceProvider services, CancellationToken ct)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var db = services.GetRequiredService<AppDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        Console.WriteLine($"Database: {Describe(options)}");
        if (pending.Count == 0)
        {
            Console.WriteLine("Nothing to apply: the database is up to date.");
            return;
        }

        await db.Database.MigrateAsync(ct);
        foreach (var migration in pending)
        {
            Console.WriteLine($"Applied {migration}");
        }

        Console.WriteLine($"The database is up to date ({pending.Count} migration(s) applied).");
    }

    private static async Task BackupAsync(IServiceProvider services, FileInfo to, CancellationToken ct)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (to.Exists)
        {
            throw new CommandFailedException($"{to.FullName} already exists: choose another file name (backups are never overwritten).");
        }

        if (to.Directory is { Exists: false } folder)
        {
            throw new CommandFailedException($"The folder {folder.FullName} does not exist.");
        }

        if (options.Provider == DatabaseProvider.Postgres)
        {
            await PostgresBackup.BackupAsync(options.ResolveConnectionString(), to.FullName, ct);
        }
        else
        {
            await SqliteBackup.BackupAsync(options.ResolveConnectionString(), to.FullName, ct);
        }

        to.Refresh();
        Console.WriteLine($"Backed up {Describe(options)} to {to.FullName} ({to.Length / 1024.0:0.#} KB).");
    }

    private static async Task RestoreAsync(IServiceProvider services, FileInfo from, bool force, CancellationToken ct)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (!from.Exists)
        {
            throw new CommandFailedException($"There is no file {from.FullName}.");
        }

        var db = services.GetRequiredService<AppDbContext>();
        var connectionString = options.ResolveConnectionString();
        var postgres = options.Provider == DatabaseProvider.Postgres;
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);

        // Check the file before touching the database: a wrong file must not cost the live data.
        if (postgres)
        {
            await PostgresBackup.VerifyAsync(from.FullName, ct);
        }
        else
        {
            await SqliteBackup.VerifyAsync(from.FullName, known, ct);
        }

        if (!force && await HasDataAsync(db, ct))
        {
            throw new CommandFailedException($"{Capitalised(Describe(options))} already holds data. Add --force to replace it with the backup (everything in it now is lost).");
        }

        if (postgres)
        {
            await PostgresBackup.RestoreAsync(connectionString, from.FullName, ct);
        }
        else
        {
            await SqliteBackup.RestoreAsync(from.FullName, connectionString, ct);
        }

        Console.WriteLine($"Restored {from.FullName} into {Describe(options)}.");
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            Console.WriteLine($"The backup is from an older version of McnHub: run `McnHub migrate` to apply {pending.Count} migration(s).");
        }
    }

    private static async Task<bool> HasDataAsync(AppDbContext db, CancellationToken ct)
    {
        if (!await db.Database.CanConnectAsync(ct) || !(await db.Database.GetAppliedMigrationsAsync(ct)).Any())
        {
            return false;
        }

        return await db.Users.AnyAsync(ct) || await db.Set<NetworkSettings>().AnyAsync(ct) || await db.Set<Organisation>().AnyAsync(ct);
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Where the database is, without the password.</summary>
    internal static string Describe(DatabaseOptions options)
    {
        var connectionString = options.ResolveConnectionString();
        if (options.Provider == DatabaseProvider.Postgres)
        {
            var b = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
            return $"the PostgreSQL database {b.Database} on {b.Host}:{b.Port}";
        }

        return $"the SQLite database {Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource)}";
    }
}
