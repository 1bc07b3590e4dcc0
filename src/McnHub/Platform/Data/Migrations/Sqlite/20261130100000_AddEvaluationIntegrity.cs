using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace McnHub.Platform.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FirstSubmittedAt",
                table: "DataReturns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DataReturnRemindersSent",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DatasetId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                name: "IX_DataReturnRemindersSent_SentOn_DatasetId_OrganisationId_Period_Email",
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
