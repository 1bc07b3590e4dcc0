using Hl7.Fhir.Model;
using McnHub.Features.Evaluation;
using McnHub.Tests.Features.Evaluation.Indicators;
using McnHub.Tests.Features.Interop;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Evaluation.Fhir.FhirMeasureReportTests;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Tests.Features.Evaluation.Fhir;

/// <summary>MeasureReport's queries (subject lists, the first quarter with a return, the engine) on PostgreSQL.</summary>
public sealed class FhirMeasureReportPostgresTests(PostgresMcnHubFactory factory) : IClassFixture<PostgresMcnHubFactory>
{
    [Fact]
    public async Task Reports_are_read_and_searched_with_suppression_on_PostgreSQL()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var measureId = await factory.WithDbAsync(db => db.Set<Indicator>().Where(i => i.Code == world.Pref).Select(i => i.Id).SingleAsync());
        var coordinator = await factory.SignInAsync(EvaluationTestData.Coordinator);
        var member = await factory.SignInAsync("member@riverlands.example");

        var network = await coordinator.GetReportAsync($"/fhir/r4/MeasureReport/{Key(world.Pref)}.network.2025Q1");
        var search = await member.SearchReportsAsync($"/fhir/r4/MeasureReport?measure=Measure/{measureId}&reporter=Organization/{world.OrgB},Organization/{world.OrgC}&period=2025");

        Assert.Equal((24, 33, 72.7m), Figures(network));
        Assert.Equal(8, search.Total);
        var q1 = search.Resources<MeasureReport>().Where(r => r.Id!.EndsWith(".2025Q1", StringComparison.Ordinal)).ToList();
        Assert.Equal((15, 20, 75.0m), Figures(q1.Single(r => r.Reporter!.Reference == $"Organization/{world.OrgB}")));
        Assert.Equal("masked", AbsentReason(q1.Single(r => r.Reporter!.Reference == $"Organization/{world.OrgC}").Group.Single().MeasureScore));
    }
}
