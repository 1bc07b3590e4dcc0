using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace McnHub.Platform.Data.Migrations.Postgres;

/// <summary>
/// Hand-written (no model change): the counted returns' ids in status order, so the indicator aggregation's semi-join
/// ("values whose return is approved") reads them from a small index rather than from the returns table
/// (docs/benchmarks.md, "Evaluation"). On SQLite a rebuild of DataReturns by a later migration drops it: re-create it there.
/// </summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("20261201000001_AddEvaluationIndexes")]
public sealed class AddEvaluationIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""CREATE INDEX IF NOT EXISTS "IX_DataReturns_Status_Id" ON "DataReturns" ("Status", "Id");""");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_DataReturns_Status_Id";""");
}
