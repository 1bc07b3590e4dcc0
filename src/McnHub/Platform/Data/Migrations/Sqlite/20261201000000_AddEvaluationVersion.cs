using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace McnHub.Platform.Data.Migrations.Sqlite;

/// <summary>
/// Hand-written (no model change): a one-row change counter for computed indicator values, bumped by triggers on
/// every table an indicator value is computed from, whatever writes it. The indicator cache keeps values per counter
/// value (docs/benchmarks.md, "Evaluation"). Like the directory's, these triggers are dropped when EF rebuilds one
/// of these tables: re-create them (<see cref="CreateTriggers"/>) in that migration.
/// </summary>
[DbContext(typeof(SqliteAppDbContext))]
[Migration("20261201000000_AddEvaluationVersion")]
public sealed class AddEvaluationVersion : Migration
{
    /// <summary>Values and returns, element and option definitions, and what subjects and constants are made of.</summary>
    public static readonly string[] Tables =
        ["DataValues", "DataReturns", "DataElements", "CategoryOptions", "DatasetAssignments", "Organisation", "OrganisationAreas", "Area", "NetworkSettings"];

    private static readonly string[] Events = ["INSERT", "UPDATE", "DELETE"];

    public static IEnumerable<string> CreateTriggers() =>
        from table in Tables
        from when in Events
        select $"""
            CREATE TRIGGER "TR_{table}_EvaluationVersion{Pascal(when)}" AFTER {when} ON "{table}" BEGIN
                UPDATE "EvaluationVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1;
            END;
            """;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""CREATE TABLE "EvaluationVersion" ("Id" INTEGER NOT NULL PRIMARY KEY, "Value" INTEGER NOT NULL);""");
        migrationBuilder.Sql("""INSERT INTO "EvaluationVersion" ("Id", "Value") VALUES (1, 1);""");
        foreach (var trigger in CreateTriggers())
        {
            migrationBuilder.Sql(trigger);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            foreach (var when in Events)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"TR_{table}_EvaluationVersion{Pascal(when)}\";");
            }
        }

        migrationBuilder.Sql("DROP TABLE IF EXISTS \"EvaluationVersion\";");
    }

    private static string Pascal(string word) => word[..1] + word[1..].ToLowerInvariant();
}
