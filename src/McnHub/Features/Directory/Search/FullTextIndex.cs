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
    /// <param name="db">The database.</param>
    /// <param name="terms">The words searched for.</param>
    /// <param name="scored">False: membership only, every score 0 (skips bm25 / ts_rank, most of the cost of a large search).</param>
    public static IQueryable<SearchHit> Hits(AppDbContext db, SearchTerms terms, bool scored = true)
    {
        if (db.Database.IsNpgsql())
        {
            // Only the non-empty halves go in: an empty tsquery works but logs a notice on every search.
            var parts = new List<string>();
            var values = new List<object>();
            if (terms.PostgresWords() is { Length: > 0 } words)
            {
                parts.Add($"plainto_tsquery('english', {{{values.Count}}})");
                values.Add(words);
            }

            if (terms.PostgresPrefix() is { Length: > 0 } prefix)
            {
                parts.Add($"to_tsquery('english', {{{values.Count}}})");
                values.Add(prefix);
            }

            // Only constant SQL and {n} parameter placeholders are joined here; the words travel as parameters.
            var score = scored ? """ts_rank(ss."Document", q.query)::double precision""" : "0::double precision";
            var sql = $"""
                SELECT ss."ServiceId", {score} AS "Score"
                FROM "ServiceSearch" AS ss, (SELECT {string.Join(" && ", parts)} AS query) AS q
                WHERE ss."Document" @@ q.query
                """;
            return db.Database.SqlQueryRaw<SearchHit>(sql, [.. values]);
        }

        // bm25 column weights follow the FTS5 table's column order: name, type labels, organisation, description.
        var match = terms.Fts5Match();
        return scored
            ? db.Database.SqlQuery<SearchHit>($"""
                SELECT rowid AS "ServiceId", -bm25("ServiceSearch", 10.0, 4.0, 2.0, 1.0) AS "Score"
                FROM "ServiceSearch"
                WHERE "ServiceSearch" MATCH {match}
                """)
            : db.Database.SqlQuery<SearchHit>($"""
                SELECT rowid AS "ServiceId", 0.0 AS "Score"
                FROM "ServiceSearch"
                WHERE "ServiceSearch" MATCH {match}
                """);
    }
}

/// <summary>A service the full-text index matched, and how well.</summary>
public sealed class SearchHit
{
    public int ServiceId { get; set; }

    public double Score { get; set; }
}
