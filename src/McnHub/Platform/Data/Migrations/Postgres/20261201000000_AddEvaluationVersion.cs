using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace McnHub.Platform.Data.Migrations.Postgres;

/// <summary>
/// Hand-written (no model change): the change counter for computed indicator values (see the SQLite migration of
/// the same name), bumped once per statement on every table an indicator value is computed from.
/// </summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("20261201000000_AddEvaluationVersion")]
public sealed class AddEvaluationVersion : Migration
{
    private static readonly string[] Tables =
        ["DataValues", "DataReturns", "DataElements", "CategoryOptions", "DatasetAssignments", "Organisation", "OrganisationAreas", "Area", "NetworkSettings"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TABLE "EvaluationVersion" ("Id" integer PRIMARY KEY, "Value" bigint NOT NULL);
            INSERT INTO "EvaluationVersion" ("Id", "Value") VALUES (1, 1);
            CREATE FUNCTION mcn_evaluation_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE "EvaluationVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1;
                RETURN NULL;
            END;
            $$;
            """);
        foreach (var table in Tables)
        {
            migrationBuilder.Sql($"""
                CREATE TRIGGER "TR_{table}_EvaluationVersion" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}"
                    FOR EACH STATEMENT EXECUTE FUNCTION mcn_evaluation_version_bump();
                """);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"TR_{table}_EvaluationVersion\" ON \"{table}\";");
        }

        migrationBuilder.Sql("""
            DROP FUNCTION IF EXISTS mcn_evaluation_version_bump();
            DROP TABLE IF EXISTS "EvaluationVersion";
            """);
    }
}
