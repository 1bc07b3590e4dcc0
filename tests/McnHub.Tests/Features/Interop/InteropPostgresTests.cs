using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Tests.Features.Interop;

/// <summary>The searches whose SQL differs by provider (case folding, search syntax in the text, paging across two tables) on PostgreSQL.</summary>
public sealed class InteropPostgresTests(PostgresInteropFactory factory) : IClassFixture<PostgresInteropFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Open_referral_text_search_ignores_case_and_wildcards_on_PostgreSQL()
    {
        var quokka = await _client.GetJsonAsync("/openreferral/services?text=QUOKKA");
        var percent = await _client.GetJsonAsync($"/openreferral/services?taxonomy_term_id={TestDirectory.ShortBreaks}&text=100%25");
        var organisation = await _client.GetJsonAsync($"/openreferral/services?taxonomy_term_id={TestDirectory.ShortBreaks}&text=STARLIGHT");

        Assert.Equal(["Quokka Hospice at Home"], quokka.ContentNames());
        Assert.Equal(["Wombat Short Breaks"], percent.ContentNames());
        Assert.Equal(["Bilby Sibling Group"], organisation.ContentNames());
    }

    [Fact]
    public async Task Open_referral_filters_and_pages_on_PostgreSQL()
    {
        var ages = await _client.GetJsonAsync($"/openreferral/services?taxonomy_term_id={TestDirectory.ShortBreaks}&minimum_age=3&maximum_age=10");
        var page = await _client.GetJsonAsync($"/openreferral/services?taxonomy_term_id={TestDirectory.Paging}&per_page=3&page=3");
        var service = await _client.GetJsonAsync($"/openreferral/services/{factory.Directory.Quokka.Id}");

        Assert.Equal(["Wombat Short Breaks"], ages.ContentNames());
        Assert.Equal(["Paging service 07"], page.ContentNames());
        Assert.Equal("Quokka House", service.Text("service_at_locations.0.location.name"));
    }

    [Fact]
    public async Task Fhir_searches_match_names_codes_and_areas_on_PostgreSQL()
    {
        var byName = await _client.SearchAsync("/fhir/r4/Organization?name=kingFISHER");
        var byType = await _client.SearchAsync($"/fhir/r4/HealthcareService?service-type={TestDirectory.EndOfLife}&coverage-area=Location/area-{factory.Directory.Northbrook}");
        var roles = await _client.SearchAsync($"/fhir/r4/PractitionerRole?organization=Organization/{factory.Directory.Kingfisher}&_count=100");
        var service = await _client.GetFhirAsync<HealthcareService>($"/fhir/r4/HealthcareService/{factory.Directory.Wombat.Id}");

        Assert.Equal(["Kingfisher Children's Hospice"], byName.Names());
        Assert.Equal(["Bilby Sibling Group", "Quokka Hospice at Home"], byType.Names());
        Assert.Single(roles.Names(), n => n == "Quentin Listed");
        Assert.Equal(2, service.AvailableTime.Count);
    }

    [Fact]
    public async Task Fhir_location_paging_spans_areas_and_premises_on_PostgreSQL()
    {
        var first = await _client.SearchAsync("/fhir/r4/Location?_count=5");
        var ids = new List<string>();
        var url = "/fhir/r4/Location?_count=5";
        while (url is not null)
        {
            var bundle = await _client.SearchAsync(url);
            ids.AddRange(bundle.Entry.Select(e => e.Resource!.Id!));
            url = bundle.Link("next") is { } next ? new Uri(next).PathAndQuery : null;
        }

        Assert.Equal(first.Total, ids.Distinct().Count());
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
