using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace McnHub.Platform.Data.Migrations.Postgres;

/// <summary>
/// Hand-written (no model change): a one-row change counter for the public directory, bumped once per statement by
/// triggers on every table the in-memory directory read model is built from, whatever writes it. Each app instance
/// reads the counter per request and rebuilds its read model when it moved (docs/adr/0009). The bump commits with
/// the writer's transaction, so no instance sees the new counter before the new rows.
/// </summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("20261126210000_AddDirectoryVersion")]
public sealed class AddDirectoryVersion : Migration
{
    private static readonly string[] Tables = ["Service", "ServiceTypes", "ServiceAreas", "ServiceLocations", "OpeningHours", "Organisation", "Area", "TaxonomyTerms"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE "DirectoryVersion" ("Id" integer PRIMARY KEY, "Value" bigint NOT NULL);
            INSERT INTO "DirectoryVersion" ("Id", "Value") VALUES (1, 1);
            CREATE FUNCTION mcn_directory_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE "DirectoryVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1;
                RETURN NULL;
            END;
            $$;
            """);
        foreach (var table in Tables)
        {
            migrationBuilder.Sql($"""
                CREATE TRIGGER "TR_{table}_DirectoryVersion" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}"
                    FOR EACH STATEMENT EXECUTE FUNCTION mcn_directory_version_bump();
                """);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"TR_{table}_DirectoryVersion\" ON \"{table}\";");
        }

        migrationBuilder.Sql("""
            DROP FUNCTION IF EXISTS mcn_directory_version_bump();
            DROP TABLE IF EXISTS "DirectoryVersion";
            """);
    }
}
