using System.ComponentModel.DataAnnotations;

namespace McnHub.Features.Interop.Fhir;

/// <summary>Settings of the FHIR API ("Interop" section).</summary>
public sealed class FhirOptions
{
    public const string Section = "Interop";

    /// <summary>
    /// The network's own canonical base: the code systems and identifier systems the FHIR API defines live under it
    /// (e.g. {CanonicalBase}/CodeSystem/organisation-type). Set it to the address the network publishes from; it stays
    /// the same whatever host a request arrives on, so codes are stable.
    /// </summary>
    [Required]
    [Url]
    public string CanonicalBase { get; set; } = "https://mcnhub.example";
}
