using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using McnHub.Bench.Generation;
using McnHub.Features.Evaluation;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace McnHub.Bench.Load;

/// <summary>Median and 99th percentile of repeated timings, in milliseconds.</summary>
public sealed record Timing(double Median, double P99, int Runs)
{
    public static Timing Of(IReadOnlyList<double> ms)
    {
        var sorted = ms.Order().ToArray();
        return new Timing(sorted[sorted.Length / 2], sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length * 0.99) - 1)], sorted.Length);
    }
}

/// <summary>
/// The database side of the evaluation benchmark: what was generated (dataset, organisations, periods), the raw SQL
/// of the same work the app does (timed directly on the database, with no app in between), and the data changes that
/// make the app's next answer a cold one.
/// </summary>
public sealed partial class EvaluationSql(BenchProvider provider, string connectionString) : IAsyncDisposable
{
    private DbConnection? _connection;

    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        if (_connection is null)
        {
            _connection = provider == BenchProvider.Postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
            await _connection.OpenAsync(ct);
        }

        return _connection;
    }

    public async Task<T> ScalarAsync<T>(string sql, CancellationToken ct)
    {
        await using var command = (await OpenAsync(ct)).CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync(ct))!, typeof(T), CultureInfo.InvariantCulture);
    }

    public async Task<List<string[]>> RowsAsync(string sql, CancellationToken ct)
    {
        await using var command = (await OpenAsync(ct)).CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<string[]>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "")]);
        }

        return rows;
    }

    /// <summary>Each element's id by code.</summary>
    public async Task<Dictionary<string, int>> ElementIdsAsync(CancellationToken ct) =>
        (await RowsAsync("""SELECT "Code", "Id" FROM "DataElements" """, ct)).ToDictionary(r => r[0], r => int.Parse(r[1], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

    /// <summary>The active indicators with the element codes their numerator and denominator use.</summary>
    public async Task<List<(string Code, string[] Elements)>> IndicatorsAsync(CancellationToken ct) =>
        [.. (await RowsAsync("""SELECT "Code", "Numerator", "Denominator" FROM "Indicators" WHERE "Active" ORDER BY "Name" """.Replace("\"Active\"", provider == BenchProvider.Postgres ? "\"Active\"" : "\"Active\" = 1", StringComparison.Ordinal), ct))
            .Select(r => (r[0], Reference().Matches(r[1] + r[2]).Select(m => m.Groups[1].Value.ToUpperInvariant()).Distinct().ToArray()))];

    /// <summary>
    /// The app's network aggregation (IndicatorCalculator, network level) for these elements and dates, as the SQL it
    /// runs: a semi-join on the approved returns. (As a plain join it is 1.5–2.5× slower on SQLite: docs/benchmarks.md.)
    /// </summary>
    public static string NetworkAggregation(IEnumerable<int> elementIds, DateOnly from, DateOnly to) => $"""
        SELECT v."DataElementId", v."CategoryOptionId", v."PeriodStart", SUM(v."Numeric"), COUNT(*)
        FROM "DataValues" AS v
        WHERE v."DataElementId" IN ({string.Join(", ", elementIds)}) AND v."PeriodStart" >= '{from:yyyy-MM-dd}' AND v."PeriodStart" <= '{to:yyyy-MM-dd}'
          AND v."Numeric" IS NOT NULL AND v."DataReturnId" IN (SELECT r."Id" FROM "DataReturns" AS r WHERE r."Status" = 'Approved')
        GROUP BY v."DataElementId", v."CategoryOptionId", v."PeriodStart"
        """;

    /// <summary>What the data entry form must read of the data: the return, its values, and last period's values shown beside them.</summary>
    public static string[] EntryForm(int datasetId, int organisationId, Period period) =>
    [
        $"""SELECT * FROM "DataReturns" WHERE "DatasetId" = {datasetId} AND "OrganisationId" = {organisationId} AND "Period" = '{period.Id}'""",
        $"""SELECT v.* FROM "DataValues" AS v INNER JOIN "DataReturns" AS r ON v."DataReturnId" = r."Id" WHERE r."DatasetId" = {datasetId} AND r."OrganisationId" = {organisationId} AND r."Period" = '{period.Id}'""",
        $"""SELECT v."DataElementId", v."CategoryOptionId", v."Value" FROM "DataValues" AS v INNER JOIN "DataReturns" AS r ON v."DataReturnId" = r."Id" WHERE r."DatasetId" = {datasetId} AND r."OrganisationId" = {organisationId} AND r."Period" = '{period.Previous.Id}'""",
    ];

    /// <summary>Runs the statements (one "execution" is all of them in turn) once to warm up, then <paramref name="runs"/> times; reads every row.</summary>
    public async Task<(Timing Timing, int Rows)> TimeAsync(Func<int, string[]> statements, int runs, CancellationToken ct)
    {
        var connection = await OpenAsync(ct);
        var times = new List<double>();
        var rows = 0;
        for (var run = -1; run < runs; run++)
        {
            rows = 0;
            var timer = Stopwatch.StartNew();
            foreach (var sql in statements(run))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    rows++;
                }
            }

            if (run >= 0)
            {
                times.Add(timer.Elapsed.TotalMilliseconds);
            }
        }

        return (Timing.Of(times), rows);
    }

    private long? _changedValue;
    private int _changes;

    /// <summary>
    /// A real change to one value of an approved return in the month starting <paramref name="month"/> (+1, then −1 the
    /// next time, so the data ends as it began), as when a return is corrected or approved: the triggers move the
    /// evaluation change counter and list the month as changed, so the app's next answer is computed afresh and
    /// first recomputes that month's network totals.
    /// </summary>
    public async Task ChangeOneValueAsync(DateOnly month, CancellationToken ct)
    {
        _changedValue ??= await ScalarAsync<long>($"""
            SELECT v."Id" FROM "DataValues" AS v INNER JOIN "DataReturns" AS r ON r."Id" = v."DataReturnId"
            WHERE v."PeriodStart" = '{month:yyyy-MM-dd}' AND r."Status" = 'Approved' AND v."Numeric" IS NOT NULL
            ORDER BY v."Id" LIMIT 1
            """, ct);
        var delta = _changes++ % 2 == 0 ? 1 : -1;
        await ExecuteAsync($"""UPDATE "DataValues" SET "Numeric" = "Numeric" + {delta} WHERE "Id" = {_changedValue}""", ct);
    }

    /// <summary>Every period listed as changed (as after importing ten years at once) and the counter moved: the next answer recomputes the totals of every period it reads.</summary>
    public async Task ChangeEveryPeriodAsync(CancellationToken ct)
    {
        await ExecuteAsync("""INSERT INTO "NetworkTotalsPending" ("PeriodStart") SELECT DISTINCT "PeriodStart" FROM "DataReturns" """, ct);
        await ExecuteAsync("""UPDATE "EvaluationVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1""", ct);
    }

    private async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var command = (await OpenAsync(ct)).CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    [GeneratedRegex(@"\[([A-Za-z0-9_]+)(?:\.[A-Za-z0-9_]+)?\]")]
    private static partial Regex Reference();
}
