using Microsoft.Data.Sqlite;

namespace McnHub.Platform.Cli;

/// <summary>
/// SQLite backup and restore while the app runs: `VACUUM INTO` writes a consistent, compact copy in one
/// read transaction; restore copies the backup into the live file through SQLite's online backup API, which
/// takes the proper locks, so running connections simply see the restored data.
/// </summary>
internal static class SqliteBackup
{
    private static readonly string[] McnHubTables = ["__EFMigrationsHistory", "AspNetUsers", "AuditEntries"];

    public static async Task BackupAsync(string connectionString, string to, CancellationToken ct)
    {
        var live = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        if (!File.Exists(live.DataSource))
        {
            throw new CommandFailedException($"There is no SQLite database at {Path.GetFullPath(live.DataSource)}.");
        }

        await using var connection = new SqliteConnection(live.ToString());
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $to";
        command.Parameters.AddWithValue("$to", to);
        try
        {
            await command.ExecuteNonQueryAsync(ct);
        }
        catch
        {
            File.Delete(to);
            throw;
        }
    }

    /// <summary>Refuses files that are not SQLite, not McnHub, damaged, or from a newer McnHub than this one.</summary>
    public static async Task VerifyAsync(string file, IReadOnlySet<string> knownMigrations, CancellationToken ct)
    {
        await using var connection = Open(file);
        List<string> tables;
        try
        {
            await connection.OpenAsync(ct);
            tables = await ListAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table'", ct);
        }
        catch (SqliteException)
        {
            throw new CommandFailedException($"{file} is not a McnHub backup: it is not a SQLite database.");
        }

        var missing = McnHubTables.Where(t => !tables.Contains(t, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            throw new CommandFailedException($"{file} is not a McnHub backup: it has no {string.Join(", ", missing)} table.");
        }

        var check = await ListAsync(connection, "PRAGMA quick_check", ct);
        if (check is not ["ok"])
        {
            throw new CommandFailedException($"{file} is damaged: {string.Join("; ", check.Take(3))}");
        }

        var newer = (await ListAsync(connection, "SELECT MigrationId FROM __EFMigrationsHistory", ct)).Where(m => !knownMigrations.Contains(m)).ToList();
        if (newer.Count > 0)
        {
            throw new CommandFailedException($"{file} was made by a newer version of McnHub (migration {newer[0]} is unknown here): upgrade McnHub first.");
        }
    }

    public static async Task RestoreAsync(string from, string connectionString, CancellationToken ct)
    {
        await using var source = Open(from);
        await source.OpenAsync(ct);
        await using var target = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await target.OpenAsync(ct);
        source.BackupDatabase(target);

        // Pooled connections of this process may hold the old schema's statements.
        SqliteConnection.ClearAllPools();
    }

    private static SqliteConnection Open(string file) =>
        new(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());

    private static async Task<List<string>> ListAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
