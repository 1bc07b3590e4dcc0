using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace McnHub.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddEvaluationIntegrity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DataValues_DataReturnId_DataElementId_CategoryOptionId",
                table: "DataValues");

            migrationBuilder.AddColumn<int>(
                name: "ReportingYearStartMonth",
                table: "NetworkSettings",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FirstSubmittedAt",
                table: "DataReturns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DataReturnRemindersSent",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DatasetId = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataReturnRemindersSent", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DataValues_DataReturnId_DataElementId_CategoryOptionId",
                table: "DataValues",
                columns: new[] { "DataReturnId", "DataElementId", "CategoryOptionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DataValues_OneWithoutOption",
                table: "DataValues",
                columns: new[] { "DataReturnId", "DataElementId" },
                unique: true,
                filter: "\"CategoryOptionId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DataReturnRemindersSent_SentOn_DatasetId_OrganisationId_Per~",
                table: "DataReturnRemindersSent",
                columns: new[] { "SentOn", "DatasetId", "OrganisationId", "Period", "Email" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataReturnRemindersSent");

            migrationBuilder.DropIndex(
                name: "IX_DataValues_DataReturnId_DataElementId_CategoryOptionId",
                table: "DataValues");

            migrationBuilder.DropIndex(
                name: "IX_DataValues_OneWithoutOption",
                table: "DataValues");

            migrationBuilder.DropColumn(
                name: "ReportingYearStartMonth",
                table: "NetworkSettings");

            migrationBuilder.DropColumn(
                name: "FirstSubmittedAt",
                table: "DataReturns");

            migrationBuilder.CreateIndex(
                name: "IX_DataValues_DataReturnId_DataElementId_CategoryOptionId",
                table: "DataValues",
                columns: new[] { "DataReturnId", "DataElementId", "CategoryOptionId" });
        }
    }
}
