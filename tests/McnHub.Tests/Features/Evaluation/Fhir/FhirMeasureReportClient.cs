using Hl7.Fhir.Model;
using McnHub.Tests.Features.Interop;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Tests.Features.Evaluation.Fhir;

/// <summary>
/// MeasureReport reads and searches that also check what the FHIR validator does not: the subject's and reporter's
/// reference types are ones base R4 allows (subject is never an Organization), for every report a test fetches.
/// </summary>
internal static class FhirMeasureReportClient
{
    private static readonly string[] R4SubjectTypes = ["Patient", "Practitioner", "PractitionerRole", "Location", "Device", "RelatedPerson", "Group"];
    private static readonly string[] R4ReporterTypes = ["Practitioner", "PractitionerRole", "Location", "Organization"];

    public static async Task<MeasureReport> GetReportAsync(this HttpClient client, string url) =>
        AssertR4References(await client.GetFhirAsync<MeasureReport>(url));

    public static async Task<Bundle> SearchReportsAsync(this HttpClient client, string url)
    {
        var bundle = await client.SearchAsync(url);
        foreach (var report in bundle.Entry.Select(e => e.Resource).OfType<MeasureReport>())
        {
            AssertR4References(report);
        }

        return bundle;
    }

    internal static MeasureReport AssertR4References(MeasureReport report)
    {
        if (report.Subject is { } subject)
        {
            Assert.Contains(ReferenceType(subject), R4SubjectTypes);
        }

        if (report.Reporter is { } reporter)
        {
            Assert.Contains(ReferenceType(reporter), R4ReporterTypes);
        }

        return report;
    }

    private static string ReferenceType(ResourceReference reference)
    {
        var segments = (reference.Reference ?? "").Split('/');
        Assert.True(segments.Length >= 2, $"\"{reference.Reference}\" is not a Type/id reference.");
        return segments[^2];
    }
}
