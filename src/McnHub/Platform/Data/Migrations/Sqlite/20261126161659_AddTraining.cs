using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace McnHub.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddTraining : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CompetencyDomains",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetencyDomains", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CompetencyLevels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetencyLevels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Courses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CpdHours = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    Cost = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: false),
                    CostNote = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Courses", x => x.Id);
                    table.CheckConstraint("CK_Courses_CpdHours", "\"CpdHours\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "DigestRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Recipients = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DigestRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LearnerCalendarTokens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearnerCalendarTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearnerCalendarTokens_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NewsPosts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsPosts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkforceRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Discipline = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Headcount = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkforceRecords", x => x.Id);
                    table.CheckConstraint("CK_WorkforceRecords_Headcount", "\"Headcount\" >= 0");
                    table.ForeignKey(
                        name: "FK_WorkforceRecords_Organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Competencies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DomainId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Competencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Competencies_CompetencyDomains_DomainId",
                        column: x => x.DomainId,
                        principalTable: "CompetencyDomains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CourseAudiences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Discipline = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourseAudiences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourseAudiences_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CourseMaterials",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AttendeesOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourseMaterials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourseMaterials_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CourseMaterials_Files_FileId",
                        column: x => x.FileId,
                        principalTable: "Files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    VenueName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    VenueAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    VenuePostcode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    VideoLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    BookingDeadline = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CancellationNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingSessions", x => x.Id);
                    table.CheckConstraint("CK_TrainingSessions_Capacity", "\"Capacity\" >= 0");
                    table.CheckConstraint("CK_TrainingSessions_Ends", "\"EndsAt\" > \"StartsAt\"");
                    table.ForeignKey(
                        name: "FK_TrainingSessions_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CourseCompetencies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseId = table.Column<int>(type: "INTEGER", nullable: false),
                    CompetencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    LevelId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourseCompetencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourseCompetencies_Competencies_CompetencyId",
                        column: x => x.CompetencyId,
                        principalTable: "Competencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CourseCompetencies_CompetencyLevels_LevelId",
                        column: x => x.LevelId,
                        principalTable: "CompetencyLevels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CourseCompetencies_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Bookings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BookedByPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    OnBehalfOfOrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    WaitListedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OfferedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OfferExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OfferCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CancelledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CancellationText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CancelledByPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    TravelFromDistrict = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    TravelMiles = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: true),
                    TravelMilesStated = table.Column<bool>(type: "INTEGER", nullable: false),
                    Attendance = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    WalkIn = table.Column<bool>(type: "INTEGER", nullable: false),
                    AttendanceMarkedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AttendanceMarkedByPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    NonAttendanceReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    NonAttendanceText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CertificateCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CertificateIssuedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CertificateRevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConfirmationSentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReminderSentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FeedbackReminderSentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bookings_Organisation_OnBehalfOfOrganisationId",
                        column: x => x.OnBehalfOfOrganisationId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bookings_People_BookedByPersonId",
                        column: x => x.BookedByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bookings_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bookings_TrainingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "TrainingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Speaker = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeItems_TrainingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "TrainingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionTrainers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionTrainers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionTrainers_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SessionTrainers_TrainingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "TrainingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingFeedback",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BookingId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Overall = table.Column<int>(type: "INTEGER", nullable: false),
                    Relevance = table.Column<int>(type: "INTEGER", nullable: false),
                    Trainers = table.Column<int>(type: "INTEGER", nullable: false),
                    Organisation = table.Column<int>(type: "INTEGER", nullable: false),
                    ConfidenceBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    ConfidenceAfter = table.Column<int>(type: "INTEGER", nullable: false),
                    WentWell = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CouldImprove = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PracticeChange = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingFeedback_Bookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "Bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_BookedByPersonId",
                table: "Bookings",
                column: "BookedByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_CertificateCode",
                table: "Bookings",
                column: "CertificateCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_OfferCode",
                table: "Bookings",
                column: "OfferCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_OnBehalfOfOrganisationId",
                table: "Bookings",
                column: "OnBehalfOfOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_PersonId",
                table: "Bookings",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_SessionId_PersonId_Active",
                table: "Bookings",
                columns: new[] { "SessionId", "PersonId" },
                unique: true,
                filter: "\"Status\" IN ('Booked', 'WaitListed', 'Offered')");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_SessionId_Status",
                table: "Bookings",
                columns: new[] { "SessionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Competencies_Code",
                table: "Competencies",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Competencies_DomainId",
                table: "Competencies",
                column: "DomainId");

            migrationBuilder.CreateIndex(
                name: "IX_CompetencyDomains_Name",
                table: "CompetencyDomains",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompetencyLevels_Rank",
                table: "CompetencyLevels",
                column: "Rank",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CourseAudiences_CourseId_Discipline",
                table: "CourseAudiences",
                columns: new[] { "CourseId", "Discipline" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CourseCompetencies_CompetencyId",
                table: "CourseCompetencies",
                column: "CompetencyId");

            migrationBuilder.CreateIndex(
                name: "IX_CourseCompetencies_CourseId_CompetencyId",
                table: "CourseCompetencies",
                columns: new[] { "CourseId", "CompetencyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CourseCompetencies_LevelId",
                table: "CourseCompetencies",
                column: "LevelId");

            migrationBuilder.CreateIndex(
                name: "IX_CourseMaterials_CourseId",
                table: "CourseMaterials",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_CourseMaterials_FileId",
                table: "CourseMaterials",
                column: "FileId");

            migrationBuilder.CreateIndex(
                name: "IX_Courses_Title",
                table: "Courses",
                column: "Title",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DigestRuns_PeriodFrom_PeriodTo",
                table: "DigestRuns",
                columns: new[] { "PeriodFrom", "PeriodTo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearnerCalendarTokens_PersonId",
                table: "LearnerCalendarTokens",
                column: "PersonId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearnerCalendarTokens_Token",
                table: "LearnerCalendarTokens",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NewsPosts_PublishedAt",
                table: "NewsPosts",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeItems_SessionId",
                table: "ProgrammeItems",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionTrainers_PersonId",
                table: "SessionTrainers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionTrainers_SessionId_PersonId",
                table: "SessionTrainers",
                columns: new[] { "SessionId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingFeedback_BookingId",
                table: "TrainingFeedback",
                column: "BookingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSessions_CourseId_StartsAt",
                table: "TrainingSessions",
                columns: new[] { "CourseId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSessions_StartsAt",
                table: "TrainingSessions",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_WorkforceRecords_OrganisationId_Discipline_RecordedOn",
                table: "WorkforceRecords",
                columns: new[] { "OrganisationId", "Discipline", "RecordedOn" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CourseAudiences");

            migrationBuilder.DropTable(
                name: "CourseCompetencies");

            migrationBuilder.DropTable(
                name: "CourseMaterials");

            migrationBuilder.DropTable(
                name: "DigestRuns");

            migrationBuilder.DropTable(
                name: "LearnerCalendarTokens");

            migrationBuilder.DropTable(
                name: "NewsPosts");

            migrationBuilder.DropTable(
                name: "ProgrammeItems");

            migrationBuilder.DropTable(
                name: "SessionTrainers");

            migrationBuilder.DropTable(
                name: "TrainingFeedback");

            migrationBuilder.DropTable(
                name: "WorkforceRecords");

            migrationBuilder.DropTable(
                name: "Competencies");

            migrationBuilder.DropTable(
                name: "CompetencyLevels");

            migrationBuilder.DropTable(
                name: "Bookings");

            migrationBuilder.DropTable(
                name: "CompetencyDomains");

            migrationBuilder.DropTable(
                name: "TrainingSessions");

            migrationBuilder.DropTable(
                name: "Courses");
        }
    }
}
