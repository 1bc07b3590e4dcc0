using Hl7.Fhir.Model;
using McnHub.Features.Interop.Fhir;
using McnHub.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Tests.Features.Interop;

[Collection(InteropCollection.Name)]
public sealed class FhirCapabilityStatementTests(InteropFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_capability_statement_lists_exactly_the_registered_resources_interactions_and_search_parameters()
    {
        var statement = await _client.GetFhirAsync<CapabilityStatement>("/fhir/r4/metadata");

        Assert.Equal(FHIRVersion.N4_0_1, statement.FhirVersion);
        Assert.Equal(CapabilityStatementKind.Instance, statement.Kind);
        Assert.Contains("application/fhir+json", statement.Format);
        var rest = Assert.Single(statement.Rest);
        Assert.Equal(CapabilityStatement.RestfulCapabilityMode.Server, rest.Mode);
        Assert.Equal(FhirApi.Resources.Select(p => p.Type), rest.Resource.Select(r => r.Type));
        foreach (var (provider, resource) in FhirApi.Resources.Zip(rest.Resource))
        {
            Assert.Equal([CapabilityStatement.TypeRestfulInteraction.Read, CapabilityStatement.TypeRestfulInteraction.SearchType], resource.Interaction.Select(i => i.Code));
            Assert.Equal(provider.SearchParameters.Select(p => (p.Name, p.Type)), resource.SearchParam.Select(p => (p.Name!, p.Type!.Value)));
        }
    }

    [Fact]
    public void A_read_and_a_search_route_exist_for_each_listed_resource_and_for_no_other()
    {
        var routes = factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>()
            .SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(r => r.StartsWith("/fhir/r4/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

        var expected = FhirApi.Resources.SelectMany(p => new[] { $"/fhir/r4/{p.Type}", $"/fhir/r4/{p.Type}/{{id}}" })
            .Append("/fhir/r4/metadata").Append("/fhir/r4/{**path}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, routes);
    }

    [Fact]
    public async Task Every_advertised_search_parameter_is_accepted()
    {
        // Signed in as the co-ordinator: some resources (QuestionnaireResponse) are not public.
        var client = await factory.SignInAsync("coordinator@riverlands.example");
        var statement = await client.GetFhirAsync<CapabilityStatement>("/fhir/r4/metadata");

        foreach (var resource in statement.Rest[0].Resource)
        {
            foreach (var parameter in resource.SearchParam)
            {
                var value = parameter.Type switch
                {
                    SearchParamType.Reference => "1",
                    SearchParamType.Date => "2026",
                    SearchParamType.Token when parameter.Name == "active" => "true",
                    _ => "x",
                };
                var bundle = await client.SearchAsync($"/fhir/r4/{resource.Type}?{parameter.Name}={value}");
                Assert.Equal(Bundle.BundleType.Searchset, bundle.Type);
            }
        }
    }

    [Fact]
    public async Task Metadata_is_served_as_fhir_json_to_anonymous_callers()
    {
        var response = await _client.GetAsync("/fhir/r4/metadata");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }
}
