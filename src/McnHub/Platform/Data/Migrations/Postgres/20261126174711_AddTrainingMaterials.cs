using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace McnHub.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddTrainingMaterials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-edited: who may see a material becomes a choice of three; materials that were for attendees only
            // stay restricted (the generated migration would have made them visible to everyone).
            migrationBuilder.AddColumn<string>(
                name: "Visibility",
                table: "CourseMaterials",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Everyone");

            migrationBuilder.Sql("UPDATE \"CourseMaterials\" SET \"Visibility\" = 'Attendees' WHERE \"AttendeesOnly\";");

            migrationBuilder.DropColumn(
                name: "AttendeesOnly",
                table: "CourseMaterials");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "CourseMaterials",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "ProgrammeItems",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Description",
                table: "CourseMaterials",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DurationMinutes",
                table: "CourseMaterials",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AttendeesOnly",
                table: "CourseMaterials",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql("UPDATE \"CourseMaterials\" SET \"AttendeesOnly\" = TRUE WHERE \"Visibility\" <> 'Everyone';");

            foreach (var column in new[] { "Visibility", "Version", "Description", "DurationMinutes" })
            {
                migrationBuilder.DropColumn(name: column, table: "CourseMaterials");
            }

            migrationBuilder.DropColumn(
                name: "Version",
                table: "ProgrammeItems");
        }
    }
}
