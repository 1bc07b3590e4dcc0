using McnHub.Features.Governance.Dashboard;
using McnHub.Features.Members.Organisations;
using McnHub.Features.Training.Barriers;
using McnHub.Features.Training.Coverage;
using McnHub.Features.Training.Model;
using McnHub.Platform.Reports;
using McnHub.Tests.Support;

namespace McnHub.Tests.Features.Training.Outcomes;

/// <summary>The barriers analysis, coverage, the dashboard sections and the report section, on small known data in a past month of their own.</summary>
public sealed class BarriersAndCoverageTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private static readonly DateTime From = new(2020, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime To = new(2020, 4, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Barriers_count_reasons_attendance_by_format_and_travel_bands_and_the_report_summarises_the_period()
    {
        var org = await factory.CreateOrganisationAsync(OrganisationType.CommunityChildrensNursing, Sector.Nhs);
        var course = await factory.CreateCourseAsync(cpdHours: 3);
        var inPerson = await factory.CreateSessionAsync(course, new DateTime(2020, 3, 5, 9, 0, 0, DateTimeKind.Utc), TrainingFormat.InPerson, postcode: "RV3 1AA");
        var online = await factory.CreateSessionAsync(course, new DateTime(2020, 3, 10, 9, 0, 0, DateTimeKind.Utc), TrainingFormat.Virtual);
        async Task Book(int session, Action<Booking> change) => await factory.CreateBookingAsync(session, await factory.CreatePlainPersonAsync(organisationId: org), change);
        await Book(inPerson, b => (b.Attendance, b.TravelFromDistrict) = (AttendanceOutcome.Attended, "RV3"));
        await Book(inPerson, b => (b.Attendance, b.NonAttendanceReason, b.TravelMiles, b.TravelMilesStated) = (AttendanceOutcome.DidNotAttend, BarrierReason.Travel, 40, true));
        await Book(inPerson, b => (b.Status, b.CancellationReason) = (BookingStatus.Cancelled, BarrierReason.ReleaseFromWork));
        await Book(online, b => b.Attendance = AttendanceOutcome.Attended);
        await Book(online, b => b.Attendance = AttendanceOutcome.Attended);
        await Book(online, b => (b.Attendance, b.NonAttendanceReason) = (AttendanceOutcome.CancelledLate, BarrierReason.ReleaseFromWork));

        var analysis = await factory.WithDbAsync(db => BarrierAnalysis.LoadAsync(db, From, To, default));
        var report = await factory.WithDbAsync(db => new TrainingReportSection(db).BuildAsync(new ReportPeriod("March 2020", new DateOnly(2020, 3, 1), new DateOnly(2020, 3, 31), false), default));

        Assert.Equal([["Release from work", 2, "67%"], ["Travel", 1, "33%"]], analysis.Reasons().Rows.Select(r => r.ToArray()).ToArray());
        Assert.Equal([["In person", 3, 1, 1, 0, 1, "33%"], ["Virtual", 3, 2, 0, 1, 0, "67%"]], analysis.AttendanceByFormat().Rows.Select(r => r.ToArray()).ToArray());
        Assert.Equal([["Under 5 miles", 1, 1, 0, "100%"], ["30 miles or more", 1, 0, 1, "0%"], ["Not known", 1, 0, 0, "0%"]], analysis.AttendanceByTravel().Rows.Select(r => r.ToArray()).ToArray());
        var byType = Assert.Single(analysis.ReasonsBy("Organisation type", r => r.OrgType.ToString()!).Rows);
        Assert.Equal("Release from work", byType[^1]);
        Assert.NotNull(report);
        Assert.Equal(500, new TrainingReportSection(null!).Order);
        Assert.Equal("2 sessions ran, with 3 attendances and 9 CPD hours delivered.", report.Paragraphs[0]);
    }

    [Fact]
    public void Travel_is_stated_miles_else_estimated_from_postcode_districts_and_unknown_across_areas()
    {
        Assert.Equal(12m, TravelEstimate.Miles(12m, "RV3", "RV3 1AA"));
        Assert.Equal(TravelEstimate.SameDistrict, TravelEstimate.Miles(null, "rv3", "RV3 1AA"));
        Assert.Equal(TravelEstimate.SameArea, TravelEstimate.Miles(null, "RV12", "RV3 1AA"));
        Assert.Null(TravelEstimate.Miles(null, "NB1", "RV3 1AA"));
        Assert.Equal("5 to 15 miles", TravelEstimate.Band(10m));
    }

    [Fact]
    public async Task Coverage_counts_people_trained_per_organisation_against_workforce_and_flags_organisations_with_nobody()
    {
        var trainedOrg = await factory.CreateOrganisationAsync();
        var untrainedOrg = await factory.CreateOrganisationAsync();
        await factory.WithDbAsync(async db =>
        {
            db.Add(new WorkforceRecord { OrganisationId = trainedOrg, Headcount = 8, RecordedOn = new DateOnly(2019, 1, 1) });
            db.Add(new WorkforceRecord { OrganisationId = trainedOrg, Headcount = 10, RecordedOn = new DateOnly(2020, 1, 1) });
            return await db.SaveChangesAsync();
        });
        var session = await factory.CreateSessionAsync(await factory.CreateCourseAsync(level: CourseLevel.Specialist), new DateTime(2020, 3, 12, 9, 0, 0, DateTimeKind.Utc));
        var second = await factory.CreateSessionAsync(await factory.CreateCourseAsync(level: CourseLevel.Specialist), new DateTime(2020, 3, 19, 9, 0, 0, DateTimeKind.Utc));
        var twice = await factory.CreatePlainPersonAsync(organisationId: trainedOrg);
        await factory.CreateBookingAsync(session, twice, b => b.Attendance = AttendanceOutcome.Attended);
        await factory.CreateBookingAsync(second, twice, b => b.Attendance = AttendanceOutcome.Attended);
        await factory.CreateBookingAsync(session, await factory.CreatePlainPersonAsync(organisationId: trainedOrg), b => b.Attendance = AttendanceOutcome.Attended);
        await factory.CreateBookingAsync(session, await factory.CreatePlainPersonAsync(organisationId: untrainedOrg), b => b.Attendance = AttendanceOutcome.DidNotAttend);

        var coverage = await factory.WithDbAsync(db => CoverageAnalysis.LoadAsync(db, From, To, default));
        var client = await factory.SignInAsync("coordinator@riverlands.example");
        var page = await client.GetDocumentAsync("/training/coverage");
        var dashboard = await factory.WithDbAsync(db => new NobodyTrainedSource(db).LoadAsync(new DashboardContext(DateOnly.FromDateTime(DateTime.UtcNow), DateTime.UtcNow), default));

        var row = coverage.Organisations.Single(o => o.Id == trainedOrg);
        Assert.Equal(2, row.Trained);
        Assert.Equal(10, row.Workforce);
        Assert.Equal("20%", coverage.All()[0].Rows.Single(r => r[0] as string == row.Name)[4]);
        Assert.Contains(coverage.NobodyTrained, o => o.Id == untrainedOrg);
        Assert.Equal(2, coverage.Levels.Single(l => l.Level == CourseLevel.Specialist).Trained);
        Assert.Contains(page.QuerySelectorAll("[data-nobody-trained] a"), a => a.GetAttribute("href") == $"/organisations/{untrainedOrg}");
        Assert.True(dashboard.Count >= 2);
    }

    [Fact]
    public async Task Open_sessions_in_the_next_30_days_under_half_booked_are_on_the_coordinators_dashboard()
    {
        var course = await factory.CreateCourseAsync();
        var quiet = await factory.CreateSessionAsync(course, DateTime.UtcNow.AddDays(10), capacity: 20);
        var busy = await factory.CreateSessionAsync(course, DateTime.UtcNow.AddDays(11), capacity: 2);
        var later = await factory.CreateSessionAsync(course, DateTime.UtcNow.AddDays(45), capacity: 20);
        await factory.CreateBookingAsync(quiet, await factory.CreatePlainPersonAsync());
        await factory.CreateBookingAsync(busy, await factory.CreatePlainPersonAsync());

        var section = await factory.WithDbAsync(db => new UnderBookedSessionsSource(db).LoadAsync(new DashboardContext(DateOnly.FromDateTime(DateTime.UtcNow), DateTime.UtcNow), default));

        var item = Assert.Single(section.Items, i => i.Link == $"/training/sessions/{quiet}");
        Assert.Contains("1 of 20 places taken", item.Detail);
        Assert.DoesNotContain(section.Items, i => i.Link == $"/training/sessions/{busy}" || i.Link == $"/training/sessions/{later}");
    }

    [Fact]
    public async Task The_barriers_page_shows_its_tables_to_the_educator_and_downloads_them_as_csv()
    {
        var client = await factory.SignInAsync("educator@riverlands.example");

        var page = await client.GetDocumentAsync("/training/barriers");
        var csv = await client.GetAsync("/training/barriers?handler=export&table=5&format=csv");

        Assert.Equal("Access barriers to training", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(System.Net.HttpStatusCode.OK, csv.StatusCode);
        Assert.StartsWith("Format,Places,Attended", await csv.Content.ReadAsStringAsync());
    }
}
