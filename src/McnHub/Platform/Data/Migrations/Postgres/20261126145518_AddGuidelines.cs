using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace McnHub.Platform.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LocalLead = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GuidelineVersionId = table.Column<int>(type: "integer", nullable: false),
                    Section = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    AuthorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    OrganisationName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PostedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuidelineComments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GuidelineDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Topics = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    OwnerId = table.Column<int>(type: "integer", nullable: false),
                    Audience = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CurrentVersionId = table.Column<int>(type: "integer", nullable: true),
                    ReviewDate = table.Column<DateOnly>(type: "date", nullable: true),
                    LastReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastReviewReminderAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    FileId = table.Column<Guid>(type: "uuid", nullable: true),
                    ChangeSummary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ConsultationOpensOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConsultationClosesOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApprovedByGroupId = table.Column<int>(type: "integer", nullable: true),
                    DecisionId = table.Column<int>(type: "integer", nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    GuidelineVersionId = table.Column<int>(type: "integer", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    NextReviewDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
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
