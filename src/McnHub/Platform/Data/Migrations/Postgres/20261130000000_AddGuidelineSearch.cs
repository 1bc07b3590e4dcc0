using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace McnHub.Platform.Data.Migrations.Postgres;

/// <summary>
/// Hand-written (no model change), like AddServiceSearch (docs/adr/0007): the guideline library's full-text index,
/// one weighted tsvector per document (English configuration; title A, topics B, summary C, body of the current
/// approved version — or the latest version before approval — D) with a GIN index, kept in step by triggers.
/// </summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("20261130000000_AddGuidelineSearch")]
public sealed class AddGuidelineSearch : Migration
{
    private const string Up1 = """
        CREATE TABLE "GuidelineSearch" (
            "DocumentId" integer PRIMARY KEY REFERENCES "GuidelineDocuments" ("Id") ON DELETE CASCADE,
            "Document" tsvector NOT NULL
        );
        CREATE INDEX "IX_GuidelineSearch_Document" ON "GuidelineSearch" USING GIN ("Document");

        CREATE FUNCTION mcn_guideline_search_refresh(document_ids integer[]) RETURNS void LANGUAGE sql AS $$
            INSERT INTO "GuidelineSearch" ("DocumentId", "Document")
            SELECT d."Id",
                setweight(to_tsvector('english', d."Title"), 'A')
                || setweight(to_tsvector('english', replace(d."Topics", '|', ' ')), 'B')
                || setweight(to_tsvector('english', d."Summary"), 'C')
                || setweight(to_tsvector('english', COALESCE(
                       (SELECT v."Body" FROM "GuidelineVersions" v WHERE v."Id" = d."CurrentVersionId"),
                       (SELECT v."Body" FROM "GuidelineVersions" v WHERE v."DocumentId" = d."Id" ORDER BY v."Number" DESC LIMIT 1),
                       '')), 'D')
            FROM "GuidelineDocuments" d
            WHERE d."Id" = ANY (document_ids)
            ON CONFLICT ("DocumentId") DO UPDATE SET "Document" = EXCLUDED."Document";
        $$;

        CREATE FUNCTION mcn_guideline_search_on_document() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM mcn_guideline_search_refresh(ARRAY[NEW."Id"]);
            RETURN NULL;
        END $$;

        CREATE FUNCTION mcn_guideline_search_on_version() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                PERFORM mcn_guideline_search_refresh(ARRAY[OLD."DocumentId"]);
            ELSE
                PERFORM mcn_guideline_search_refresh(ARRAY[NEW."DocumentId"]);
            END IF;
            RETURN NULL;
        END $$;

        CREATE TRIGGER "TR_GuidelineDocuments_Search" AFTER INSERT OR UPDATE OF "Title", "Summary", "Topics", "CurrentVersionId" ON "GuidelineDocuments"
            FOR EACH ROW EXECUTE FUNCTION mcn_guideline_search_on_document();
        CREATE TRIGGER "TR_GuidelineVersions_Search" AFTER INSERT OR UPDATE OF "Body" OR DELETE ON "GuidelineVersions"
            FOR EACH ROW EXECUTE FUNCTION mcn_guideline_search_on_version();

        SELECT mcn_guideline_search_refresh(ARRAY(SELECT "Id" FROM "GuidelineDocuments"));
        """;

    private const string Down1 = """
        DROP TRIGGER IF EXISTS "TR_GuidelineDocuments_Search" ON "GuidelineDocuments";
        DROP TRIGGER IF EXISTS "TR_GuidelineVersions_Search" ON "GuidelineVersions";
        DROP FUNCTION IF EXISTS mcn_guideline_search_on_document();
        DROP FUNCTION IF EXISTS mcn_guideline_search_on_version();
        DROP FUNCTION IF EXISTS mcn_guideline_search_refresh(integer[]);
        DROP TABLE IF EXISTS "GuidelineSearch";
        """;

    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Up1);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Down1);
}
