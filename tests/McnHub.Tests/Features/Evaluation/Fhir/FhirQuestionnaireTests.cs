using System.Net;
using Hl7.Fhir.Model;
using McnHub.Tests.Features.Interop;
using McnHub.Tests.Support;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Tests.Features.Evaluation.Fhir;

/// <summary>Questionnaire: one per dataset, public, read and searched like every FHIR resource here.</summary>
public sealed class FhirQuestionnaireTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_minimum_dataset_is_a_valid_questionnaire_with_sections_typed_items_and_age_bands()
    {
        await factory.SeedEvaluationAsync();

        var bundle = await _client.SearchAsync("/fhir/r4/Questionnaire?name:exact=CPC_MDS");

        var questionnaire = Assert.IsType<Questionnaire>(Assert.Single(bundle.Entry).Resource);
        Assert.Equal(PublicationStatus.Active, questionnaire.Status);
        Assert.EndsWith("/Questionnaire/CPC_MDS", questionnaire.Url);
        Assert.Equal(["Caseload", "Deaths", "Support"], questionnaire.Item.Select(i => i.Text).Take(3));
        Assert.All(questionnaire.Item, i => Assert.Equal(Questionnaire.QuestionnaireItemType.Group, i.Type));
        var caseload = questionnaire.Item[0].Item.Single(i => i.LinkId == "CASELOAD");
        Assert.Equal(Questionnaire.QuestionnaireItemType.Group, caseload.Type);
        Assert.Equal(["CASELOAD.AGE_0_1", "CASELOAD.AGE_1_4", "CASELOAD.AGE_5_9", "CASELOAD.AGE_10_14", "CASELOAD.AGE_15_19"], caseload.Item.Select(i => i.LinkId));
        Assert.All(caseload.Item, i => Assert.Equal(Questionnaire.QuestionnaireItemType.Integer, i.Type));
        var advice = questionnaire.Item.SelectMany(i => i.Item).Single(i => i.LinkId == "ADVICE_247");
        Assert.Equal(Questionnaire.QuestionnaireItemType.Boolean, advice.Type);
    }

    [Fact]
    public async Task A_questionnaire_is_read_by_id_and_an_unknown_one_is_not_found()
    {
        var datasetId = await factory.SeedAndGetDatasetIdAsync();

        var questionnaire = await _client.GetFhirAsync<Questionnaire>($"/fhir/r4/Questionnaire/{datasetId}");

        Assert.Equal("CPC_MDS", questionnaire.Name);
        await _client.FhirErrorAsync("/fhir/r4/Questionnaire/999999", HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound);
        await _client.FhirErrorAsync("/fhir/r4/Questionnaire/abc", HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound);
    }

    [Fact]
    public async Task Questionnaires_are_searched_by_title_and_status()
    {
        await factory.SeedEvaluationAsync();

        var byTitle = await _client.SearchAsync("/fhir/r4/Questionnaire?title:contains=minimum&status=active");
        Assert.Contains(byTitle.Resources<Questionnaire>(), q => q.Name == "CPC_MDS");
        Assert.Equal(0, (await _client.SearchAsync("/fhir/r4/Questionnaire?name=CPC_MDS&status=retired")).Total);
        Assert.Equal(0, (await _client.SearchAsync("/fhir/r4/Questionnaire?title=No such dataset")).Total);
    }

    [Fact]
    public async Task Unknown_parameters_and_modifiers_are_refused_as_operation_outcomes()
    {
        await _client.FhirErrorAsync("/fhir/r4/Questionnaire?subject=Organization/1", HttpStatusCode.BadRequest, OperationOutcome.IssueType.NotSupported);
        await _client.FhirErrorAsync("/fhir/r4/Questionnaire?status:contains=active", HttpStatusCode.BadRequest, OperationOutcome.IssueType.NotSupported);
        await _client.FhirErrorAsync("/fhir/r4/Questionnaire?status=a|b|c", HttpStatusCode.BadRequest, OperationOutcome.IssueType.Invalid);
    }

    [Fact]
    public async Task The_capability_statement_lists_questionnaire_and_questionnaire_response_with_their_search_parameters()
    {
        var statement = await _client.GetFhirAsync<CapabilityStatement>("/fhir/r4/metadata");

        var questionnaire = statement.Rest[0].Resource.Single(r => r.Type == "Questionnaire");
        Assert.Equal(["name", "title", "status"], questionnaire.SearchParam.Select(p => p.Name).Take(3));
        var response = statement.Rest[0].Resource.Single(r => r.Type == "QuestionnaireResponse");
        Assert.Equal(["subject", "questionnaire", "authored", "status"], response.SearchParam.Select(p => p.Name).Take(4));
        Assert.Equal(SearchParamType.Date, response.SearchParam.Single(p => p.Name == "authored").Type);
    }
}
