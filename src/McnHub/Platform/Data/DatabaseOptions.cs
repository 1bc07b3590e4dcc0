using System.ComponentModel.DataAnnotations;

namespace McnHub.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite, defaults to a file under the data folder; required for PostgreSQL.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder for the SQLite file, uploads, outgoing mail and keys. Relative to the working directory.</summary>
    [Required]
    public string DataFolder { get; set; } = "data";

    /// <summary>Log SQL statements (costs about a third of the throughput, so off by default).</summary>
    public bool LogSql { get; set; }

    public string ResolveConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        if (Provider == DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException(
                "Database:Provider is Postgres but Database:ConnectionString is empty. Set it, e.g. Host=localhost;Database=mcnhub;Username=mcnhub;Password=…");
        }

        return $"Data Source={Path.Combine(Path.GetFullPath(DataFolder), "mcnhub.db")}";
    }
}
