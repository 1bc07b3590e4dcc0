using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text;
using McnHub.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace McnHub.Features.Evaluation.Indicators;

public sealed class IndicatorCacheOptions
{
    public const string Section = "Evaluation";

    /// <summary>Computed answers kept per change-counter value; 0 switches the cache off (to measure the uncached path).</summary>
    public int IndicatorCacheSize { get; set; } = 256;
}

/// <summary>
/// Computed indicator values, kept per value of the evaluation change counter (the one-row EvaluationVersion table,
/// bumped by triggers on every table a value is computed from: see the AddEvaluationVersion migrations). Each
/// computation reads the counter first (one tiny query on its own pooled connection, no DbContext) and answers from
/// the entries made at that value; when the counter has moved, they are all dropped. So the next answer after any
/// change — by this instance, another one, an import or by hand — is computed afresh. The counter is read before the
/// data, so a write during a computation can only cause one more computation, never a stale answer kept as fresh.
/// The values kept are immutable records; suppression is applied per viewer after the cache.
/// </summary>
public sealed class IndicatorCache : IDisposable
{
    private const string Sql = """SELECT "Value" FROM "EvaluationVersion" WHERE "Id" = 1""";

    private readonly string _connectionString;
    private readonly NpgsqlDataSource? _postgres;
    private readonly int _size;
    private Generation _current = new(-1);

    public IndicatorCache(IOptions<DatabaseOptions> database, IOptions<IndicatorCacheOptions> options)
    {
        _size = options.Value.IndicatorCacheSize;
        _connectionString = database.Value.ResolveConnectionString();
        if (database.Value.Provider == DatabaseProvider.Postgres)
        {
            _postgres = NpgsqlDataSource.Create(_connectionString);
        }
    }

    public async Task<IReadOnlyList<IndicatorValue>> GetOrComputeAsync(
        IReadOnlyList<Indicator> indicators, IndicatorQuery query, Func<Task<IReadOnlyList<IndicatorValue>>> compute, CancellationToken ct) =>
        await GetOrComputeAsync<IReadOnlyList<IndicatorValue>>(Key(indicators, query), async () => (await compute()).ToArray(), ct);

    /// <summary>
    /// Anything derived only from the data the counter covers (e.g. figures as a class of viewer may see them),
    /// kept under <paramref name="key"/> until the counter moves. What is kept must not be mutated by callers.
    /// </summary>
    public async Task<T> GetOrComputeAsync<T>(string key, Func<Task<T>> compute, CancellationToken ct) where T : class
    {
        if (_size <= 0)
        {
            return await compute();
        }

        var version = await ReadVersionAsync(ct);
        var current = Volatile.Read(ref _current);
        if (version < current.Version)
        {
            // A request that read the counter before another one moved it: answer, but keep nothing.
            return await compute();
        }

        if (version > current.Version)
        {
            var next = new Generation(version);
            current = Interlocked.CompareExchange(ref _current, next, current) == current ? next : Volatile.Read(ref _current);
            if (current.Version != version)
            {
                return await compute();
            }
        }

        if (current.Entries.TryGetValue(key, out var kept) && kept is T typed)
        {
            return typed;
        }

        var computed = await compute();
        if (current.Entries.Count >= _size)
        {
            current.Entries.Clear();
        }

        current.Entries[key] = computed;
        return computed;
    }

    /// <summary>The query and everything of the indicators a value depends on (an edited definition is a new key).</summary>
    public static string Key(IReadOnlyList<Indicator> indicators, IndicatorQuery query)
    {
        var key = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{query.Level}|{query.SubjectId}|{query.From.Id}|{query.To.Id}|{query.RollingYear}|{query.IncludeSubmitted}");
        foreach (var i in indicators)
        {
            key.Append(CultureInfo.InvariantCulture, $"\u001f{i.Code}\u001e{i.Numerator}\u001e{i.Denominator}\u001e{i.Factor}\u001e{i.Decimals}");
        }

        return key.ToString();
    }

    private async Task<long> ReadVersionAsync(CancellationToken ct)
    {
        await using DbConnection connection = _postgres is null ? new SqliteConnection(_connectionString) : _postgres.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        var value = await command.ExecuteScalarAsync(ct);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    public void Dispose() => _postgres?.Dispose();

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<string, object> Entries { get; } = new();
    }
}
