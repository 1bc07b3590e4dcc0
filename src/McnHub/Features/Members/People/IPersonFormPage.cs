namespace McnHub.Features.Members.People;

/// <summary>What the shared person form (_PersonFields) needs from the create and edit pages.</summary>
public interface IPersonFormPage
{
    PersonInput Input { get; }

    IReadOnlyList<Choice> Organisations { get; }

    /// <summary>The person's current roles (none when creating).</summary>
    IReadOnlyList<AffiliationRow> Affiliations { get; }
}
