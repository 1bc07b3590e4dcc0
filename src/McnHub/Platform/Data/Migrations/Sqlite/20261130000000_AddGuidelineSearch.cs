using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace McnHub.Platform.Data.Migrations.Sqlite;

/// <summary>
/// Hand-written (no model change), like AddServiceSearch (docs/adr/0007): the guideline library's full-text index as
/// an FTS5 table, one row per document (rowid = document id) holding its title, topics, summary and the body of its
/// current approved version (or, before approval, its latest version), kept in step by triggers. Dated after
/// AddGuidelines so it runs once the tables exist, even if that migration is regenerated.
/// </summary>
[DbContext(typeof(SqliteAppDbContext))]
[Migration("20261130000000_AddGuidelineSearch")]
public sealed class AddGuidelineSearch : Migration
{
    /// <summary>Columns in weight order; the guideline search's bm25() weights follow this order.</summary>
    public const string CreateTable = """
        CREATE VIRTUAL TABLE "GuidelineSearch" USING fts5(
            Title, Topics, Summary, Body,
            tokenize = 'porter unicode61 remove_diacritics 2',
            prefix = '2 3');
        """;

    public static readonly string[] CreateTriggers =
    [
        $"""
        CREATE TRIGGER "TR_GuidelineDocuments_SearchInsert" AFTER INSERT ON "GuidelineDocuments" BEGIN
            {Insert("d.\"Id\" = NEW.\"Id\"")}
        END;
        """,
        $"""
        CREATE TRIGGER "TR_GuidelineDocuments_SearchUpdate" AFTER UPDATE OF "Title", "Summary", "Topics", "CurrentVersionId" ON "GuidelineDocuments" BEGIN
            DELETE FROM "GuidelineSearch" WHERE rowid = OLD."Id";
            {Insert("d.\"Id\" = NEW.\"Id\"")}
        END;
        """,
        """
        CREATE TRIGGER "TR_GuidelineDocuments_SearchDelete" AFTER DELETE ON "GuidelineDocuments" BEGIN
            DELETE FROM "GuidelineSearch" WHERE rowid = OLD."Id";
        END;
        """,
        $"""
        CREATE TRIGGER "TR_GuidelineVersions_SearchInsert" AFTER INSERT ON "GuidelineVersions" BEGIN
            DELETE FROM "GuidelineSearch" WHERE rowid = NEW."DocumentId";
            {Insert("d.\"Id\" = NEW.\"DocumentId\"")}
        END;
        """,
        $"""
        CREATE TRIGGER "TR_GuidelineVersions_SearchUpdate" AFTER UPDATE OF "Body" ON "GuidelineVersions" BEGIN
            DELETE FROM "GuidelineSearch" WHERE rowid = NEW."DocumentId";
            {Insert("d.\"Id\" = NEW.\"DocumentId\"")}
        END;
        """,
        $"""
        CREATE TRIGGER "TR_GuidelineVersions_SearchDelete" AFTER DELETE ON "GuidelineVersions" BEGIN
            DELETE FROM "GuidelineSearch" WHERE rowid = OLD."DocumentId";
            {Insert("d.\"Id\" = OLD.\"DocumentId\"")}
        END;
        """,
    ];

    private static readonly string[] Triggers =
    [
        "TR_GuidelineDocuments_SearchInsert", "TR_GuidelineDocuments_SearchUpdate", "TR_GuidelineDocuments_SearchDelete",
        "TR_GuidelineVersions_SearchInsert", "TR_GuidelineVersions_SearchUpdate", "TR_GuidelineVersions_SearchDelete",
    ];

    /// <summary>The statement that (re)writes the index rows of the documents matching <paramref name="where"/>.</summary>
    public static string Insert(string where) => $"""
        INSERT INTO "GuidelineSearch" (rowid, Title, Topics, Summary, Body)
        SELECT d."Id", d."Title", replace(d."Topics", '|', ' '), d."Summary",
            COALESCE(
                (SELECT v."Body" FROM "GuidelineVersions" v WHERE v."Id" = d."CurrentVersionId"),
                (SELECT v."Body" FROM "GuidelineVersions" v WHERE v."DocumentId" = d."Id" ORDER BY v."Number" DESC LIMIT 1),
                '')
        FROM "GuidelineDocuments" d WHERE {where};
        """;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(CreateTable);
        foreach (var trigger in CreateTriggers)
        {
            migrationBuilder.Sql(trigger);
        }

        migrationBuilder.Sql(Insert("1 = 1"));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var trigger in Triggers)
        {
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{trigger}\";");
        }

        migrationBuilder.Sql("DROP TABLE IF EXISTS \"GuidelineSearch\";");
    }
}
