using System.Data;

namespace McnHub.Bench.Generation;

/// <summary>A column of a generated table, with the type the database provider needs to bind a null.</summary>
internal sealed record BulkColumn(string Name, DbType Type);

/// <summary>Rows for one table, in insert order; values are in column order (null for NULL).</summary>
internal sealed class BulkTable(string name, params BulkColumn[] columns)
{
    public string Name { get; } = name;

    public IReadOnlyList<BulkColumn> Columns { get; } = columns;

    public List<object?[]> Rows { get; } = [];

    public void Add(params object?[] values)
    {
        if (values.Length != Columns.Count)
        {
            throw new ArgumentException($"{Name} has {Columns.Count} columns, not {values.Length}.", nameof(values));
        }

        Rows.Add(values);
    }

    public static BulkColumn Int(string name) => new(name, DbType.Int32);

    public static BulkColumn Text(string name) => new(name, DbType.String);

    public static BulkColumn Bool(string name) => new(name, DbType.Boolean);

    public static BulkColumn Date(string name) => new(name, DbType.Date);

    public static BulkColumn Time(string name) => new(name, DbType.Time);

    /// <summary>A UTC timestamp (timestamp with time zone on PostgreSQL).</summary>
    public static BulkColumn Timestamp(string name) => new(name, DbType.DateTime);

    public static BulkColumn Real(string name) => new(name, DbType.Double);

    public static BulkColumn Decimal(string name) => new(name, DbType.Decimal);
}
