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
    public static IQueryable<SearchHit> Hits(AppDbContext db, SearchTerms terms)
    {
        if (db.Database.IsNpgsql())
        {
            var words = terms.PostgresWords();
            var prefix = terms.PostgresPrefix();
            return db.Database.SqlQuery<SearchHit>($"""
                SELECT ss."ServiceId", ts_rank(ss."Document", q.query)::double precision AS "Score"
                FROM "ServiceSearch" AS ss,
                     (SELECT plainto_tsquery('english', {words}) && to_tsquery('english', {prefix}) AS query) AS q
                WHERE ss."Document" @@ q.query
                """);
        }

        // bm25 column weights follow the FTS5 table's column order: name, type labels, organisation, description.
        var match = terms.Fts5Match();
        return db.Database.SqlQuery<SearchHit>($"""
            SELECT rowid AS "ServiceId", -bm25("ServiceSearch", 10.0, 4.0, 2.0, 1.0) AS "Score"
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
