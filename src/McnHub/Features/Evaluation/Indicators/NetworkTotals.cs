using System.Data.Common;
using System.Globalization;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Indicators;

/// <summary>
/// Keeps <see cref="NetworkTotal"/> fresh. Triggers on the values and returns (AddNetworkTotals migrations) add a
/// row to NetworkTotalsPending for every period start whose counted values (of submitted or approved returns) may
/// have changed: any write, by the app, an import or by hand. Before a network computation reads the totals of a
/// range of periods, the pending ones in that range are recomputed from the values, in one transaction:
/// <list type="number">
/// <item>it takes the refresh lock (PostgreSQL: an advisory lock; SQLite: the transaction is IMMEDIATE, i.e. the
/// database's write lock), so two refreshes never interleave;</item>
/// <item>it deletes the pending rows of the range and learns their periods (DELETE … RETURNING): a write committed
/// before this statement is seen by the next ones, and one not yet committed keeps its own pending row, so its
/// period is recomputed next time (PostgreSQL's triggers append rows rather than merge them for this reason);</item>
/// <item>it replaces those periods' totals with a GROUP BY over their values.</item>
/// </list>
/// A reader that finds a pending row another refresh is working on waits for that refresh (the lock), so it never reads
/// totals older than the data. The cost of the first answer after a change is that of recomputing the changed
/// periods (one month of the whole network after a return is approved), not of reading ten years of values.
/// </summary>
public sealed class NetworkTotals(AppDbContext db)
{
    /// <summary>Any number: the key of PostgreSQL's advisory lock that serialises refreshes.</summary>
    private const long RefreshLock = 0x4d636e546f74616c; // "McnTotal"

    /// <summary>Recomputes the totals of the pending periods between <paramref name="from"/> and <paramref name="to"/>, if any.</summary>
    public async Task EnsureFreshAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (!await db.Set<NetworkTotalPending>().AnyAsync(p => p.PeriodStart >= from && p.PeriodStart <= to, ct))
        {
            return;
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await RefreshAsync(db.Database.GetDbConnection(), db.Database.IsNpgsql(), from, to, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The refresh itself on an open connection (also used by the benchmark's generator after a bulk load): returns
    /// the number of periods recomputed.
    /// </summary>
    public static async Task<int> RefreshAsync(DbConnection connection, bool postgres, DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (postgres)
        {
            await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({RefreshLock})", ct);
        }

        var periods = new SortedSet<DateOnly>();
        await using (var command = Command(connection, transaction, """
            DELETE FROM "NetworkTotalsPending" WHERE "PeriodStart" >= @from AND "PeriodStart" <= @to RETURNING "PeriodStart"
            """))
        {
            Add(command, "from", from);
            Add(command, "to", to);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                periods.Add(reader.GetFieldValue<DateOnly>(0));
            }
        }

        foreach (var chunk in periods.Chunk(200))
        {
            // Dates read from the database and formatted here: safe to write into the statement.
            var list = string.Join(", ", chunk.Select(p => string.Create(CultureInfo.InvariantCulture, $"'{p:yyyy-MM-dd}'")));
            await ExecuteAsync(connection, transaction, $"""DELETE FROM "NetworkTotals" WHERE "PeriodStart" IN ({list})""", ct);
            await ExecuteAsync(connection, transaction, $"""
                INSERT INTO "NetworkTotals" ("DataElementId", "PeriodStart", "OptionKey", "Status", "Sum", "Count")
                SELECT v."DataElementId", v."PeriodStart", COALESCE(v."CategoryOptionId", 0), r."Status", SUM(v."Numeric"), COUNT(*)
                FROM "DataValues" AS v
                INNER JOIN "DataReturns" AS r ON r."Id" = v."DataReturnId"
                WHERE v."DataElementId" IN (SELECT e."Id" FROM "DataElements" AS e) AND v."PeriodStart" IN ({list})
                  AND v."Numeric" IS NOT NULL AND r."Status" IN ('Submitted', 'Approved')
                GROUP BY v."DataElementId", v."PeriodStart", COALESCE(v."CategoryOptionId", 0), r."Status"
                """, ct);
        }

        await transaction.CommitAsync(ct);
        return periods.Count;
    }

    /// <summary>Lists every period with values as pending (after a load that ran without the triggers) and recomputes them all.</summary>
    public static async Task<int> RebuildAsync(DbConnection connection, bool postgres, CancellationToken ct)
    {
        await ExecuteAsync(connection, null, """
            INSERT INTO "NetworkTotalsPending" ("PeriodStart") SELECT DISTINCT r."PeriodStart" FROM "DataReturns" AS r
            """, ct);
        return await RefreshAsync(connection, postgres, DateOnly.MinValue, DateOnly.MaxValue, ct);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Add(DbCommand command, string name, DateOnly value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(ct);
    }
}
