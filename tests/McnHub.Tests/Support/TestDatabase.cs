using Npgsql;

namespace McnHub.Tests.Support;

public enum Provider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A throwaway database for one test app: a SQLite file in a temp folder, or a fresh database on the
/// PostgreSQL server the test script starts (connection in MCNHUB_TEST_POSTGRES).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "MCNHUB_TEST_POSTGRES";

    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    public TestDatabase(Provider provider, TestDatabase? template = null)
    {
        Provider = provider;
        Folder = Path.Combine(Path.GetTempPath(), "mcnhub-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        if (provider == Provider.Sqlite)
        {
            ConnectionString = $"Data Source={Path.Combine(Folder, "mcnhub.db")}";
            if (template is not null)
            {
                CopyFolder(template.Folder, Folder);
            }

            return;
        }

        _postgresAdmin = Environment.GetEnvironmentVariable(PostgresVariable)
            ?? throw new InvalidOperationException(
                $"PostgreSQL tests need a server: set {PostgresVariable} (the test script scripts/test starts one and sets it).");
        _postgresName = "mcnhub_test_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(_postgresAdmin))
        {
            connection.Open();
            using var command = new NpgsqlCommand(
                template is null ? $"CREATE DATABASE {_postgresName}" : $"CREATE DATABASE {_postgresName} TEMPLATE {template._postgresName}", connection);
            command.ExecuteNonQuery();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(_postgresAdmin) { Database = _postgresName }.ConnectionString;
    }

    public Provider Provider { get; }

    /// <summary>Data folder of the app under test: SQLite file, uploads, outgoing mail.</summary>
    public string Folder { get; }

    public string ConnectionString { get; }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(_postgresAdmin);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", connection);
            command.ExecuteNonQuery();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing request: the temp folder is cleaned by the OS.
        }
    }
}
