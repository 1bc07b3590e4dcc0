using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using McnHub.Features.Members.Network;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Bench.Generation;

public enum BenchProvider
{
    Sqlite,
    Postgres,
}

/// <summary>What was generated, and how long it took.</summary>
public sealed record GenerationReport(IReadOnlyDictionary<string, int> Rows, int IndexedServices, TimeSpan Migrate, TimeSpan Build, TimeSpan Insert, TimeSpan Total);

/// <summary>
/// `generate`: applies the app's own migrations (the same ones the app runs at start-up, including the full-text
/// index and its triggers), then writes a generated national network into the empty database in one transaction.
/// </summary>
public static class Generator
{
    public static AppDbContext CreateContext(BenchProvider provider, string connectionString) => provider == BenchProvider.Postgres
        ? new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connectionString).Options, new SystemActor("bench"))
        : new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connectionString).Options, new SystemActor("bench"));

    public static async Task<GenerationReport> RunAsync(
        BenchProvider provider, string connectionString, GeneratorOptions options, TextWriter log, DateOnly? today = null, CancellationToken ct = default)
    {
        var total = Stopwatch.StartNew();
        await using var db = CreateContext(provider, connectionString);
        await db.Database.MigrateAsync(ct);
        var migrate = total.Elapsed;
        if (await db.Set<NetworkSettings>().AnyAsync(ct) || await db.Set<Area>().AnyAsync(ct))
        {
            throw new InvalidOperationException("The database already holds a network: generate into a new, empty database.");
        }

        var network = NationalNetwork.Generate(options, today ?? DateOnly.FromDateTime(DateTime.UtcNow));
        var build = total.Elapsed - migrate;
        log.WriteLine($"Built {network.Services.Rows.Count:N0} services for {network.Organisations.Rows.Count:N0} organisations in {network.Areas.Rows.Count:N0} areas in {build.TotalSeconds:0.0} s.");

        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        var postgres = provider == BenchProvider.Postgres;
        var insertStarted = total.Elapsed;
        if (!postgres)
        {
            // For this connection only (neither is stored in the file): the whole load is one transaction, so a big page
            // cache and an in-memory rollback journal save most of the disk writes; the app later opens the file as usual.
            await Execute(connection, null, "PRAGMA cache_size = -262144; PRAGMA journal_mode = MEMORY", ct);
        }

        await using (var transaction = await connection.BeginTransactionAsync(ct))
        {
            var writer = new BulkWriter(connection, transaction, postgres);
            foreach (var table in network.Tables)
            {
                var started = Stopwatch.StartNew();
                await writer.WriteAsync(table, ct);
                log.WriteLine($"  {table.Name,-18} {table.Rows.Count,9:N0} rows  {started.Elapsed.TotalSeconds,6:0.0} s");
            }

            if (postgres)
            {
                await ResetSequencesAsync(connection, transaction, network, ct);
            }

            await transaction.CommitAsync(ct);
        }

        if (postgres)
        {
            // Autovacuum would do this within a minute of the load; done now so the first measurement is not of a cold planner.
            await Execute(connection, null, "ANALYZE", ct);
        }

        var insert = total.Elapsed - insertStarted;
        var indexed = await CountAsync(connection, "SELECT count(*) FROM \"ServiceSearch\"", ct);
        var rows = network.Tables.ToDictionary(t => t.Name, t => t.Rows.Count);
        return new GenerationReport(rows, indexed, migrate, build, insert, total.Elapsed);
    }

    /// <summary>Rows went in with explicit ids; the identity sequences must carry on after them, or the app's next insert collides.</summary>
    private static async Task ResetSequencesAsync(DbConnection connection, DbTransaction transaction, NationalNetwork network, CancellationToken ct)
    {
        foreach (var table in network.Tables.Where(t => t.Columns[0].Name == "Id" && t.Name != "NetworkSettings" && t.Rows.Count > 0))
        {
            await Execute(connection, transaction,
                $"SELECT setval(pg_get_serial_sequence('\"{table.Name}\"', 'Id'), (SELECT MAX(\"Id\") FROM \"{table.Name}\"))", ct);
        }
    }

    private static async Task Execute(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<int> CountAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return System.Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }
}
