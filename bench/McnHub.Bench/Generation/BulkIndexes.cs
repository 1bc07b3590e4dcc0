using System.Data.Common;

namespace McnHub.Bench.Generation;

/// <summary>
/// Drops a table's secondary indexes (and, on SQLite, its per-row triggers) before a bulk load and makes them again
/// afterwards with their exact definitions as the migrations made them (read from the catalogue), inside the load's
/// transaction. PostgreSQL's triggers are per statement, so they stay.
/// </summary>
internal static class BulkIndexes
{
    public sealed record Index(string Type, string Name, string Definition);

    public static async Task<List<Index>> DropAsync(DbConnection connection, DbTransaction transaction, bool postgres, string[] tables, CancellationToken ct)
    {
        var list = string.Join(", ", tables.Select(t => $"'{t}'"));
        var sql = postgres
            ? $"SELECT 'INDEX', indexname, indexdef FROM pg_indexes WHERE tablename IN ({list}) AND indexname NOT LIKE 'PK\\_%'"
            : $"SELECT upper(type), name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name IN ({list}) AND sql IS NOT NULL";
        var indexes = new List<Index>();
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                indexes.Add(new Index(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        foreach (var index in indexes)
        {
            await EvaluationGenerator.ExecuteAsync(connection, transaction, $"DROP {index.Type} \"{index.Name}\"", ct);
        }

        return indexes;
    }

    public static async Task CreateAsync(DbConnection connection, DbTransaction transaction, IEnumerable<Index> indexes, CancellationToken ct)
    {
        foreach (var index in indexes)
        {
            await EvaluationGenerator.ExecuteAsync(connection, transaction, index.Definition, ct);
        }
    }
}
