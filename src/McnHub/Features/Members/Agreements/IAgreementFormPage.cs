using McnHub.Features.Members.People;
using McnHub.Platform.Files;

namespace McnHub.Features.Members.Agreements;

/// <summary>What the shared agreement form (_AgreementFields) needs from the create and edit pages.</summary>
public interface IAgreementFormPage
{
    AgreementInput Input { get; }

    IReadOnlyList<Choice> Organisations { get; }

    /// <summary>The document on the saved agreement (edit only).</summary>
    StoredFile? CurrentDocument { get; }

    int? AgreementId { get; }

    long MaxUploadBytes { get; }
}
