using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace McnHub.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddGuidelines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GuidelineAdoptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LocalLead = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuidelineAdoptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GuidelineAdoptions_Organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GuidelineComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuidelineVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PostedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuidelineComments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GuidelineDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Topics = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OwnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CurrentVersionId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastReviewReminderAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuidelineDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GuidelineDocuments_People_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GuidelineVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChangeSummary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConsultationOpensOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConsultationClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApprovedByGroupId = table.Column<int>(type: "INTEGER", nullable: true),
                    DecisionId = table.Column<int>(type: "INTEGER", nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuidelineVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GuidelineVersions_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_GuidelineVersions_Files_FileId",
                        column: x => x.FileId,
                        principalTable: "Files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GuidelineVersions_Groups_ApprovedByGroupId",
                        column: x => x.ApprovedByGroupId,
                        principalTable: "Groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GuidelineVersions_GuidelineDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "GuidelineDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GuidelineReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    GuidelineVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    NextReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuidelineReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GuidelineReviews_GuidelineDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "GuidelineDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GuidelineReviews_GuidelineVersions_GuidelineVersionId",
                        column: x => x.GuidelineVersionId,
                        principalTable: "GuidelineVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GuidelineAdoptions_DocumentId_OrganisationId_RecordedOn",
                table: "GuidelineAdoptions",
                columns: new[] { "DocumentId", "OrganisationId", "RecordedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GuidelineAdoptions_OrganisationId",
                table: "GuidelineAdoptions",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_GuidelineComments_GuidelineVersionId",
                table: "GuidelineComments",
                column: "GuidelineVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_GuidelineDocuments_CurrentVersionId",
                table: "GuidelineDocuments",
                column: "CurrentVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_GuidelineDocuments_OwnerId",
                table: "GuidelineDocuments",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_GuidelineDocuments_ReviewDate",
                table: "GuidelineDocuments",
                column: "ReviewDate");

            migrationBuilder.CreateIndex(
                name: "IX_GuidelineDocuments_Status",
                table: "GuidelineDocuments",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_GuidelineReviews_DocumentId_ReviewedOn",
                table: "GuidelineReviews",
                columns: new[] { "DocumentId", "ReviewedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GuidelineReviews_GuidelineVersionId",
                table: "GuidelineReviews",
                column: "GuidelineVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_GuidelineVersions_ApprovedByGroupId",
                table: "GuidelineVersions",
                column: "ApprovedByGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_GuidelineVersions_DecisionId",
                table: "GuidelineVersions",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_GuidelineVersions_DocumentId_Number",
                table: "GuidelineVersions",
                columns: new[] { "DocumentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GuidelineVersions_FileId",
                table: "GuidelineVersions",
                column: "FileId");

            migrationBuilder.AddForeignKey(
                name: "FK_GuidelineAdoptions_GuidelineDocuments_DocumentId",
                table: "GuidelineAdoptions",
                column: "DocumentId",
                principalTable: "GuidelineDocuments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_GuidelineComments_GuidelineVersions_GuidelineVersionId",
                table: "GuidelineComments",
                column: "GuidelineVersionId",
                principalTable: "GuidelineVersions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_GuidelineDocuments_GuidelineVersions_CurrentVersionId",
                table: "GuidelineDocuments",
                column: "CurrentVersionId",
                principalTable: "GuidelineVersions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_GuidelineVersions_GuidelineDocuments_DocumentId",
                table: "GuidelineVersions");

            migrationBuilder.DropTable(
                name: "GuidelineAdoptions");

            migrationBuilder.DropTable(
                name: "GuidelineComments");

            migrationBuilder.DropTable(
                name: "GuidelineReviews");

            migrationBuilder.DropTable(
                name: "GuidelineDocuments");

            migrationBuilder.DropTable(
                name: "GuidelineVersions");
        }
    }
}
