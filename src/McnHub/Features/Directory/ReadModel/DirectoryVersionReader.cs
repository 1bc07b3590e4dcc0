using System.Data.Common;
using McnHub.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace McnHub.Features.Directory.ReadModel;

/// <summary>
/// Reads the directory's change counter (the one-row DirectoryVersion table, bumped by triggers on every table the
/// read model holds: see the AddDirectoryVersion migrations). It uses its own pooled connection rather than a
/// DbContext, because it runs on every directory request and setting up a DbContext costs more than the query.
/// </summary>
public sealed class DirectoryVersionReader : IDisposable
{
    private const string Sql = """SELECT "Value" FROM "DirectoryVersion" WHERE "Id" = 1""";

    private readonly string connectionString;
    private readonly NpgsqlDataSource? postgres;

    public DirectoryVersionReader(IOptions<DatabaseOptions> options)
    {
        connectionString = options.Value.ResolveConnectionString();
        if (options.Value.Provider == DatabaseProvider.Postgres)
        {
            postgres = NpgsqlDataSource.Create(connectionString);
        }
    }

    public async ValueTask<long> ReadAsync(CancellationToken ct)
    {
        await using DbConnection connection = postgres is null ? new SqliteConnection(connectionString) : postgres.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        var value = await command.ExecuteScalarAsync(ct);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => postgres?.Dispose();
}
