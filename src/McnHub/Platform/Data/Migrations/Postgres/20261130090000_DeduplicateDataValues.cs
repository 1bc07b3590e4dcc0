using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace McnHub.Platform.Data.Migrations.Postgres;

/// <summary>
/// Hand-written (no model change): before AddEvaluationIntegrity makes one value per return × element × category
/// option a unique index, drops any duplicate a race could have stored while that was enforced only in code,
/// keeping the latest row (highest id) of each cell. Dated after AddEvaluation and before AddEvaluationIntegrity
/// so it runs between them even if that migration is regenerated (a regenerated one is dated later still).
/// </summary>
[DbContext(typeof(PostgresAppDbContext))]
[Migration("20261130090000_DeduplicateDataValues")]
public sealed class DeduplicateDataValues : Migration
{
    public const string Sql = """
        DELETE FROM "DataValues" WHERE "Id" NOT IN (
            SELECT MAX("Id") FROM "DataValues"
            GROUP BY "DataReturnId", "DataElementId", COALESCE("CategoryOptionId", 0));
        """;

    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Sql);

    // Duplicates dropped cannot be brought back, and none are needed.
    protected override void Down(MigrationBuilder migrationBuilder)
    {
    }
}
