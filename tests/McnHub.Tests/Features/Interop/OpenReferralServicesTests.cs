using System.Net;
using System.Text.Json;

namespace McnHub.Tests.Features.Interop;

[Collection(InteropCollection.Name)]
public sealed class OpenReferralServicesTests(InteropFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_service_list_is_the_profiles_paged_envelope_of_service_summaries()
    {
        var page = await _client.GetJsonAsync($"/openreferral/services?taxonomy_term_id={TestDirectory.Paging}");

        Assert.Equal(OrukJson.EnvelopeFields, page.Keys());
        Assert.Equal(TestDirectory.PagingServices, page.GetProperty("total_items").GetInt32());
        Assert.Equal(1, page.GetProperty("total_pages").GetInt32());
        Assert.Equal(1, page.GetProperty("page_number").GetInt32());
        Assert.Equal(50, page.GetProperty("size").GetInt32());
        Assert.True(page.GetProperty("first_page").GetBoolean());
        Assert.True(page.GetProperty("last_page").GetBoolean());
        Assert.False(page.GetProperty("empty").GetBoolean());
        var first = page.At("contents.0");
        Assert.Equal(
            ["id", "organization", "name", "description", "url", "email", "status", "fees", "accreditations", "deliverable_type", "assured_date", "attending_type", "attending_access"],
            first.Keys());
        Assert.Equal(["id", "name", "description", "email", "url", "logo", "uri"], first.GetProperty("organization").Keys());
        Assert.Equal(factory.Directory.Kingfisher.ToString(System.Globalization.CultureInfo.InvariantCulture), first.Text("organization.id"));
        Assert.Equal("Kingfisher Children's Hospice", first.Text("organization.name"));
        Assert.Equal("Paging service 01", first.Text("name"));
        Assert.Equal("2026-01-15", first.Text("assured_date"));
    }

    [Fact]
    public async Task Defunct_services_are_never_listed_and_temporarily_closed_ones_say_so()
    {
        var page = await _client.GetJsonAsync($"/openreferral/services?taxonomy_term_id={TestDirectory.ShortBreaks}");

        Assert.Equal(["Bilby Sibling Group", "Wombat Short Breaks"], page.ContentNames());
        Assert.Equal("temporarily closed", page.Text("contents.1.status"));
        Assert.Equal("active", page.Text("contents.0.status"));
    }

    [Theory]
    [InlineData("QUOKKA", "Quokka Hospice at Home")]
    [InlineData("MARSUPIAL team", "Quokka Hospice at Home")]
    [InlineData("Wombat short", "Wombat Short Breaks")]
    public async Task Text_matches_the_name_or_description_whatever_the_case(string text, string expected)
    {
        var page = await _client.GetJsonAsync($"/openreferral/services?text={Uri.EscapeDataString(text)}");

        Assert.Equal([expected], page.ContentNames());
    }

    [Fact]
    public async Task Text_matches_the_organisation_name()
    {
        var page = await _client.GetJsonAsync($"/openreferral/services?text=starlight+SIBLING&taxonomy_term_id={TestDirectory.ShortBreaks}");

        Assert.Equal(["Bilby Sibling Group"], page.ContentNames());
    }

    [Theory]
    [InlineData("100%", new[] { "Wombat Short Breaks" })]
    [InlineData("_special_", new[] { "Wombat Short Breaks" })]
    [InlineData("%", new[] { "Bilby Sibling Group", "Wombat Short Breaks" })]
    [InlineData("_", new[] { "Bilby Sibling Group", "Wombat Short Breaks" })]
    [InlineData("' OR 1=1 --", new string[0])]
    [InlineData("\"sibling*\" OR NEAR(", new string[0])]
    public async Task Wildcards_quotes_and_search_syntax_in_the_text_are_never_syntax_and_text_without_words_does_not_filter(string text, string[] expected)
    {
        var page = await _client.GetJsonAsync($"/openreferral/services?taxonomy_term_id={TestDirectory.ShortBreaks}&text={Uri.EscapeDataString(text)}");

        Assert.Equal(expected, page.ContentNames());
    }

    [Fact]
    public async Task Taxonomy_term_id_selects_the_services_of_that_type()
    {
        var endOfLife = await _client.GetJsonAsync($"/openreferral/services?taxonomy_term_id={TestDirectory.EndOfLife}");
        var unused = await _client.GetJsonAsync($"/openreferral/services?taxonomy_term_id={TestDirectory.Unused}");

        Assert.Equal(["Bilby Sibling Group", "Quokka Hospice at Home"], endOfLife.ContentNames());
        Assert.Equal(0, unused.GetProperty("total_items").GetInt32());
        Assert.True(unused.GetProperty("empty").GetBoolean());
    }

    [Theory]
    [InlineData(TestDirectory.ShortBreaks, "minimum_age=20", new[] { "Bilby Sibling Group", "Wombat Short Breaks" })]
    [InlineData(TestDirectory.ShortBreaks, "maximum_age=4", new string[0])]
    [InlineData(TestDirectory.ShortBreaks, "minimum_age=3&maximum_age=10", new[] { "Wombat Short Breaks" })]
    [InlineData(TestDirectory.ShortBreaks, "minimum_age=16&maximum_age=16", new[] { "Bilby Sibling Group", "Wombat Short Breaks" })]
    [InlineData(TestDirectory.ShortBreaks, "minimum_age=26", new[] { "Bilby Sibling Group" })]
    [InlineData(TestDirectory.EndOfLife, "maximum_age=0", new[] { "Quokka Hospice at Home" })]
    public async Task Ages_select_the_services_whose_age_range_overlaps(string term, string ages, string[] expected)
    {
        var page = await _client.GetJsonAsync($"/openreferral/services?taxonomy_term_id={term}&{ages}");

        Assert.Equal(expected, page.ContentNames());
    }

    [Fact]
    public async Task Pages_follow_on_and_a_page_beyond_the_last_is_empty()
    {
        var url = $"/openreferral/services?taxonomy_term_id={TestDirectory.Paging}&per_page=3";
        var first = await _client.GetJsonAsync(url);
        var last = await _client.GetJsonAsync(url + "&page=3");
        var beyond = await _client.GetJsonAsync(url + "&page=4");

        Assert.Equal(["Paging service 01", "Paging service 02", "Paging service 03"], first.ContentNames());
        Assert.Equal((7, 3, 3, true, false), (first.GetProperty("total_items").GetInt32(), first.GetProperty("total_pages").GetInt32(), first.GetProperty("size").GetInt32(), first.GetProperty("first_page").GetBoolean(), first.GetProperty("last_page").GetBoolean()));
        Assert.Equal(["Paging service 07"], last.ContentNames());
        Assert.Equal((3, false, true, false), (last.GetProperty("page_number").GetInt32(), last.GetProperty("first_page").GetBoolean(), last.GetProperty("last_page").GetBoolean(), last.GetProperty("empty").GetBoolean()));
        Assert.Empty(beyond.ContentNames());
        Assert.Equal((4, true, true, 7), (beyond.GetProperty("page_number").GetInt32(), beyond.GetProperty("empty").GetBoolean(), beyond.GetProperty("last_page").GetBoolean(), beyond.GetProperty("total_items").GetInt32()));
    }

    [Fact]
    public async Task A_page_size_above_100_is_clamped_to_100()
    {
        var page = await _client.GetJsonAsync($"/openreferral/services?taxonomy_term_id={TestDirectory.Paging}&per_page=100000000000");

        Assert.Equal(100, page.GetProperty("size").GetInt32());
        Assert.Equal(TestDirectory.PagingServices, page.GetProperty("contents").GetArrayLength());
    }

    [Fact]
    public async Task The_largest_page_number_answers_an_empty_page()
    {
        var page = await _client.GetJsonAsync($"/openreferral/services?per_page=100&page={int.MaxValue}");

        Assert.True(page.GetProperty("empty").GetBoolean());
        Assert.Equal(int.MaxValue, page.GetProperty("page_number").GetInt32());
    }

    [Theory]
    [InlineData("minimum_age=-1", "minimum_age")]
    [InlineData("maximum_age=-5", "maximum_age")]
    [InlineData("minimum_age=10&maximum_age=5", "minimum_age")]
    [InlineData("minimum_age=ten", "minimum_age")]
    [InlineData("maximum_age=1.5", "maximum_age")]
    [InlineData("taxonomy_term_id=no-such-term", "taxonomy_term_id")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=99999999999", "page")]
    [InlineData("per_page=0", "per_page")]
    [InlineData("per_page=-3", "per_page")]
    public async Task A_bad_parameter_answers_400_problem_details_naming_it(string query, string parameter)
    {
        var response = await _client.GetAsync($"/openreferral/services?{query}");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([parameter], problem.GetProperty("errors").Keys());
        Assert.Contains(parameter, problem.At($"errors.{parameter}.0").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_longer_than_200_characters_is_refused()
    {
        var response = await _client.GetAsync($"/openreferral/services?text={new string('a', 201)}");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["text"], problem.GetProperty("errors").Keys());
    }
}
