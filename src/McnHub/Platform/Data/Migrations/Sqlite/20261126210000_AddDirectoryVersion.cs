using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace McnHub.Platform.Data.Migrations.Sqlite;

/// <summary>
/// Hand-written (no model change): a one-row change counter for the public directory, bumped by triggers on every
/// table the in-memory directory read model is built from, whatever writes it. Each app instance reads the counter
/// per request and rebuilds its read model when it moved (docs/adr/0009). Like the full-text triggers, these are
/// dropped when EF rebuilds one of these tables: re-create them (<see cref="CreateTriggers"/>) in that migration.
/// </summary>
[DbContext(typeof(SqliteAppDbContext))]
[Migration("20261126210000_AddDirectoryVersion")]
public sealed class AddDirectoryVersion : Migration
{
    /// <summary>The tables whose rows the read model holds or serves (services with their children, organisations, areas, types).</summary>
    public static readonly string[] Tables = ["Service", "ServiceTypes", "ServiceAreas", "ServiceLocations", "OpeningHours", "Organisation", "Area", "TaxonomyTerms"];

    private static readonly string[] Events = ["INSERT", "UPDATE", "DELETE"];

    public static IEnumerable<string> CreateTriggers() =>
        from table in Tables
        from when in Events
        select $"""
            CREATE TRIGGER "TR_{table}_DirectoryVersion{Pascal(when)}" AFTER {when} ON "{table}" BEGIN
                UPDATE "DirectoryVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1;
            END;
            """;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""CREATE TABLE "DirectoryVersion" ("Id" INTEGER NOT NULL PRIMARY KEY, "Value" INTEGER NOT NULL);""");
        migrationBuilder.Sql("""INSERT INTO "DirectoryVersion" ("Id", "Value") VALUES (1, 1);""");
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
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"TR_{table}_DirectoryVersion{Pascal(when)}\";");
            }
        }

        migrationBuilder.Sql("DROP TABLE IF EXISTS \"DirectoryVersion\";");
    }

    private static string Pascal(string word) => word[..1] + word[1..].ToLowerInvariant();
}
