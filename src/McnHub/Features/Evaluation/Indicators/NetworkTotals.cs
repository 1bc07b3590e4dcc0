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
/// <item>it replaces those periods' totals, period by period, with a GROUP BY over their values.</item>
/// </list>
/// A reader that finds a pending row another refresh is working on waits for that refresh (the lock), so it never reads
/// totals older than the data. The cost of the first answer after a change is that of recomputing the changed
/// periods (one month of the whole network after a return is approved), not of reading ten years of values; when
/// many periods changed at once, see <see cref="ReadyAsync"/>. (docs/adr/0013-network-totals.md)
/// </summary>
public sealed class NetworkTotals(AppDbContext db, NetworkTotalsRefresher refresher)
{
    /// <summary>
    /// The most changed periods a reader recomputes itself (about 75 ms each at national scale on SQLite). With more
    /// (an import of many periods), the totals of the range are not used for this answer: the caller aggregates the
    /// values themselves, as fast as before the totals existed, and <see cref="NetworkTotalsRefresher"/> recomputes
    /// every pending period in the background, one at a time.
    /// </summary>
    public const int RefreshLimit = 2;

    /// <summary>Any number: the key of PostgreSQL's advisory lock that serialises refreshes.</summary>
    private const long RefreshLock = 0x4d636e546f74616c; // "McnTotal"

    /// <summary>
    /// Whether the totals between <paramref name="from"/> and <paramref name="to"/> can be read: true when nothing in
    /// the range is pending, or once the few pending periods are recomputed here; false (and a background refresh
    /// asked for) when more than <see cref="RefreshLimit"/> are.
    /// </summary>
    public async Task<bool> ReadyAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var pending = await db.Set<NetworkTotalPending>().Where(p => p.PeriodStart >= from && p.PeriodStart <= to)
            .Select(p => p.PeriodStart).Distinct().Take(RefreshLimit + 1).CountAsync(ct);
        if (pending > RefreshLimit)
        {
            refresher.Request();
            return false;
        }

        if (pending > 0)
        {
            await EnsureFreshAsync(from, to, ct);
        }

        return true;
    }

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

    /// <summary>Recomputes every pending period, one transaction each (so writers wait at most one period's refresh); returns how many.</summary>
    public async Task<int> RefreshAllPendingAsync(CancellationToken ct)
    {
        var done = 0;
        while (await db.Set<NetworkTotalPending>().OrderByDescending(p => p.PeriodStart).Select(p => (DateOnly?)p.PeriodStart).FirstOrDefaultAsync(ct) is DateOnly next)
        {
            await EnsureFreshAsync(next, next, ct);
            done++;
        }

        return done;
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

        if (periods.Count > 0)
        {
            // Ids read from the database and dates formatted here: safe to write into the statements, and as literals
            // both databases search IX_DataValues_Aggregation (element, period, …) and the returns' (dataset, period,
            // status) index with them.
            var elements = string.Join(", ", await IdsAsync(connection, transaction, """SELECT "Id" FROM "DataElements" """, ct));
            var datasets = string.Join(", ", await IdsAsync(connection, transaction, """SELECT "Id" FROM "Datasets" """, ct));
            foreach (var period in periods)
            {
                var date = string.Create(CultureInfo.InvariantCulture, $"'{period:yyyy-MM-dd}'");
                await ExecuteAsync(connection, transaction, $"""DELETE FROM "NetworkTotals" WHERE "PeriodStart" = {date}""", ct);
                if (elements.Length == 0 || datasets.Length == 0)
                {
                    continue;
                }

                // One semi-join per status (values IN the period's returns in that status): one pass over the period's
                // part of the covering index each, and a sort of that status's values only.
                foreach (var status in new[] { ReturnStatus.Approved, ReturnStatus.Submitted })
                {
                    await ExecuteAsync(connection, transaction, $"""
                        INSERT INTO "NetworkTotals" ("DataElementId", "PeriodStart", "OptionKey", "Status", "Sum", "Count")
                        SELECT v."DataElementId", v."PeriodStart", COALESCE(v."CategoryOptionId", 0), '{status}', SUM(v."Numeric"), COUNT(*)
                        FROM "DataValues" AS v
                        WHERE v."DataElementId" IN ({elements}) AND v."PeriodStart" = {date} AND v."Numeric" IS NOT NULL
                          AND v."DataReturnId" IN (
                              SELECT r."Id" FROM "DataReturns" AS r
                              WHERE r."DatasetId" IN ({datasets}) AND r."PeriodStart" = {date} AND r."Status" = '{status}')
                        GROUP BY v."DataElementId", v."PeriodStart", COALESCE(v."CategoryOptionId", 0)
                        """, ct);
                }
            }
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

    private static async Task<List<int>> IdsAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, sql);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var ids = new List<int>();
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
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
