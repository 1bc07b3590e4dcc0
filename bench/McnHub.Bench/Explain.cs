using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace McnHub.Bench;

/// <summary>
/// `explain`: EXPLAIN QUERY PLAN and the time of SQL statements, run with the SQLite library the app ships (the
/// system's sqlite3 is older, and plans differ between versions). Statements are separated by ";;".
/// </summary>
public static class Explain
{
    public static async Task RunAsync(string connectionString, string sql, int repeat, TextWriter log, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await log.WriteLineAsync($"SQLite {connection.ServerVersion}");
        foreach (var statement in sql.Split(";;", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            await log.WriteLineAsync($"---- {statement.ReplaceLineEndings(" ")}");
            await using (var plan = connection.CreateCommand())
            {
                plan.CommandText = "EXPLAIN QUERY PLAN " + statement;
                await using var reader = await plan.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    await log.WriteLineAsync($"     {reader.GetString(3)}");
                }
            }

            var rows = 0;
            var first = "";
            var timer = Stopwatch.StartNew();
            for (var i = 0; i < repeat; i++)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = statement;
                await using var reader = await command.ExecuteReaderAsync(ct);
                rows = 0;
                while (await reader.ReadAsync(ct))
                {
                    if (rows++ == 0)
                    {
                        first = string.Join(", ", Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue));
                    }
                }
            }

            await log.WriteLineAsync($"     {timer.Elapsed.TotalMilliseconds / repeat:0.00} ms a run ({repeat} runs), {rows} rows; first: {first}");
        }
    }
}
