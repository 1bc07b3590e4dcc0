using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Validation;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Tests.Features.Interop;

/// <summary>
/// Reads FHIR answers the way a strict client would: the Firely deserializer in strict mode (unknown elements, bad
/// primitives and missing required elements fail), then the SDK's validation of the base R4 cardinalities and formats.
/// </summary>
public static class FhirTestClient
{
    private static readonly FhirJsonDeserializer Strict = new(new DeserializerSettings().UsingMode(DeserializationMode.Strict));

    public static async Task<T> GetFhirAsync<T>(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
        where T : Resource
    {
        var response = await client.GetAsync(url);
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url} answered {(int)response.StatusCode}: {json}");
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var resource = Strict.Deserialize<T>(json);
        var problems = resource.Validate(ModelInfo.ModelInspector, NarrativeValidationKind.FhirXhtml, null, true).ToList();
        Assert.True(problems.Count == 0, $"GET {url}: not valid R4: {string.Join("; ", problems.Select(p => p.Message))}");
        return resource;
    }

    public static Task<Bundle> SearchAsync(this HttpClient client, string url) => client.GetFhirAsync<Bundle>(url);

    /// <summary>An error answer: the status, and an OperationOutcome with one error issue of the given code.</summary>
    public static async Task<OperationOutcome> FhirErrorAsync(this HttpClient client, string url, HttpStatusCode status, OperationOutcome.IssueType code)
    {
        var outcome = await client.GetFhirAsync<OperationOutcome>(url, status);
        var issue = Assert.Single(outcome.Issue);
        Assert.Equal(OperationOutcome.IssueSeverity.Error, issue.Severity);
        Assert.Equal(code, issue.Code);
        Assert.False(string.IsNullOrWhiteSpace(issue.Diagnostics));
        return outcome;
    }

    public static List<T> Resources<T>(this Bundle bundle)
        where T : Resource => [.. bundle.Entry.Select(e => Assert.IsType<T>(e.Resource))];

    public static List<string> Names(this Bundle bundle) =>
        [.. bundle.Entry.Select(e => e.Resource switch
        {
            Organization o => o.Name ?? "",
            HealthcareService s => s.Name ?? "",
            Location l => l.Name ?? "",
            PractitionerRole r => r.Practitioner?.Display ?? "",
            OrganizationAffiliation a => a.ParticipatingOrganization?.Display ?? "",
            _ => e.Resource?.Id ?? "",
        })];

    public static string? Link(this Bundle bundle, string relation) => bundle.Link.FirstOrDefault(l => l.Relation == relation)?.Url;
}
