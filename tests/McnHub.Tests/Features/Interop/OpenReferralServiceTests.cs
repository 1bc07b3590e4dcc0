using System.Globalization;
using System.Net;
using System.Text.Json;

namespace McnHub.Tests.Features.Interop;

[Collection(InteropCollection.Name)]
public sealed class OpenReferralServiceTests(InteropFactory factory)
{
    private static readonly string[] ServiceFields =
    [
        "id", "organization", "name", "description", "url", "email", "status", "fees", "accreditations", "deliverable_type",
        "assured_date", "attending_type", "attending_access", "contacts", "cost_options", "eligibilitys", "languages",
        "regular_schedules", "service_areas", "service_at_locations", "service_taxonomys",
    ];

    private readonly HttpClient _client = factory.CreateClient();

    private TestDirectory Directory => factory.Directory;

    [Fact]
    public async Task A_service_is_served_fully_nested_in_the_profiles_shape()
    {
        var quokka = Directory.Quokka;
        var location = quokka.Locations[0];

        var service = await _client.GetJsonAsync($"/openreferral/services/{quokka.Id}");

        Assert.Equal(ServiceFields, service.Keys());
        Assert.Equal(Id(quokka.Id), service.Text("id"));
        Assert.Equal(Id(Directory.Kingfisher), service.Text("organization.id"));
        Assert.Equal("Kingfisher Children's Hospice", service.Text("organization.name"));
        Assert.Equal("Children's hospice (non-NHS)", service.Text("organization.description"));
        Assert.Equal(("active", "Free", "https://kingfisher.example/quokka", "quokka@kingfisher.example", "referral"),
            (service.Text("status"), service.Text("fees"), service.Text("url"), service.Text("email"), service.Text("attending_access")));

        Assert.Equal(("Duty nurse", "0161 496 7000"), (service.Text("contacts.0.name"), service.Text("contacts.0.phones.0.number")));
        Assert.Equal((0m, "Free"), (service.At("cost_options.0.amount").GetDecimal(), service.Text("cost_options.0.option")));
        Assert.Equal((0, 19), (service.At("eligibilitys.0.minimum_age").GetInt32(), service.At("eligibilitys.0.maximum_age").GetInt32()));
        Assert.StartsWith("Children known to the palliative care team", service.Text("eligibilitys.0.eligibility"), StringComparison.Ordinal);
        Assert.Equal(["English", "Polish"], service.GetProperty("languages").EnumerateArray().Select(l => l.GetProperty("language").GetString()));
        Assert.Equal(("MO,TU,WE,TH,FR,SA,SU", "00:00:00", "23:59:59", "WEEKLY"),
            (service.Text("regular_schedules.0.byday"), service.Text("regular_schedules.0.opens_at"), service.Text("regular_schedules.0.closes_at"), service.Text("regular_schedules.0.freq")));
        Assert.Equal(["Eastmere", "Northbrook"], service.GetProperty("service_areas").EnumerateArray().Select(a => a.GetProperty("service_area").GetString()));

        var at = service.At("service_at_locations.0");
        Assert.Equal(["id", "location", "regular_schedules"], at.Keys());
        Assert.Equal(Id(location.Id), at.Text("location.id"));
        Assert.Equal("Quokka House", at.Text("location.name"));
        Assert.Equal((52.6309, -1.1398), (at.At("location.latitude").GetDouble(), at.At("location.longitude").GetDouble()));
        Assert.Equal(["id", "address_1", "city", "state_province", "postal_code", "country"], at.At("location.physical_addresses.0").Keys());
        Assert.Equal(("1 Marsupial Road, Unit 2", "Northbrook", "NB1 4QQ", "GB"),
            (at.Text("location.physical_addresses.0.address_1"), at.Text("location.physical_addresses.0.city"), at.Text("location.physical_addresses.0.postal_code"), at.Text("location.physical_addresses.0.country")));
        Assert.Equal("MO,TU,WE,TH,FR,SA,SU", at.Text("regular_schedules.0.byday"));
        Assert.NotEqual(service.Text("regular_schedules.0.id"), at.Text("regular_schedules.0.id"));

        var taxonomy = service.At("service_taxonomys.0.taxonomy");
        Assert.Equal(["id", "name", "vocabulary", "parent_id", "description", "link"], taxonomy.Keys());
        Assert.Equal((TestDirectory.EndOfLife, "Interop test: end of life care at home", "mcnhub-service-types", "http://snomed.info/id/1000001"),
            (taxonomy.Text("id"), taxonomy.Text("name"), taxonomy.Text("vocabulary"), taxonomy.Text("link")));
    }

    [Fact]
    public async Task Opening_hours_become_one_weekly_schedule_per_distinct_period()
    {
        var service = await _client.GetJsonAsync($"/openreferral/services/{Directory.Wombat.Id}");

        var schedules = service.GetProperty("regular_schedules").EnumerateArray().ToList();
        Assert.Equal(2, schedules.Count);
        Assert.Equal(("MO,TU,WE,TH,FR", "09:00:00", "17:00:00"), (schedules[0].Text("byday"), schedules[0].Text("opens_at"), schedules[0].Text("closes_at")));
        Assert.Equal(("SA", "10:00:00", "14:00:00"), (schedules[1].Text("byday"), schedules[1].Text("opens_at"), schedules[1].Text("closes_at")));
        Assert.Contains("on-call nurse", schedules[0].Text("description"), StringComparison.Ordinal);
        Assert.Equal("temporarily closed", service.Text("status"));
        Assert.Equal(("£20 a night", JsonValueKind.Null), (service.Text("cost_options.0.option"), service.At("cost_options.0.amount").ValueKind));
        Assert.Equal("£20 a night", service.Text("fees"));
    }

    [Fact]
    public async Task A_defunct_service_can_still_be_read_and_keeps_every_field_with_empty_lists()
    {
        var service = await _client.GetJsonAsync($"/openreferral/services/{Directory.Numbat.Id}");

        Assert.Equal(ServiceFields, service.Keys());
        Assert.Equal("defunct", service.Text("status"));
        Assert.Equal(0, service.GetProperty("contacts").GetArrayLength());
        Assert.Equal(0, service.GetProperty("service_at_locations").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, service.GetProperty("url").ValueKind);
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("abc")]
    [InlineData("-1")]
    public async Task An_unknown_or_malformed_id_answers_404_problem_details(string id)
    {
        var response = await _client.GetAsync($"/openreferral/services/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Taxonomies_lists_the_one_vocabulary_in_the_paged_envelope()
    {
        var page = await _client.GetJsonAsync("/openreferral/taxonomies");

        Assert.Equal(OrukJson.EnvelopeFields, page.Keys());
        Assert.Equal(1, page.GetProperty("total_items").GetInt32());
        Assert.Equal("mcnhub-service-types", page.Text("contents.0.id"));
        Assert.Equal(["id", "name", "description", "uri"], page.At("contents.0").Keys());
    }

    [Fact]
    public async Task Taxonomy_terms_lists_every_term_with_its_code_label_vocabulary_and_link()
    {
        var termCount = await factory.WithDbAsync(db => Task.FromResult(db.Set<McnHub.Features.Directory.Taxonomy.TaxonomyTerm>().Count()));

        var page = await _client.GetJsonAsync("/openreferral/taxonomy_terms?per_page=100");

        Assert.Equal(termCount, page.GetProperty("total_items").GetInt32());
        var terms = page.GetProperty("contents").EnumerateArray().ToDictionary(t => t.Text("id"));
        Assert.Equal(["id", "name", "vocabulary", "parent_id", "description", "link"], terms[TestDirectory.EndOfLife].Keys());
        Assert.Equal(("Interop test: end of life care at home", "mcnhub-service-types", "http://snomed.info/id/1000001"),
            (terms[TestDirectory.EndOfLife].Text("name"), terms[TestDirectory.EndOfLife].Text("vocabulary"), terms[TestDirectory.EndOfLife].Text("link")));
        Assert.Equal(JsonValueKind.Null, terms[TestDirectory.ShortBreaks].GetProperty("link").ValueKind);
    }

    [Theory]
    [InlineData("/openreferral/taxonomy_terms?per_page=abc", "per_page")]
    [InlineData("/openreferral/taxonomies?page=0", "page")]
    public async Task The_taxonomy_lists_check_their_paging_parameters(string url, string parameter)
    {
        var problem = await _client.GetJsonAsync(url, HttpStatusCode.BadRequest);

        Assert.Equal([parameter], problem.GetProperty("errors").Keys());
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
