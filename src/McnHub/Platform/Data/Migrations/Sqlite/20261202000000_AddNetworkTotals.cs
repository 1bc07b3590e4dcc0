using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace McnHub.Platform.Data.Migrations.Sqlite
{
    /// <summary>
    /// The network's totals per element × option × period start × counted status (<see cref="McnHub.Features.Evaluation.NetworkTotal"/>),
    /// and the triggers that list the period starts whose counted values changed, whoever writes them. Hand-added to
    /// the generated migration: the triggers (<see cref="CreateTriggers"/>) are dropped when EF rebuilds DataValues or
    /// DataReturns; re-create them in that migration. Every period with returns starts pending, so existing data gets
    /// its totals on the first network computation.
    /// </summary>
    public partial class AddNetworkTotals : Migration
    {
        private const string Counted = "('Submitted', 'Approved')";

        public static readonly string[] Triggers =
        [
            "TR_DataValues_NetworkTotalsInsert", "TR_DataValues_NetworkTotalsUpdate", "TR_DataValues_NetworkTotalsDelete",
            "TR_DataReturns_NetworkTotalsUpdate", "TR_DataReturns_NetworkTotalsDelete",
        ];

        private static string Mark(string row) => $"""
            INSERT INTO "NetworkTotalsPending" ("PeriodStart") SELECT {row}."PeriodStart"
                WHERE NOT EXISTS (SELECT 1 FROM "NetworkTotalsPending" AS p WHERE p."PeriodStart" = {row}."PeriodStart");
            """;

        private static string CountedValue(string row) =>
            $"""{row}."Numeric" IS NOT NULL AND EXISTS (SELECT 1 FROM "DataReturns" AS r WHERE r."Id" = {row}."DataReturnId" AND r."Status" IN {Counted})""";

        public static IEnumerable<string> CreateTriggers() =>
        [
            $"""
            CREATE TRIGGER "TR_DataValues_NetworkTotalsInsert" AFTER INSERT ON "DataValues" WHEN {CountedValue("NEW")} BEGIN
                {Mark("NEW")}
            END;
            """,
            $"""
            CREATE TRIGGER "TR_DataValues_NetworkTotalsUpdate"
            AFTER UPDATE OF "Numeric", "PeriodStart", "DataElementId", "CategoryOptionId", "DataReturnId" ON "DataValues"
            WHEN OLD."Numeric" IS NOT NEW."Numeric" OR OLD."PeriodStart" IS NOT NEW."PeriodStart" OR OLD."DataElementId" IS NOT NEW."DataElementId"
                OR OLD."CategoryOptionId" IS NOT NEW."CategoryOptionId" OR OLD."DataReturnId" IS NOT NEW."DataReturnId"
            BEGIN
                INSERT INTO "NetworkTotalsPending" ("PeriodStart") SELECT OLD."PeriodStart"
                    WHERE {CountedValue("OLD")} AND NOT EXISTS (SELECT 1 FROM "NetworkTotalsPending" AS p WHERE p."PeriodStart" = OLD."PeriodStart");
                INSERT INTO "NetworkTotalsPending" ("PeriodStart") SELECT NEW."PeriodStart"
                    WHERE {CountedValue("NEW")} AND NOT EXISTS (SELECT 1 FROM "NetworkTotalsPending" AS p WHERE p."PeriodStart" = NEW."PeriodStart");
            END;
            """,
            $"""
            CREATE TRIGGER "TR_DataValues_NetworkTotalsDelete" AFTER DELETE ON "DataValues" WHEN {CountedValue("OLD")} BEGIN
                {Mark("OLD")}
            END;
            """,
            $"""
            CREATE TRIGGER "TR_DataReturns_NetworkTotalsUpdate" AFTER UPDATE OF "Status", "PeriodStart" ON "DataReturns"
            WHEN (OLD."Status" IS NOT NEW."Status" OR OLD."PeriodStart" IS NOT NEW."PeriodStart")
                AND (OLD."Status" IN {Counted} OR NEW."Status" IN {Counted})
            BEGIN
                {Mark("OLD")}
                {Mark("NEW")}
            END;
            """,
            $"""
            CREATE TRIGGER "TR_DataReturns_NetworkTotalsDelete" AFTER DELETE ON "DataReturns" WHEN OLD."Status" IN {Counted} BEGIN
                {Mark("OLD")}
            END;
            """,
        ];
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NetworkTotals",
                columns: table => new
                {
                    DataElementId = table.Column<int>(type: "INTEGER", nullable: false),
                    OptionKey = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Sum = table.Column<double>(type: "REAL", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkTotals", x => new { x.DataElementId, x.PeriodStart, x.OptionKey, x.Status });
                });

            migrationBuilder.CreateTable(
                name: "NetworkTotalsPending",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkTotalsPending", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NetworkTotalsPending_PeriodStart",
                table: "NetworkTotalsPending",
                column: "PeriodStart");

            foreach (var trigger in CreateTriggers())
            {
                migrationBuilder.Sql(trigger);
            }

            migrationBuilder.Sql($"""
                INSERT INTO "NetworkTotalsPending" ("PeriodStart") SELECT DISTINCT "PeriodStart" FROM "DataReturns" WHERE "Status" IN {Counted};
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in Triggers)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{trigger}\";");
            }

            migrationBuilder.DropTable(
                name: "NetworkTotals");

            migrationBuilder.DropTable(
                name: "NetworkTotalsPending");
        }
    }
}
