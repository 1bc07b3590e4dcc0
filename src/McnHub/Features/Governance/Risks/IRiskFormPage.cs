using McnHub.Features.Members.People;

namespace McnHub.Features.Governance.Risks;

/// <summary>What the shared risk fields need from the create and edit pages.</summary>
public interface IRiskFormPage
{
    RiskInput Input { get; }

    IReadOnlyList<Choice> People { get; }

    IReadOnlyList<Choice> Groups { get; }
}
