using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace McnHub.Platform.Data.Migrations.Postgres
{
    /// <summary>
    /// The network's totals and the triggers listing the period starts whose counted values changed (see the SQLite
    /// migration of the same name). Here the triggers run once per statement over its transition tables, and append
    /// pending rows rather than merge them: a refresh deletes only the rows committed before it, so a write still in
    /// flight keeps its own row and its period is recomputed next time (<see cref="McnHub.Features.Evaluation.Indicators.NetworkTotals"/>).
    /// </summary>
    public partial class AddNetworkTotals : Migration
    {
        private const string Counted = "('Submitted', 'Approved')";

        /// <summary>The columns a value's total depends on.</summary>
        private const string ValueChanged = """
            (o."Numeric" IS DISTINCT FROM n."Numeric" OR o."PeriodStart" <> n."PeriodStart" OR o."DataElementId" <> n."DataElementId"
             OR o."CategoryOptionId" IS DISTINCT FROM n."CategoryOptionId" OR o."DataReturnId" <> n."DataReturnId")
            """;

        private const string ReturnChanged = """
            (o."Status" <> n."Status" OR o."PeriodStart" <> n."PeriodStart") AND (o."Status" IN ('Submitted', 'Approved') OR n."Status" IN ('Submitted', 'Approved'))
            """;

        private static readonly (string Name, string Table, string Event, string Referencing, string Body)[] Functions =
        [
            ("mcn_network_totals_values_insert", "DataValues", "INSERT", "NEW TABLE AS n", $"""
                SELECT DISTINCT n."PeriodStart" FROM n INNER JOIN "DataReturns" AS r ON r."Id" = n."DataReturnId"
                WHERE n."Numeric" IS NOT NULL AND r."Status" IN {Counted}
                """),
            ("mcn_network_totals_values_update", "DataValues", "UPDATE", "OLD TABLE AS o NEW TABLE AS n", $"""
                SELECT DISTINCT x."PeriodStart" FROM (
                    SELECT o."PeriodStart", o."DataReturnId" FROM o INNER JOIN n ON n."Id" = o."Id" WHERE o."Numeric" IS NOT NULL AND {ValueChanged}
                    UNION ALL
                    SELECT n."PeriodStart", n."DataReturnId" FROM o INNER JOIN n ON n."Id" = o."Id" WHERE n."Numeric" IS NOT NULL AND {ValueChanged}
                ) AS x INNER JOIN "DataReturns" AS r ON r."Id" = x."DataReturnId"
                WHERE r."Status" IN {Counted}
                """),
            ("mcn_network_totals_values_delete", "DataValues", "DELETE", "OLD TABLE AS o", $"""
                SELECT DISTINCT o."PeriodStart" FROM o INNER JOIN "DataReturns" AS r ON r."Id" = o."DataReturnId"
                WHERE o."Numeric" IS NOT NULL AND r."Status" IN {Counted}
                """),
            ("mcn_network_totals_returns_update", "DataReturns", "UPDATE", "OLD TABLE AS o NEW TABLE AS n", $"""
                SELECT o."PeriodStart" FROM o INNER JOIN n ON n."Id" = o."Id" WHERE {ReturnChanged}
                UNION
                SELECT n."PeriodStart" FROM o INNER JOIN n ON n."Id" = o."Id" WHERE {ReturnChanged}
                """),
            ("mcn_network_totals_returns_delete", "DataReturns", "DELETE", "OLD TABLE AS o", $"""
                SELECT DISTINCT o."PeriodStart" FROM o WHERE o."Status" IN {Counted}
                """),
        ];

        private static string Trigger(string function) => "TR_" + function;
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NetworkTotals",
                columns: table => new
                {
                    DataElementId = table.Column<int>(type: "integer", nullable: false),
                    OptionKey = table.Column<int>(type: "integer", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Sum = table.Column<double>(type: "double precision", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkTotals", x => new { x.DataElementId, x.PeriodStart, x.OptionKey, x.Status });
                });

            migrationBuilder.CreateTable(
                name: "NetworkTotalsPending",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkTotalsPending", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NetworkTotalsPending_PeriodStart",
                table: "NetworkTotalsPending",
                column: "PeriodStart");

            foreach (var (name, table, when, referencing, body) in Functions)
            {
                migrationBuilder.Sql($"""
                    CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        INSERT INTO "NetworkTotalsPending" ("PeriodStart")
                        {body};
                        RETURN NULL;
                    END;
                    $$;
                    CREATE TRIGGER "{Trigger(name)}" AFTER {when} ON "{table}" REFERENCING {referencing}
                        FOR EACH STATEMENT EXECUTE FUNCTION {name}();
                    """);
            }

            migrationBuilder.Sql($"""
                INSERT INTO "NetworkTotalsPending" ("PeriodStart") SELECT DISTINCT "PeriodStart" FROM "DataReturns" WHERE "Status" IN {Counted};
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (name, table, _, _, _) in Functions)
            {
                migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{Trigger(name)}" ON "{table}"; DROP FUNCTION IF EXISTS {name}();""");
            }

            migrationBuilder.DropTable(
                name: "NetworkTotals");

            migrationBuilder.DropTable(
                name: "NetworkTotalsPending");
        }
    }
}
