using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace McnHub.Platform.Data.Migrations.Postgres;

/// <summary>
/// Hand-written (no model change): the directory's full-text index, one weighted tsvector per service (English
/// configuration; name A, type labels B, organisation C, description D) with a GIN index, kept in step by
/// triggers on every table whose text it holds. See docs/adr/0007.
/// </summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("20261126200000_AddServiceSearch")]
public sealed class AddServiceSearch : Migration
{
    private const string Up1 = """
        CREATE TABLE "ServiceSearch" (
            "ServiceId" integer PRIMARY KEY REFERENCES "Service" ("Id") ON DELETE CASCADE,
            "Document" tsvector NOT NULL
        );
        CREATE INDEX "IX_ServiceSearch_Document" ON "ServiceSearch" USING GIN ("Document");

        CREATE FUNCTION mcn_service_search_refresh(service_ids integer[]) RETURNS void LANGUAGE sql AS $$
            INSERT INTO "ServiceSearch" ("ServiceId", "Document")
            SELECT s."Id",
                setweight(to_tsvector('english', s."Name"), 'A')
                || setweight(to_tsvector('english', COALESCE((
                       SELECT string_agg(t."Label", ' ')
                       FROM "ServiceTypes" st JOIN "TaxonomyTerms" t ON t."Id" = st."TaxonomyTermId"
                       WHERE st."ServiceId" = s."Id"), '')), 'B')
                || setweight(to_tsvector('english', o."Name"), 'C')
                || setweight(to_tsvector('english', s."Description"), 'D')
            FROM "Service" s JOIN "Organisation" o ON o."Id" = s."OrganisationId"
            WHERE s."Id" = ANY (service_ids)
            ON CONFLICT ("ServiceId") DO UPDATE SET "Document" = EXCLUDED."Document";
        $$;

        CREATE FUNCTION mcn_service_search_on_service() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM mcn_service_search_refresh(ARRAY[NEW."Id"]);
            RETURN NULL;
        END $$;

        CREATE FUNCTION mcn_service_search_on_service_type() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('DELETE', 'UPDATE') THEN
                PERFORM mcn_service_search_refresh(ARRAY[OLD."ServiceId"]);
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                PERFORM mcn_service_search_refresh(ARRAY[NEW."ServiceId"]);
            END IF;
            RETURN NULL;
        END $$;

        CREATE FUNCTION mcn_service_search_on_organisation() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM mcn_service_search_refresh(ARRAY(SELECT "Id" FROM "Service" WHERE "OrganisationId" = NEW."Id"));
            RETURN NULL;
        END $$;

        CREATE FUNCTION mcn_service_search_on_taxonomy_term() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM mcn_service_search_refresh(ARRAY(SELECT "ServiceId" FROM "ServiceTypes" WHERE "TaxonomyTermId" = NEW."Id"));
            RETURN NULL;
        END $$;

        CREATE TRIGGER "TR_Service_Search" AFTER INSERT OR UPDATE OF "Name", "Description", "OrganisationId" ON "Service"
            FOR EACH ROW EXECUTE FUNCTION mcn_service_search_on_service();
        CREATE TRIGGER "TR_ServiceTypes_Search" AFTER INSERT OR UPDATE OR DELETE ON "ServiceTypes"
            FOR EACH ROW EXECUTE FUNCTION mcn_service_search_on_service_type();
        CREATE TRIGGER "TR_Organisation_Search" AFTER UPDATE OF "Name" ON "Organisation"
            FOR EACH ROW WHEN (OLD."Name" IS DISTINCT FROM NEW."Name") EXECUTE FUNCTION mcn_service_search_on_organisation();
        CREATE TRIGGER "TR_TaxonomyTerms_Search" AFTER UPDATE OF "Label" ON "TaxonomyTerms"
            FOR EACH ROW WHEN (OLD."Label" IS DISTINCT FROM NEW."Label") EXECUTE FUNCTION mcn_service_search_on_taxonomy_term();

        SELECT mcn_service_search_refresh(ARRAY(SELECT "Id" FROM "Service"));
        """;

    private const string Down1 = """
        DROP TRIGGER IF EXISTS "TR_Service_Search" ON "Service";
        DROP TRIGGER IF EXISTS "TR_ServiceTypes_Search" ON "ServiceTypes";
        DROP TRIGGER IF EXISTS "TR_Organisation_Search" ON "Organisation";
        DROP TRIGGER IF EXISTS "TR_TaxonomyTerms_Search" ON "TaxonomyTerms";
        DROP FUNCTION IF EXISTS mcn_service_search_on_service();
        DROP FUNCTION IF EXISTS mcn_service_search_on_service_type();
        DROP FUNCTION IF EXISTS mcn_service_search_on_organisation();
        DROP FUNCTION IF EXISTS mcn_service_search_on_taxonomy_term();
        DROP FUNCTION IF EXISTS mcn_service_search_refresh(integer[]);
        DROP TABLE IF EXISTS "ServiceSearch";
        """;

    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Up1);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Down1);
}
