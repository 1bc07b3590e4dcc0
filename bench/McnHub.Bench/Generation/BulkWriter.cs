using System.Data.Common;
using System.Globalization;
using System.Text;

namespace McnHub.Bench.Generation;

/// <summary>
/// Writes generated rows with multi-row parameterised INSERTs (several hundred rows a statement, one prepared
/// command reused), straight through ADO.NET: no change tracking and no audit entries, but the database's own
/// triggers (the full-text index) still fire for every row.
/// </summary>
internal sealed class BulkWriter(DbConnection connection, DbTransaction transaction, bool postgres)
{
    /// <summary>Both SQLite (32,766) and PostgreSQL (65,535) accept this many parameters in a statement.</summary>
    private const int MaxParameters = 30_000;

    /// <summary>
    /// PostgreSQL: many rows a statement saves round trips. SQLite: one row a statement, prepared once; SQLite looks
    /// parameters up by name in a list, so a statement with thousands of them costs quadratic time.
    /// </summary>
    private int MaxRowsPerStatement => postgres ? 500 : 1;

    public async Task WriteAsync(BulkTable table, CancellationToken ct)
    {
        var perStatement = Math.Clamp(MaxParameters / table.Columns.Count, 1, MaxRowsPerStatement);
        DbCommand? full = null;
        try
        {
            for (var start = 0; start < table.Rows.Count; start += perStatement)
            {
                var count = Math.Min(perStatement, table.Rows.Count - start);
                var command = count == perStatement ? full ??= Create(table, perStatement) : Create(table, count);
                for (var row = 0; row < count; row++)
                {
                    var values = table.Rows[start + row];
                    for (var column = 0; column < values.Length; column++)
                    {
                        command.Parameters[(row * values.Length) + column].Value = Convert(values[column]);
                    }
                }

                await command.ExecuteNonQueryAsync(ct);
                if (command != full)
                {
                    await command.DisposeAsync();
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }
    }

    private DbCommand Create(BulkTable table, int rows)
    {
        var sql = new StringBuilder()
            .Append("INSERT INTO \"").Append(table.Name).Append("\" (")
            .AppendJoin(", ", table.Columns.Select(c => $"\"{c.Name}\""))
            .Append(") VALUES ");
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < table.Columns.Count; column++)
            {
                var name = "@p" + ((row * table.Columns.Count) + column).ToString(CultureInfo.InvariantCulture);
                sql.Append(column == 0 ? "" : ", ").Append(name);
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                if (postgres)
                {
                    // PostgreSQL needs the type of a NULL; SQLite stores whatever it is given.
                    parameter.DbType = table.Columns[column].Type;
                }

                command.Parameters.Add(parameter);
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        return command;
    }

    /// <summary>Values in the form EF Core stores them, so the app's queries (comparisons on text dates) behave as on real data.</summary>
    private object Convert(object? value) => value switch
    {
        null => DBNull.Value,
        _ when postgres => value,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString(time.Ticks % TimeSpan.TicksPerSecond == 0 ? "HH:mm:ss" : "HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        DateTime timestamp => timestamp.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        decimal number => number.ToString("0.0###########################", CultureInfo.InvariantCulture),
        bool flag => flag ? 1 : 0,
        _ => value,
    };
}
