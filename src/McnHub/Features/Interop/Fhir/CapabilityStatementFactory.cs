using Hl7.Fhir.Model;

namespace McnHub.Features.Interop.Fhir;

/// <summary>The CapabilityStatement, built from the registered providers so it lists exactly what is served.</summary>
internal static class CapabilityStatementFactory
{
    private static readonly string Version = typeof(CapabilityStatementFactory).Assembly.GetName().Version?.ToString(3) ?? "1.0.0";

    /// <summary>When this build of the API was published: fixed per process, so repeated reads compare equal.</summary>
    private static readonly string Published = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static CapabilityStatement Create(FhirRequestContext context, IEnumerable<FhirResourceProvider> providers) => new()
    {
        Url = context.Codes.CapabilityStatementUrl,
        Name = "McnHubFhirApi",
        Title = "McnHub FHIR R4 API",
        Status = PublicationStatus.Active,
        Date = Published,
        Kind = CapabilityStatementKind.Instance,
        Software = new CapabilityStatement.SoftwareComponent { Name = "McnHub", Version = Version },
        Implementation = new CapabilityStatement.ImplementationComponent
        {
            Description = "The managed clinical network's directory: the network, its members and their membership, services, locations and listed professionals; its approved guidelines (Library); its datasets (Questionnaire) and indicators (Measure). Read only and public, except data returns (QuestionnaireResponse), indicator values (MeasureReport, small numbers suppressed) and members-only guidelines, which need a sign-in.",
            Url = context.BaseUrl,
        },
        FhirVersion = FHIRVersion.N4_0_1,
        Format = ["application/fhir+json", "json"],
        Rest =
        [
            new CapabilityStatement.RestComponent
            {
                Mode = CapabilityStatement.RestfulCapabilityMode.Server,
                Documentation =
                    "Searches answer searchset Bundles with total and self/next/previous links. _count: 20 by default; values above " +
                    "100 are served as 100; 0 answers the total only. _page: the page, from 1. Unknown parameters, unsupported " +
                    "modifiers and malformed values answer 400 with an OperationOutcome. Comma-separated values are ORed; repeated " +
                    "parameters are ANDed.",
                Resource = [.. providers.Select(Resource)],
            },
        ],
    };

    private static CapabilityStatement.ResourceComponent Resource(FhirResourceProvider provider) => new()
    {
        Type = provider.Type,
        Documentation = provider.Documentation,
        Interaction =
        [
            new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Read },
            new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.SearchType },
        ],
        Versioning = CapabilityStatement.ResourceVersionPolicy.NoVersion,
        ReadHistory = false,
        UpdateCreate = false,
        SearchParam =
        [
            .. provider.SearchParameters.Select(p => new CapabilityStatement.SearchParamComponent
            {
                Name = p.Name,
                Type = p.Type,
                Documentation = p.Documentation,
            }),
        ],
    };
}
