using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace McnHub.Platform.Data.Migrations.Sqlite;

/// <summary>
/// Hand-written (no model change): the directory's full-text index as an FTS5 table, one row per service
/// (rowid = service id), kept in step by triggers on every table whose text it holds. See docs/adr/0007.
/// If a later migration rebuilds one of these tables (SQLite rebuilds a table to alter or drop a column),
/// the rebuild drops its triggers: re-run <see cref="CreateTriggers"/> in that migration (the search sync
/// tests fail until you do).
/// </summary>
[DbContext(typeof(SqliteAppDbContext))]
[Migration("20261126200000_AddServiceSearch")]
public sealed class AddServiceSearch : Migration
{
    /// <summary>Columns in weight order; DirectorySearch's bm25() weights follow this order.</summary>
    public const string CreateTable = """
        CREATE VIRTUAL TABLE "ServiceSearch" USING fts5(
            Name, Types, Organisation, Description,
            tokenize = 'porter unicode61 remove_diacritics 2',
            prefix = '2 3');
        """;

    public static readonly string[] CreateTriggers =
    [
        $"""
        CREATE TRIGGER "TR_Service_SearchInsert" AFTER INSERT ON "Service" BEGIN
            {Insert("s.\"Id\" = NEW.\"Id\"")}
        END;
        """,
        $"""
        CREATE TRIGGER "TR_Service_SearchUpdate" AFTER UPDATE OF "Name", "Description", "OrganisationId" ON "Service" BEGIN
            DELETE FROM "ServiceSearch" WHERE rowid = OLD."Id";
            {Insert("s.\"Id\" = NEW.\"Id\"")}
        END;
        """,
        """
        CREATE TRIGGER "TR_Service_SearchDelete" AFTER DELETE ON "Service" BEGIN
            DELETE FROM "ServiceSearch" WHERE rowid = OLD."Id";
        END;
        """,
        $"""
        CREATE TRIGGER "TR_ServiceTypes_SearchInsert" AFTER INSERT ON "ServiceTypes" BEGIN
            DELETE FROM "ServiceSearch" WHERE rowid = NEW."ServiceId";
            {Insert("s.\"Id\" = NEW.\"ServiceId\"")}
        END;
        """,
        $"""
        CREATE TRIGGER "TR_ServiceTypes_SearchDelete" AFTER DELETE ON "ServiceTypes" BEGIN
            DELETE FROM "ServiceSearch" WHERE rowid = OLD."ServiceId";
            {Insert("s.\"Id\" = OLD.\"ServiceId\"")}
        END;
        """,
        $"""
        CREATE TRIGGER "TR_ServiceTypes_SearchUpdate" AFTER UPDATE ON "ServiceTypes" BEGIN
            DELETE FROM "ServiceSearch" WHERE rowid IN (OLD."ServiceId", NEW."ServiceId");
            {Insert("s.\"Id\" IN (OLD.\"ServiceId\", NEW.\"ServiceId\")")}
        END;
        """,
        $"""
        CREATE TRIGGER "TR_Organisation_SearchUpdate" AFTER UPDATE OF "Name" ON "Organisation" BEGIN
            DELETE FROM "ServiceSearch" WHERE rowid IN (SELECT "Id" FROM "Service" WHERE "OrganisationId" = NEW."Id");
            {Insert("s.\"OrganisationId\" = NEW.\"Id\"")}
        END;
        """,
        $"""
        CREATE TRIGGER "TR_TaxonomyTerms_SearchUpdate" AFTER UPDATE OF "Label" ON "TaxonomyTerms" BEGIN
            DELETE FROM "ServiceSearch" WHERE rowid IN (SELECT "ServiceId" FROM "ServiceTypes" WHERE "TaxonomyTermId" = NEW."Id");
            {Insert("s.\"Id\" IN (SELECT \"ServiceId\" FROM \"ServiceTypes\" WHERE \"TaxonomyTermId\" = NEW.\"Id\")")}
        END;
        """,
    ];

    private static readonly string[] Triggers =
    [
        "TR_Service_SearchInsert", "TR_Service_SearchUpdate", "TR_Service_SearchDelete",
        "TR_ServiceTypes_SearchInsert", "TR_ServiceTypes_SearchDelete", "TR_ServiceTypes_SearchUpdate",
        "TR_Organisation_SearchUpdate", "TR_TaxonomyTerms_SearchUpdate",
    ];

    /// <summary>The statement that (re)writes the index rows of the services matching <paramref name="where"/>.</summary>
    public static string Insert(string where) => $"""
        INSERT INTO "ServiceSearch" (rowid, Name, Types, Organisation, Description)
        SELECT s."Id", s."Name",
            COALESCE((SELECT group_concat(t."Label", ' ') FROM "ServiceTypes" st JOIN "TaxonomyTerms" t ON t."Id" = st."TaxonomyTermId" WHERE st."ServiceId" = s."Id"), ''),
            COALESCE((SELECT o."Name" FROM "Organisation" o WHERE o."Id" = s."OrganisationId"), ''),
            s."Description"
        FROM "Service" s WHERE {where};
        """;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(CreateTable);
        foreach (var trigger in CreateTriggers)
        {
            migrationBuilder.Sql(trigger);
        }

        // Services that already exist (an upgraded database) are indexed once here.
        migrationBuilder.Sql(Insert("1 = 1"));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var trigger in Triggers)
        {
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{trigger}\";");
        }

        migrationBuilder.Sql("DROP TABLE IF EXISTS \"ServiceSearch\";");
    }
}
