using McnHub.Features.Directory.Search;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Guidelines.Library;

/// <summary>
/// The provider-specific half of library search, as <see cref="FullTextIndex"/> is for the directory: which documents
/// match, with a score (higher is better). The index is written by triggers (the AddGuidelineSearch migrations).
/// </summary>
public static class GuidelineFullText
{
    public static IQueryable<GuidelineHit> Hits(AppDbContext db, SearchTerms terms)
    {
        if (db.Database.IsNpgsql())
        {
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

            // Only constant SQL and {n} placeholders are joined; the words travel as parameters.
            var sql = """
                SELECT gs."DocumentId", ts_rank(gs."Document", q.query)::double precision AS "Score"
                FROM "GuidelineSearch" AS gs, (SELECT
                """ + " " + string.Join(" && ", parts) + """
                 AS query) AS q
                WHERE gs."Document" @@ q.query
                """;
            return db.Database.SqlQueryRaw<GuidelineHit>(sql, [.. values]);
        }

        // bm25 weights follow the FTS5 table's columns: title, topics, summary, body.
        var match = terms.Fts5Match();
        return db.Database.SqlQuery<GuidelineHit>($"""
            SELECT rowid AS "DocumentId", -bm25("GuidelineSearch", 10.0, 5.0, 3.0, 1.0) AS "Score"
            FROM "GuidelineSearch"
            WHERE "GuidelineSearch" MATCH {match}
            """);
    }
}

public sealed class GuidelineHit
{
    public int DocumentId { get; set; }

    public double Score { get; set; }
}
