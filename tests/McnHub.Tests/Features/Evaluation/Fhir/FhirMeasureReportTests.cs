using System.Net;
using Hl7.Fhir.Model;
using McnHub.Features.Evaluation;
using McnHub.Tests.Features.Evaluation.Indicators;
using McnHub.Tests.Features.Interop;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Tests.Features.Evaluation.Fhir;

/// <summary>
/// MeasureReport: indicator values per network, area and organisation and quarter, on the small hand-computed network
/// of <see cref="IndicatorTestData"/> (2025Q1 deaths in the preferred place: A 7/10, B 15/20, C 2/3; D only submitted).
/// </summary>
public sealed class FhirMeasureReportTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private const string Member = "member@riverlands.example";

    [Fact]
    public async Task Anonymous_callers_are_refused_with_a_401_operation_outcome()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var anonymous = factory.CreateClient();

        await anonymous.FhirErrorAsync("/fhir/r4/MeasureReport", HttpStatusCode.Unauthorized, OperationOutcome.IssueType.Login);
        await anonymous.FhirErrorAsync($"/fhir/r4/MeasureReport/{Key(world.Pref)}.network.2025Q1", HttpStatusCode.Unauthorized, OperationOutcome.IssueType.Login);
    }

    [Fact]
    public async Task The_coordinator_reads_the_network_an_area_and_an_organisation_report_with_counts_and_score()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var measureId = await MeasureIdAsync(world.Pref);
        var coordinator = await factory.SignInAsync(EvaluationTestData.Coordinator);
        var key = Key(world.Pref);

        var network = await coordinator.GetReportAsync($"/fhir/r4/MeasureReport/{key}.network.2025Q1");
        var area = await coordinator.GetReportAsync($"/fhir/r4/MeasureReport/{key}.area.{world.AreaX}.2025Q1");
        var organisation = await coordinator.GetReportAsync($"/fhir/r4/MeasureReport/{key}.org.{world.OrgC}.2025Q1");

        Assert.Equal($"{key}.network.2025Q1", network.Id);
        Assert.Equal(MeasureReport.MeasureReportStatus.Complete, network.Status);
        Assert.Equal(MeasureReport.MeasureReportType.Summary, network.Type);
        Assert.EndsWith($"/fhir/r4/Measure/{measureId}", network.Measure);
        Assert.Null(network.Subject);
        Assert.Equal("Organization/network", network.Reporter!.Reference);
        Assert.Equal(("2025-01-01", "2025-03-31"), (network.Period!.Start, network.Period.End));
        Assert.Equal("increase", network.ImprovementNotation!.Coding.Single().Code);
        Assert.False(string.IsNullOrEmpty(network.Date));
        Assert.Equal((24, 33, 72.7m), Figures(network));
        Assert.Equal("%", network.Group.Single().MeasureScore!.Code);

        Assert.Equal($"Location/area-{world.AreaX}", area.Subject!.Reference);
        Assert.Equal("Organization/network", area.Reporter!.Reference);
        Assert.Equal((22, 30, 73.3m), Figures(area));
        Assert.Null(organisation.Subject);
        Assert.Equal($"Organization/{world.OrgC}", organisation.Reporter!.Reference);
        Assert.Equal((2, 3, 66.7m), Figures(organisation));
    }

    [Fact]
    public async Task A_member_gets_small_numbers_masked_where_the_coordinator_gets_them_in_full()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var member = await factory.SignInAsync(Member);
        var coordinator = await factory.SignInAsync(EvaluationTestData.Coordinator);
        var key = Key(world.Pref);

        var small = await member.GetReportAsync($"/fhir/r4/MeasureReport/{key}.org.{world.OrgC}.2025Q1");
        var complementary = await member.GetReportAsync($"/fhir/r4/MeasureReport/{key}.org.{world.OrgA}.2025Q1");
        var shown = await member.GetReportAsync($"/fhir/r4/MeasureReport/{key}.org.{world.OrgB}.2025Q1");
        var area = await member.GetReportAsync($"/fhir/r4/MeasureReport/{key}.area.{world.AreaY}.2025Q1");

        foreach (var masked in new[] { small, complementary, area })
        {
            var group = masked.Group.Single();
            Assert.All(group.Population, p => Assert.Null(p.Count));
            Assert.All(group.Population, p => Assert.Equal("masked", AbsentReason(p.CountElement)));
            Assert.Null(group.MeasureScore!.Value);
            Assert.Equal("masked", AbsentReason(group.MeasureScore));
        }

        Assert.Equal((15, 20, 75.0m), Figures(shown));
        Assert.Equal((2, 3, 66.7m), Figures(await coordinator.GetReportAsync($"/fhir/r4/MeasureReport/{key}.org.{world.OrgC}.2025Q1")));
        Assert.Equal((2, 3, 66.7m), Figures(await coordinator.GetReportAsync($"/fhir/r4/MeasureReport/{key}.area.{world.AreaY}.2025Q1")));
    }

    [Fact]
    public async Task No_data_and_a_zero_denominator_are_data_absent_and_submitted_returns_do_not_count()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var coordinator = await factory.SignInAsync(EvaluationTestData.Coordinator);
        var key = Key(world.Pref);

        var nothing = await coordinator.GetReportAsync($"/fhir/r4/MeasureReport/{key}.org.{world.OrgB}.2025Q2");
        var zero = await coordinator.GetReportAsync($"/fhir/r4/MeasureReport/{key}.org.{world.OrgC}.2025Q2");
        var submittedOnly = await coordinator.GetReportAsync($"/fhir/r4/MeasureReport/{key}.org.{world.OrgD}.2025Q1");

        Assert.All(nothing.Group.Single().Population, p => Assert.Equal("unknown", AbsentReason(p.CountElement)));
        Assert.Equal("unknown", AbsentReason(nothing.Group.Single().MeasureScore));
        Assert.Equal([0, 0], zero.Group.Single().Population.Select(p => p.Count));
        Assert.Null(zero.Group.Single().MeasureScore!.Value);
        Assert.Equal("not-a-number", AbsentReason(zero.Group.Single().MeasureScore));
        Assert.Equal("unknown", AbsentReason(submittedOnly.Group.Single().MeasureScore));
    }

    [Fact]
    public async Task A_count_indicator_scores_a_count_and_a_whole_year_can_be_read()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var coordinator = await factory.SignInAsync(EvaluationTestData.Coordinator);

        var quarter = await coordinator.GetReportAsync($"/fhir/r4/MeasureReport/{Key(world.Cases)}.org.{world.OrgA}.2025Q1");
        var year = await coordinator.GetReportAsync($"/fhir/r4/MeasureReport/{Key(world.Pref)}.org.{world.OrgA}.2025");

        Assert.Equal(40m, quarter.Group.Single().MeasureScore!.Value);
        Assert.Equal("{count}", quarter.Group.Single().MeasureScore!.Code);
        Assert.Equal(("2025-01-01", "2025-12-31"), (year.Period!.Start, year.Period.End));
        Assert.Equal((7, 15, 46.7m), Figures(year));
    }

    [Fact]
    public async Task Reports_are_searched_by_measure_reporter_subject_and_period()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var measureId = await MeasureIdAsync(world.Pref);
        var coordinator = await factory.SignInAsync(EvaluationTestData.Coordinator);
        var measure = $"measure=Measure/{measureId}";
        var one = $"{measure}&reporter=Organization/{world.OrgA}";
        var quarters = (await coordinator.SearchReportsAsync($"/fhir/r4/MeasureReport?{one}&_count=0")).Total!.Value;

        var byId = await coordinator.SearchReportsAsync($"/fhir/r4/MeasureReport?measure={measureId}&reporter={world.OrgA}&_count=100");
        var measureReport = byId.Resources<MeasureReport>()[0];
        var byUrl = await coordinator.SearchReportsAsync($"/fhir/r4/MeasureReport?measure={Uri.EscapeDataString(measureReport.Measure!)}&reporter=Organization/{world.OrgA}&_count=0");
        var year = await coordinator.SearchReportsAsync($"/fhir/r4/MeasureReport?{measure}&reporter=Organization/network,Organization/{world.OrgA}&period=2025&_count=0");
        var q4 = await coordinator.SearchReportsAsync($"/fhir/r4/MeasureReport?{measure}&reporter=Organization/network,Organization/{world.OrgA}&period=ge2025-10-01&period=le2025-12-31&_count=100");
        var areaYear = await coordinator.SearchReportsAsync($"/fhir/r4/MeasureReport?{measure}&subject=Location/area-{world.AreaX}&period=2025");
        var half = await coordinator.SearchReportsAsync($"/fhir/r4/MeasureReport?{one}&period=ge2025-01-01&period=lt2025-07-01");

        Assert.True(quarters >= 6, $"{quarters} quarters");
        Assert.Equal(quarters, byId.Total);
        Assert.All(byId.Resources<MeasureReport>(), r => Assert.Equal($"Organization/{world.OrgA}", r.Reporter!.Reference));
        Assert.All(byId.Resources<MeasureReport>(), r => Assert.Null(r.Subject));
        Assert.All(byId.Resources<MeasureReport>(), r => Assert.EndsWith($"/Measure/{measureId}", r.Measure));
        Assert.Equal(quarters, byUrl.Total);
        // The network reports its own figures and its areas': reporter=Organization/network finds both, network first.
        var inQ4 = q4.Resources<MeasureReport>();
        Assert.Equal(4 * q4.Total, year.Total);
        Assert.All(inQ4, r => Assert.EndsWith(".2025Q4", r.Id, StringComparison.Ordinal));
        Assert.Null(inQ4[0].Subject);
        Assert.Equal("Organization/network", inQ4[0].Reporter!.Reference);
        Assert.Null(inQ4[^1].Subject);
        Assert.Equal($"Organization/{world.OrgA}", inQ4[^1].Reporter!.Reference);
        Assert.Contains(inQ4, r => r.Subject?.Reference == $"Location/area-{world.AreaX}");
        Assert.All(inQ4.Skip(1).SkipLast(1), r => Assert.Equal(("Location", "Organization/network"), (r.Subject!.Reference!.Split('/')[0], r.Reporter!.Reference)));
        Assert.Equal(4, areaYear.Total);
        Assert.All(areaYear.Resources<MeasureReport>(), r => Assert.Equal(($"Location/area-{world.AreaX}", "Organization/network"), (r.Subject!.Reference, r.Reporter!.Reference)));
        Assert.Equal([$"{Key(world.Pref)}.org.{world.OrgA}.2025Q2", $"{Key(world.Pref)}.org.{world.OrgA}.2025Q1"], half.Resources<MeasureReport>().Select(r => r.Id));
        var after = (await coordinator.SearchReportsAsync($"/fhir/r4/MeasureReport?{one}&period=ge2025-04-01&_count=0")).Total;
        var before = (await coordinator.SearchReportsAsync($"/fhir/r4/MeasureReport?{one}&period=lt2025-04-01&_count=0")).Total;
        Assert.Equal(quarters, after + before);
        Assert.Equal(0, (await coordinator.SearchReportsAsync($"/fhir/r4/MeasureReport?{one}&period=2025-02")).Total);
        Assert.Equal(0, (await coordinator.SearchReportsAsync("/fhir/r4/MeasureReport?measure=Measure/999999")).Total);
        Assert.Equal(0, (await coordinator.SearchReportsAsync($"/fhir/r4/MeasureReport?{measure}&reporter=Organization/999999")).Total);
        // Bare ids name any type; only area-{id} is an id a report's subject has.
        Assert.Equal(0, (await coordinator.SearchReportsAsync($"/fhir/r4/MeasureReport?{measure}&subject=network,{world.OrgA}")).Total);
    }

    [Fact]
    public async Task Searches_page_with_next_and_previous_links_and_the_same_figures_as_reads()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var measureId = await MeasureIdAsync(world.Pref);
        var member = await factory.SignInAsync(Member);
        var url = $"/fhir/r4/MeasureReport?measure=Measure/{measureId}&period=ge2025-01-01&period=le2025-03-31&_count=3";

        var first = await member.SearchReportsAsync(url);
        var second = await member.SearchReportsAsync(first.Link("next")!);
        var back = await member.SearchReportsAsync(second.Link("previous")!);
        var everything = await member.SearchReportsAsync("/fhir/r4/MeasureReport?_count=500");

        Assert.True(first.Total > 6, $"{first.Total} reports");
        Assert.Equal(3, first.Entry.Count);
        Assert.Null(first.Link("previous"));
        Assert.Equal(first.Total, second.Total);
        Assert.Empty(first.Entry.Select(e => e.Resource!.Id).Intersect(second.Entry.Select(e => e.Resource!.Id)));
        Assert.Equal(first.Entry.Select(e => e.Resource!.Id), back.Entry.Select(e => e.Resource!.Id));
        Assert.All(first.Entry, e => Assert.EndsWith($"/fhir/r4/MeasureReport/{e.Resource!.Id}", e.FullUrl));
        var inSearch = (await member.SearchReportsAsync($"/fhir/r4/MeasureReport?measure=Measure/{measureId}&reporter=Organization/{world.OrgC}&period=2025-01-01,2025&period=le2025-03-31")).Resources<MeasureReport>().Single();
        Assert.Equal("masked", AbsentReason(inSearch.Group.Single().MeasureScore));
        Assert.Equal(100, everything.Entry.Count);
        Assert.Contains("_count=100", everything.Link("self"), StringComparison.Ordinal);
        Assert.True(everything.Total > 100);
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("{key}.planet.2025Q1")]
    [InlineData("{key}.org.999999.2025Q1")]
    [InlineData("{key}.org.x.2025Q1")]
    [InlineData("{key}.network.2025q1")]
    [InlineData("{key}.network.2025-03")]
    [InlineData("{key}.network.2099Q1")]
    [InlineData("{key}.network.1901Q1")]
    [InlineData("NO-SUCH-INDICATOR.network.2025Q1")]
    [InlineData("{key}.network.2025Q1.extra")]
    public async Task Unknown_or_malformed_ids_are_404_operation_outcomes(string id)
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var coordinator = await factory.SignInAsync(EvaluationTestData.Coordinator);

        await coordinator.FhirErrorAsync($"/fhir/r4/MeasureReport/{id.Replace("{key}", Key(world.Pref), StringComparison.Ordinal)}", HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound);
    }

    [Theory]
    [InlineData("subject=Practitioner/1", OperationOutcome.IssueType.Invalid)]
    [InlineData("subject=Location/loc-1", OperationOutcome.IssueType.Invalid)]
    [InlineData("subject=Organization/abc", OperationOutcome.IssueType.Invalid)]
    [InlineData("reporter=Location/area-1", OperationOutcome.IssueType.Invalid)]
    [InlineData("reporter=Organization/abc", OperationOutcome.IssueType.Invalid)]
    [InlineData("reporter:Organization=12", OperationOutcome.IssueType.NotSupported)]
    [InlineData("measure=Measure/PCT_ACP", OperationOutcome.IssueType.Invalid)]
    [InlineData("measure=Library/1", OperationOutcome.IssueType.Invalid)]
    [InlineData("period=last+spring", OperationOutcome.IssueType.Invalid)]
    [InlineData("period=ne2025", OperationOutcome.IssueType.Invalid)]
    [InlineData("status=complete", OperationOutcome.IssueType.NotSupported)]
    [InlineData("subject:Location=area-1", OperationOutcome.IssueType.NotSupported)]
    [InlineData("_count=lots", OperationOutcome.IssueType.Invalid)]
    public async Task Bad_search_values_and_unknown_parameters_are_400_operation_outcomes(string query, OperationOutcome.IssueType code)
    {
        await IndicatorTestData.SeedAsync(factory);
        var coordinator = await factory.SignInAsync(EvaluationTestData.Coordinator);

        await coordinator.FhirErrorAsync($"/fhir/r4/MeasureReport?{query}", HttpStatusCode.BadRequest, code);
    }

    [Theory]
    [InlineData("subject=Organization/{org}")]
    [InlineData("subject=Organization/network")]
    public async Task An_organisation_as_subject_is_a_400_that_points_to_reporter(string query)
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var coordinator = await factory.SignInAsync(EvaluationTestData.Coordinator);

        var outcome = await coordinator.FhirErrorAsync(
            $"/fhir/r4/MeasureReport?{query.Replace("{org}", world.OrgA.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)}",
            HttpStatusCode.BadRequest, OperationOutcome.IssueType.Invalid);

        Assert.Contains("reporter=Organization/", outcome.Issue.Single().Diagnostics, StringComparison.Ordinal);
    }

    /// <summary>The id segment of an indicator: its code with "_" as "-".</summary>
    internal static string Key(string code) => code.Replace('_', '-');

    internal static (int? Numerator, int? Denominator, decimal? Score) Figures(MeasureReport report)
    {
        var group = report.Group.Single();
        return (group.Population.Single(p => p.Code!.Coding[0].Code == "numerator").Count,
            group.Population.Single(p => p.Code!.Coding[0].Code == "denominator").Count,
            group.MeasureScore?.Value);
    }

    internal static string? AbsentReason(Element? element) =>
        (element?.GetExtension("http://hl7.org/fhir/StructureDefinition/data-absent-reason")?.Value as Code)?.Value;

    private Task<int> MeasureIdAsync(string code) =>
        factory.WithDbAsync(db => db.Set<Indicator>().Where(i => i.Code == code).Select(i => i.Id).SingleAsync());
}
