using System.Net;
using Hl7.Fhir.Model;
using McnHub.Features.Members.Organisations;
using Microsoft.EntityFrameworkCore;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Tests.Features.Interop;

/// <summary>The rules every FHIR search shares: paging, _count bounds, links, and OperationOutcomes for what is refused.</summary>
[Collection(InteropCollection.Name)]
public sealed class FhirSearchRulesTests(InteropFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<int> OrganizationTotalAsync() => factory.WithDbAsync(async db => await db.Set<Organisation>().CountAsync() + 1);

    [Fact]
    public async Task A_search_answers_20_entries_by_default_with_the_total_and_a_next_link()
    {
        var total = await OrganizationTotalAsync();

        var bundle = await _client.SearchAsync("/fhir/r4/Organization");

        Assert.Equal(Bundle.BundleType.Searchset, bundle.Type);
        Assert.Equal(total, bundle.Total);
        Assert.Equal(20, bundle.Entry.Count);
        Assert.Equal("http://localhost/fhir/r4/Organization?_count=20&_page=1", bundle.Link("self"));
        Assert.Equal("http://localhost/fhir/r4/Organization?_count=20&_page=2", bundle.Link("next"));
        Assert.Null(bundle.Link("previous"));
        Assert.All(bundle.Entry, e =>
        {
            Assert.Equal($"http://localhost/fhir/r4/Organization/{e.Resource!.Id}", e.FullUrl);
            Assert.Equal(Bundle.SearchEntryMode.Match, e.Search!.Mode);
        });
    }

    [Fact]
    public async Task Next_and_previous_links_walk_every_page_once_keeping_the_criteria()
    {
        var total = await OrganizationTotalAsync();
        var ids = new List<string>();
        var url = "/fhir/r4/Organization?name:contains=%20&_count=7";
        var pages = 0;
        string? previous = null;
        while (url is not null)
        {
            var bundle = await _client.SearchAsync(url);
            pages++;
            ids.AddRange(bundle.Entry.Select(e => e.Resource!.Id!));
            Assert.Equal(previous, bundle.Link("previous") is { } p ? new Uri(p).PathAndQuery : null);
            Assert.Contains("name:contains=%20", bundle.Link("self"), StringComparison.Ordinal);
            previous = new Uri(bundle.Link("self")!).PathAndQuery;
            url = bundle.Link("next") is { } next ? new Uri(next).PathAndQuery : null;
        }

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal("network", ids[0]);
        Assert.True(ids.Count <= total);
        Assert.Equal((ids.Count + 6) / 7, pages);
    }

    [Fact]
    public async Task A_count_above_100_is_served_as_100_and_the_self_link_says_so()
    {
        var bundle = await _client.SearchAsync("/fhir/r4/Location?_count=100000");

        Assert.True(bundle.Entry.Count <= 100);
        Assert.Equal("http://localhost/fhir/r4/Location?_count=100&_page=1", bundle.Link("self"));
    }

    [Fact]
    public async Task A_count_of_zero_answers_only_the_total()
    {
        var total = await OrganizationTotalAsync();

        var bundle = await _client.SearchAsync("/fhir/r4/Organization?_count=0");

        Assert.Equal(total, bundle.Total);
        Assert.Empty(bundle.Entry);
        Assert.Null(bundle.Link("next"));
    }

    [Fact]
    public async Task A_page_beyond_the_last_is_an_empty_bundle_with_the_total()
    {
        var total = await OrganizationTotalAsync();

        var bundle = await _client.SearchAsync($"/fhir/r4/Organization?_page={int.MaxValue}&_count=100");

        Assert.Equal(total, bundle.Total);
        Assert.Empty(bundle.Entry);
        Assert.Null(bundle.Link("next"));
        Assert.NotNull(bundle.Link("previous"));
    }

    [Theory]
    [InlineData("_count=abc")]
    [InlineData("_count=-1")]
    [InlineData("_count=1.5")]
    [InlineData("_count=5&_count=6")]
    [InlineData("_page=0")]
    [InlineData("_page=abc")]
    [InlineData("_page=99999999999")]
    [InlineData("active=maybe")]
    public async Task A_bad_value_is_a_400_operation_outcome(string query)
    {
        await _client.FhirErrorAsync($"/fhir/r4/Organization?{query}", HttpStatusCode.BadRequest, OperationOutcome.IssueType.Invalid);
    }

    [Theory]
    [InlineData("/fhir/r4/Organization?colour=blue")]
    [InlineData("/fhir/r4/Organization?_sort=name")]
    [InlineData("/fhir/r4/Organization?_include=Organization:partof")]
    [InlineData("/fhir/r4/Organization?name:fuzzy=king")]
    [InlineData("/fhir/r4/Organization?active:not=true")]
    [InlineData("/fhir/r4/HealthcareService?service-type:text=respite")]
    [InlineData("/fhir/r4/Location?address=Northbrook")]
    [InlineData("/fhir/r4/PractitionerRole?name=Quentin")]
    [InlineData("/fhir/r4/Organization/network?_summary=true")]
    public async Task An_unsupported_parameter_or_modifier_is_a_400_operation_outcome(string url)
    {
        await _client.FhirErrorAsync(url, HttpStatusCode.BadRequest, OperationOutcome.IssueType.NotSupported);
    }

    [Fact]
    public async Task Json_is_the_only_format_served()
    {
        Assert.Equal("network", (await _client.GetFhirAsync<Organization>("/fhir/r4/Organization/network?_format=json")).Id);
        Assert.Equal(1, (await _client.SearchAsync("/fhir/r4/Organization?_format=application/fhir%2Bjson&type=network")).Total);
        await _client.FhirErrorAsync("/fhir/r4/Organization?_format=xml", HttpStatusCode.NotAcceptable, OperationOutcome.IssueType.NotSupported);
    }

    [Theory]
    [InlineData("/fhir/r4/Patient")]
    [InlineData("/fhir/r4/Patient/1")]
    [InlineData("/fhir/r4/Organization/network/_history")]
    [InlineData("/fhir/r4/Organization/$validate")]
    public async Task Anything_not_served_is_a_404_operation_outcome(string url)
    {
        await _client.FhirErrorAsync(url, HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound);
    }

    [Fact]
    public async Task An_empty_parameter_value_does_not_restrict_the_search()
    {
        var all = await _client.SearchAsync("/fhir/r4/Organization?_count=0");
        var empty = await _client.SearchAsync("/fhir/r4/Organization?name=&_count=0");

        Assert.Equal(all.Total, empty.Total);
    }
}
