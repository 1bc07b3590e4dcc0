using System.Net;
using Hl7.Fhir.Model;
using McnHub.Features.Guidelines.Documents;
using McnHub.Features.Members.People;
using McnHub.Tests.Features.Interop;
using McnHub.Tests.Support;
using static McnHub.Tests.Features.Guidelines.GuidelineTestData;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Tests.Features.Guidelines;

/// <summary>Approved guidelines as FHIR Library: read, search by title, status and topic, errors as OperationOutcome.</summary>
public sealed class GuidelineFhirTests(GuidelinesFactory factory) : IClassFixture<GuidelinesFactory>
{
    [Fact]
    public async Task An_approved_public_document_is_read_as_a_Library_with_its_version_dates_topics_and_link()
    {
        var document = await AddAsync(factory, "Fhir pelican guideline", VersionStatus.Approved, topics: "pain, pelicans");

        var library = await factory.CreateClient().GetFhirAsync<Library>($"/fhir/r4/Library/{document.Id}");

        Assert.Equal("Fhir pelican guideline", library.Title);
        Assert.Equal("1", library.Version);
        Assert.Equal(PublicationStatus.Active, library.Status);
        Assert.Equal(UkDates.Today().AddDays(-31).ToString("yyyy-MM-dd"), library.ApprovalDate);
        Assert.Equal(UkDates.Today().AddDays(-30).ToString("yyyy-MM-dd"), library.EffectivePeriod?.Start);
        Assert.Contains(library.Topic, t => t.Text == "pelicans");
        Assert.EndsWith($"/guidelines/{document.Id}", library.Content[0].Url);
    }

    [Fact]
    public async Task Drafts_and_members_only_documents_are_not_served_to_anonymous_callers()
    {
        var draft = await AddAsync(factory, "Fhir draft guideline");
        var members = await AddAsync(factory, "Fhir members guideline", VersionStatus.Approved, DocumentAudience.Members);
        var client = factory.CreateClient();

        await client.FhirErrorAsync($"/fhir/r4/Library/{draft.Id}", HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound);
        await client.FhirErrorAsync($"/fhir/r4/Library/{members.Id}", HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound);
        var signedIn = await factory.SignInAsync(Member);
        Assert.Equal("Fhir members guideline", (await signedIn.GetFhirAsync<Library>($"/fhir/r4/Library/{members.Id}")).Title);
    }

    [Fact]
    public async Task Libraries_are_searched_by_title_status_and_topic()
    {
        await factory.SeededAsync();
        await AddAsync(factory, "Fhir heron guideline", VersionStatus.Approved, topics: "herons");
        var client = factory.CreateClient();

        var byTitle = await client.SearchAsync("/fhir/r4/Library?title=fhir%20heron");
        var byTopic = await client.SearchAsync("/fhir/r4/Library?topic=herons");
        var retired = await client.SearchAsync("/fhir/r4/Library?status=retired&_count=100");
        var active = await client.SearchAsync("/fhir/r4/Library?status=active&_count=100");

        Assert.Equal(["Fhir heron guideline"], byTitle.Resources<Library>().Select(l => l.Title));
        Assert.Equal(["Fhir heron guideline"], byTopic.Resources<Library>().Select(l => l.Title));
        Assert.Contains("Network guideline on end of life care (2019)", retired.Resources<Library>().Select(l => l.Title));
        Assert.All(retired.Resources<Library>(), l => Assert.Equal(PublicationStatus.Retired, l.Status));
        Assert.All(active.Resources<Library>(), l => Assert.Equal(PublicationStatus.Active, l.Status));
        Assert.DoesNotContain("Symptom management at the end of life at home", active.Resources<Library>().Select(l => l.Title));
        Assert.Equal(Bundle.BundleType.Searchset, active.Type);
    }

    [Fact]
    public async Task Unknown_parameters_and_bad_values_answer_400_with_an_OperationOutcome()
    {
        var client = factory.CreateClient();

        await client.FhirErrorAsync("/fhir/r4/Library?colour=blue", HttpStatusCode.BadRequest, OperationOutcome.IssueType.NotSupported);
        await client.FhirErrorAsync("/fhir/r4/Library?status=a|b|c", HttpStatusCode.BadRequest, OperationOutcome.IssueType.Invalid);
        await client.FhirErrorAsync("/fhir/r4/Library?_count=-1", HttpStatusCode.BadRequest, OperationOutcome.IssueType.Invalid);
        Assert.Empty((await client.SearchAsync("/fhir/r4/Library?status=draft")).Entry);
        await client.FhirErrorAsync("/fhir/r4/Library?topic:contains=pain", HttpStatusCode.BadRequest, OperationOutcome.IssueType.NotSupported);
        await client.FhirErrorAsync("/fhir/r4/Library/not-a-number", HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound);
    }

    [Fact]
    public async Task The_capability_statement_lists_Library_with_its_search_parameters()
    {
        var statement = await factory.CreateClient().GetFhirAsync<CapabilityStatement>("/fhir/r4/metadata");

        var library = Assert.Single(statement.Rest[0].Resource, r => r.Type == "Library");
        Assert.Equal(["title", "status", "topic"], library.SearchParam.Select(p => p.Name));
    }
}
