using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace McnHub.Platform.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Everyone");

            migrationBuilder.Sql("UPDATE \"CourseMaterials\" SET \"Visibility\" = 'Attendees' WHERE \"AttendeesOnly\" = 1;");

            migrationBuilder.DropColumn(
                name: "AttendeesOnly",
                table: "CourseMaterials");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "CourseMaterials",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "ProgrammeItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Description",
                table: "CourseMaterials",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DurationMinutes",
                table: "CourseMaterials",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AttendeesOnly",
                table: "CourseMaterials",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql("UPDATE \"CourseMaterials\" SET \"AttendeesOnly\" = 1 WHERE \"Visibility\" <> 'Everyone';");

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
