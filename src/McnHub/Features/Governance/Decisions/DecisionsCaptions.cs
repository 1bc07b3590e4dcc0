namespace McnHub.Features.Governance.Decisions;

/// <summary>Table captions (kept out of the views: a quoted string inside a tag helper attribute does not compile).</summary>
public static class DecisionsCaptions
{
    public const string Actions = "Actions that follow from this decision";
}
