using System.Globalization;
using System.Net;
using Hl7.Fhir.Model;
using McnHub.Features.Evaluation;
using McnHub.Tests.Features.Interop;
using McnHub.Tests.Support;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Tests.Features.Evaluation.Fhir;

/// <summary>QuestionnaireResponse: data returns, for the co-ordinator and the returning organisation's own people only.</summary>
public sealed class FhirQuestionnaireResponseTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task Anonymous_callers_are_refused_with_a_401_operation_outcome()
    {
        await factory.SeedEvaluationAsync();
        var anonymous = factory.CreateClient();
        var any = await factory.FirstReturnAsync(r => true);

        await anonymous.FhirErrorAsync("/fhir/r4/QuestionnaireResponse", HttpStatusCode.Unauthorized, OperationOutcome.IssueType.Login);
        await anonymous.FhirErrorAsync($"/fhir/r4/QuestionnaireResponse/{any.Id}", HttpStatusCode.Unauthorized, OperationOutcome.IssueType.Login);
    }

    [Fact]
    public async Task The_coordinator_reads_a_return_with_its_values_as_typed_answers()
    {
        await factory.SeedEvaluationAsync();
        var coordinator = await factory.SignInAsync(EvaluationTestData.Coordinator);
        var stored = await factory.FirstReturnAsync(r => r.Status == ReturnStatus.Approved);

        var response = await coordinator.GetFhirAsync<QuestionnaireResponse>($"/fhir/r4/QuestionnaireResponse/{stored.Id}");

        Assert.Equal(QuestionnaireResponse.QuestionnaireResponseStatus.Completed, response.Status);
        Assert.Equal($"Organization/{stored.OrganisationId}", response.Subject!.Reference);
        Assert.EndsWith("/Questionnaire/CPC_MDS", response.Questionnaire);
        Assert.StartsWith(stored.SubmittedAt!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), response.Authored);
        var answers = response.Item.SelectMany(Leaves).ToDictionary(i => i.LinkId!, i => i.Answer.Single().Value);
        foreach (var value in stored.Values.Where(v => v.Numeric is not null && v.DataElement!.ValueType == DataValueType.Integer))
        {
            var linkId = value.CategoryOption is null ? value.DataElement!.Code : $"{value.DataElement!.Code}.{value.CategoryOption.Code}";
            Assert.Equal((int)value.Numeric!.Value, Assert.IsType<Integer>(answers[linkId]).Value);
        }

        Assert.NotEmpty(answers);
        Assert.Contains(response.Item.SelectMany(i => i.Item), i => i.LinkId == "CASELOAD" && i.Item.Count > 0);
    }

    [Fact]
    public async Task Returns_are_searched_by_subject_questionnaire_and_status_with_paging()
    {
        var datasetId = await factory.SeedAndGetDatasetIdAsync();
        var coordinator = await factory.SignInAsync(EvaluationTestData.Coordinator);
        var organisationId = await factory.OrganisationIdAsync(EvaluationTestData.SubmittersOrganisation);
        var all = await factory.CountReturnsAsync(r => r.DatasetId == datasetId);
        var theirs = await factory.CountReturnsAsync(r => r.OrganisationId == organisationId);
        var inProgress = await factory.CountReturnsAsync(r => r.Status == ReturnStatus.Draft || r.Status == ReturnStatus.Reopened);

        var page = await coordinator.SearchAsync($"/fhir/r4/QuestionnaireResponse?questionnaire=Questionnaire/{datasetId}&_count=3");
        Assert.Equal(all, page.Total);
        Assert.Equal(3, page.Entry.Count);
        Assert.NotNull(page.Link("next"));
        var questionnaire = await coordinator.GetFhirAsync<Questionnaire>($"/fhir/r4/Questionnaire/{datasetId}");
        Assert.Equal(all, (await coordinator.SearchAsync($"/fhir/r4/QuestionnaireResponse?questionnaire={Uri.EscapeDataString(questionnaire.Url!)}&_count=0")).Total);
        Assert.Equal(0, (await coordinator.SearchAsync("/fhir/r4/QuestionnaireResponse?questionnaire=Questionnaire/999999")).Total);

        var bySubject = await coordinator.SearchAsync($"/fhir/r4/QuestionnaireResponse?subject=Organization/{organisationId}&_count=100");
        Assert.Equal(theirs, bySubject.Total);
        Assert.All(bySubject.Resources<QuestionnaireResponse>(), r => Assert.Equal($"Organization/{organisationId}", r.Subject!.Reference));

        var drafts = await coordinator.SearchAsync("/fhir/r4/QuestionnaireResponse?status=in-progress&_count=100");
        Assert.True(inProgress > 0);
        Assert.Equal(inProgress, drafts.Total);
        Assert.All(drafts.Resources<QuestionnaireResponse>(), r => Assert.Equal(QuestionnaireResponse.QuestionnaireResponseStatus.InProgress, r.Status));
        Assert.Equal(all - inProgress, (await coordinator.SearchAsync("/fhir/r4/QuestionnaireResponse?status=completed&_count=0")).Total);
    }

    [Fact]
    public async Task Returns_are_searched_by_authored_date_with_prefixes()
    {
        await factory.SeedEvaluationAsync();
        var coordinator = await factory.SignInAsync(EvaluationTestData.Coordinator);
        var stored = await factory.FirstReturnAsync(r => r.SubmittedAt != null);
        var day = stored.SubmittedAt!.Value.Date;
        var text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var next = day.AddDays(1);
        var onTheDay = await factory.CountReturnsAsync(r => (r.SubmittedAt ?? r.CreatedAt) >= day && (r.SubmittedAt ?? r.CreatedAt) < next);
        var before = await factory.CountReturnsAsync(r => (r.SubmittedAt ?? r.CreatedAt) < day);
        var all = await factory.CountReturnsAsync(r => true);

        Assert.True(onTheDay > 0);
        Assert.Equal(onTheDay, (await coordinator.SearchAsync($"/fhir/r4/QuestionnaireResponse?authored={text}&_count=0")).Total);
        Assert.Equal(onTheDay, (await coordinator.SearchAsync($"/fhir/r4/QuestionnaireResponse?authored=eq{text}&_count=0")).Total);
        Assert.Equal(before, (await coordinator.SearchAsync($"/fhir/r4/QuestionnaireResponse?authored=lt{text}&_count=0")).Total);
        Assert.Equal(all - before, (await coordinator.SearchAsync($"/fhir/r4/QuestionnaireResponse?authored=ge{text}&_count=0")).Total);
        Assert.Equal(before + onTheDay, (await coordinator.SearchAsync($"/fhir/r4/QuestionnaireResponse?authored=le{text}&_count=0")).Total);
        Assert.Equal(all - before - onTheDay, (await coordinator.SearchAsync($"/fhir/r4/QuestionnaireResponse?authored=gt{text}&_count=0")).Total);
        Assert.Equal(onTheDay, (await coordinator.SearchAsync($"/fhir/r4/QuestionnaireResponse?authored=ge{text}&authored=lt{next:yyyy-MM-dd}&_count=0")).Total);
    }

    [Fact]
    public async Task Bad_search_values_and_unknown_parameters_are_refused_as_operation_outcomes()
    {
        await factory.SeedEvaluationAsync();
        var coordinator = await factory.SignInAsync(EvaluationTestData.Coordinator);

        await coordinator.FhirErrorAsync("/fhir/r4/QuestionnaireResponse?authored=yesterday", HttpStatusCode.BadRequest, OperationOutcome.IssueType.Invalid);
        await coordinator.FhirErrorAsync("/fhir/r4/QuestionnaireResponse?authored=ne2026-01-01", HttpStatusCode.BadRequest, OperationOutcome.IssueType.Invalid);
        await coordinator.FhirErrorAsync("/fhir/r4/QuestionnaireResponse?subject=Location/1", HttpStatusCode.BadRequest, OperationOutcome.IssueType.Invalid);
        await coordinator.FhirErrorAsync("/fhir/r4/QuestionnaireResponse?questionnaire=CPC_MDS", HttpStatusCode.BadRequest, OperationOutcome.IssueType.Invalid);
        await coordinator.FhirErrorAsync("/fhir/r4/QuestionnaireResponse?author=x", HttpStatusCode.BadRequest, OperationOutcome.IssueType.NotSupported);
        await coordinator.FhirErrorAsync("/fhir/r4/QuestionnaireResponse?_count=lots", HttpStatusCode.BadRequest, OperationOutcome.IssueType.Invalid);
    }

    [Fact]
    public async Task A_data_submitter_sees_only_their_organisations_returns_and_another_member_sees_none()
    {
        await factory.SeedEvaluationAsync();
        var organisationId = await factory.OrganisationIdAsync(EvaluationTestData.SubmittersOrganisation);
        var theirs = await factory.CountReturnsAsync(r => r.OrganisationId == organisationId);
        var other = await factory.FirstReturnAsync(r => r.OrganisationId != organisationId);
        var submitter = await factory.SignInAsync(EvaluationTestData.Submitter);

        var visible = await submitter.SearchAsync("/fhir/r4/QuestionnaireResponse?_count=100");

        Assert.True(theirs > 0);
        Assert.Equal(theirs, visible.Total);
        Assert.All(visible.Resources<QuestionnaireResponse>(), r => Assert.Equal($"Organization/{organisationId}", r.Subject!.Reference));
        await submitter.FhirErrorAsync($"/fhir/r4/QuestionnaireResponse/{other.Id}", HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound);
        Assert.Equal(0, (await submitter.SearchAsync($"/fhir/r4/QuestionnaireResponse?subject=Organization/{other.OrganisationId}")).Total);

        var member = await factory.SignInAsync("member@riverlands.example");
        Assert.Equal(0, (await member.SearchAsync("/fhir/r4/QuestionnaireResponse")).Total);
        await member.FhirErrorAsync($"/fhir/r4/QuestionnaireResponse/{other.Id}", HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound);
    }

    [Fact]
    public async Task An_organisation_lead_sees_their_organisations_returns()
    {
        await factory.SeedEvaluationAsync();
        var organisationId = await factory.OrganisationIdAsync("Kingfisher Children's Hospice");
        var theirs = await factory.CountReturnsAsync(r => r.OrganisationId == organisationId);
        var lead = await factory.SignInAsync("lead@riverlands.example");

        var visible = await lead.SearchAsync("/fhir/r4/QuestionnaireResponse?_count=0");

        Assert.True(theirs > 0);
        Assert.Equal(theirs, visible.Total);
    }

    private static IEnumerable<QuestionnaireResponse.ItemComponent> Leaves(QuestionnaireResponse.ItemComponent item) =>
        item.Item.Count == 0 ? [item] : item.Item.SelectMany(Leaves);
}
