using System.Text;
using McnHub.Features.Directory.Taxonomy;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;

namespace McnHub.Features.Interop.Fhir;

/// <summary>
/// The code systems and identifier systems of the FHIR API. External ones are the real NHS/HL7 systems; the network's
/// own (organisation types, service types, disciplines, membership status, area codes) live under the canonical base.
/// Codes are the enum names in kebab case, so they stay stable when display text changes.
/// </summary>
public sealed class FhirCodes(string canonicalBase)
{
    public const string OdsSystem = "https://fhir.nhs.uk/Id/ods-organization-code";
    public const string LocationPhysicalTypeSystem = "http://terminology.hl7.org/CodeSystem/location-physical-type";

    /// <summary>The network itself: Organization/network.</summary>
    public const string NetworkId = "network";
    public const string NetworkTypeCode = "network";

    private readonly string _base = canonicalBase.TrimEnd('/');

    public string OrganisationTypeSystem => $"{_base}/CodeSystem/organisation-type";

    public string ServiceTypeSystem => $"{_base}/CodeSystem/{TaxonomyTerm.Vocabulary}";

    public string DisciplineSystem => $"{_base}/CodeSystem/discipline";

    public string MembershipStatusSystem => $"{_base}/CodeSystem/membership-status";

    public string AreaCodeSystem => $"{_base}/Id/area-code";

    /// <summary>Guidelines' clinical topics (Library.topic): the network's own free tags, lower case.</summary>
    public string ClinicalTopicSystem => $"{_base}/CodeSystem/clinical-topic";

    /// <summary>Guidelines' kinds (guideline, care pathway, policy, template, symptom management).</summary>
    public string DocumentKindSystem => $"{_base}/CodeSystem/document-kind";

    /// <summary>A dataset's Questionnaire canonical url (by its code, stable across databases).</summary>
    public string QuestionnaireUrl(string datasetCode) => $"{_base}/Questionnaire/{datasetCode}";

    public string CapabilityStatementUrl => $"{_base}/CapabilityStatement/mcnhub";

    public static string Code(Enum value) => Kebab(value.ToString());

    public static string Display(Discipline discipline) => discipline switch
    {
        Discipline.GeneralPractitioner => "General practitioner",
        Discipline.AlliedHealthProfessional => "Allied health professional",
        Discipline.SocialWorker => "Social worker",
        _ => discipline.ToString(),
    };

    public static string Display(AreaKind kind) => kind switch
    {
        AreaKind.IntegratedCareBoard => "Integrated care board",
        AreaKind.LocalAuthority => "Local authority",
        AreaKind.Region => "Region",
        _ => "Area",
    };

    public static string Display(OrganisationType type) => OrganisationRules.Describe(type);

    private static string Kebab(string name)
    {
        var code = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                code.Append('-');
            }

            code.Append(char.ToLowerInvariant(name[i]));
        }

        return code.ToString();
    }
}
