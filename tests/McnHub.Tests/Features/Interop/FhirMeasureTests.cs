using System.Net;
using Hl7.Fhir.Model;
using McnHub.Tests.Features.Evaluation.Indicators;
using McnHub.Tests.Support;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Tests.Features.Interop;

/// <summary>Measure: one per indicator, read and searched like every FHIR resource here.</summary>
public sealed class FhirMeasureTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Indicators_are_searched_by_code_as_valid_measures_with_numerator_and_denominator()
    {
        var world = await IndicatorTestData.SeedAsync(factory);

        var bundle = await _client.SearchAsync($"/fhir/r4/Measure?name={world.Prefix}&_count=2");

        Assert.Equal(3, bundle.Total);
        Assert.Equal(2, bundle.Entry.Count);
        Assert.NotNull(bundle.Link("next"));
        var all = await _client.SearchAsync($"/fhir/r4/Measure?name:exact={world.Pref}");
        var measure = Assert.IsType<Measure>(Assert.Single(all.Entry).Resource);
        Assert.Equal("proportion", measure.Scoring!.Coding[0].Code);
        Assert.Equal("increase", measure.ImprovementNotation!.Coding[0].Code);
        Assert.Equal($"[{world.Prefix}_DEATHS]", measure.Group[0].Population.Single(p => p.Code!.Coding[0].Code == "denominator").Criteria!.Expression_);
        Assert.Contains("at least 75.0%", measure.Guidance);
    }

    [Fact]
    public async Task A_measure_is_read_by_id_and_an_unknown_one_is_an_operation_outcome()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var found = await _client.SearchAsync($"/fhir/r4/Measure?name:exact={world.Cases}");
        var id = found.Entry[0].Resource!.Id;

        var measure = await _client.GetFhirAsync<Measure>($"/fhir/r4/Measure/{id}");

        Assert.Equal(world.Cases, measure.Name);
        Assert.Equal("cohort", measure.Scoring!.Coding[0].Code);
        await _client.FhirErrorAsync("/fhir/r4/Measure/999999", HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound);
    }

    [Fact]
    public async Task An_unknown_search_parameter_is_refused_and_a_status_no_measure_has_matches_nothing()
    {
        var world = await IndicatorTestData.SeedAsync(factory);

        await _client.FhirErrorAsync("/fhir/r4/Measure?subject=Organization/1", HttpStatusCode.BadRequest, OperationOutcome.IssueType.NotSupported);
        Assert.Equal(0, (await _client.SearchAsync($"/fhir/r4/Measure?name={world.Prefix}&status=draft")).Total);
        Assert.Equal(3, (await _client.SearchAsync($"/fhir/r4/Measure?name={world.Prefix}&status=active")).Total);
    }

    [Fact]
    public async Task The_capability_statement_lists_measure_with_its_search_parameters()
    {
        var statement = await _client.GetFhirAsync<CapabilityStatement>("/fhir/r4/metadata");

        var measure = statement.Rest[0].Resource.Single(r => r.Type == "Measure");
        Assert.Equal(["name", "title", "status"], measure.SearchParam.Select(p => p.Name).Take(3));
    }
}
