using System.Data.Common;
using System.Globalization;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Directory.Search;

/// <summary>
/// The provider-specific half of directory search: which services match the terms, with a score (higher is
/// better). The index tables are written by database triggers (see the AddServiceSearch migrations and
/// docs/adr/0007); nothing here writes. The terms arrive as parameters, never spliced into the SQL.
/// </summary>
public static class FullTextIndex
{
    /// <summary>
    /// The hits, read with a plain data reader on the context's connection: a large search returns tens of
    /// thousands of rows, and EF's SqlQuery materialiser cost more than reading them (docs/benchmarks.md).
    /// </summary>
    /// <param name="db">The database.</param>
    /// <param name="terms">The words searched for.</param>
    /// <param name="scored">False: membership only, every score 0 (skips bm25 / ts_rank, most of the cost of a large search).</param>
    /// <param name="ct">Cancels the query.</param>
    public static async Task<List<SearchHit>> HitsAsync(AppDbContext db, SearchTerms terms, bool scored, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        if (db.Database.IsNpgsql())
        {
            // Only the non-empty halves go in: an empty tsquery works but logs a notice on every search.
            var parts = new List<string>();
            if (terms.PostgresWords() is { Length: > 0 } words)
            {
                parts.Add("plainto_tsquery('english', @words)");
                AddParameter(command, "words", words);
            }

            if (terms.PostgresPrefix() is { Length: > 0 } prefix)
            {
                parts.Add("to_tsquery('english', @prefix)");
                AddParameter(command, "prefix", prefix);
            }

            // Only constant SQL is joined here; the words travel as parameters.
            var score = scored ? """ts_rank(ss."Document", q.query)::double precision""" : "0::double precision";
            command.CommandText = $"""
                SELECT ss."ServiceId", {score}
                FROM "ServiceSearch" AS ss, (SELECT {string.Join(" && ", parts)} AS query) AS q
                WHERE ss."Document" @@ q.query
                """;
        }
        else
        {
            // bm25 column weights follow the FTS5 table's column order: name, type labels, organisation, description.
            var score = scored ? """-bm25("ServiceSearch", 10.0, 4.0, 2.0, 1.0)""" : "0.0";
            command.CommandText = $"""
                SELECT rowid, {score}
                FROM "ServiceSearch"
                WHERE "ServiceSearch" MATCH @match
                """;
            AddParameter(command, "match", terms.Fts5Match());
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var hits = new List<SearchHit>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                hits.Add(new SearchHit { ServiceId = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture), Score = reader.GetDouble(1) });
            }

            return hits;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

/// <summary>A service the full-text index matched, and how well.</summary>
public sealed class SearchHit
{
    public int ServiceId { get; set; }

    public double Score { get; set; }
}
