namespace McnHub.Features.Standards;

public enum Change
{
    Improved,
    Worse,
    Same,

    /// <summary>Not assessed in one of the periods, or not applicable in either: nothing to compare.</summary>
    NotComparable,
}

/// <summary>How statuses read (text and a symbol, never colour alone) and how two periods compare.</summary>
public static class StandardsRules
{
    public static string Describe(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Met => "Met",
        AssessmentStatus.PartiallyMet => "Partially met",
        AssessmentStatus.NotMet => "Not met",
        _ => "Not applicable",
    };

    public static string Symbol(AssessmentStatus? status) => status switch
    {
        AssessmentStatus.Met => "✓",
        AssessmentStatus.PartiallyMet => "◐",
        AssessmentStatus.NotMet => "✗",
        AssessmentStatus.NotApplicable => "–",
        _ => "?",
    };

    /// <summary>e.g. "✓ Met"; "? Not assessed" when there is no assessment.</summary>
    public static string Label(AssessmentStatus? status) => $"{Symbol(status)} {(status is { } s ? Describe(s) : "Not assessed")}";

    /// <summary>The NHS.UK tag modifier for a status (the text and symbol carry the meaning; colour only repeats it).</summary>
    public static string TagClass(AssessmentStatus? status) => status switch
    {
        AssessmentStatus.Met => "nhsuk-tag--green",
        AssessmentStatus.PartiallyMet => "nhsuk-tag--yellow",
        AssessmentStatus.NotMet => "nhsuk-tag--red",
        AssessmentStatus.NotApplicable => "nhsuk-tag--grey",
        _ => "nhsuk-tag--white",
    };

    public static IReadOnlyList<(string Value, string Text, string Hint)> StatusChoices { get; } =
    [
        (nameof(AssessmentStatus.Met), "Met", "The statement is met in full, with evidence."),
        (nameof(AssessmentStatus.PartiallyMet), "Partially met", "Some of the statement is met; an action plan says how the rest will be."),
        (nameof(AssessmentStatus.NotMet), "Not met", "An action plan says how it will be met."),
        (nameof(AssessmentStatus.NotApplicable), "Not applicable", "The statement does not apply to the services this organisation provides."),
    ];

    /// <summary>Met above partially met above not met; not applicable has no rank.</summary>
    private static int? Rank(AssessmentStatus? status) => status switch
    {
        AssessmentStatus.Met => 3,
        AssessmentStatus.PartiallyMet => 2,
        AssessmentStatus.NotMet => 1,
        _ => null,
    };

    public static Change Compare(AssessmentStatus? previous, AssessmentStatus? current)
    {
        if (previous is null || current is null)
        {
            return Change.NotComparable;
        }

        if (previous == current)
        {
            return Change.Same;
        }

        var (before, now) = (Rank(previous), Rank(current));
        if (before is null || now is null)
        {
            return Change.NotComparable;
        }

        return now > before ? Change.Improved : Change.Worse;
    }

    public static string Describe(Change change) => change switch
    {
        Change.Improved => "↑ Improved",
        Change.Worse => "↓ Worse",
        Change.Same => "= Same",
        _ => "No comparison",
    };
}
