using McnHub.Features.Members.People;
using McnHub.Platform.Data;

namespace McnHub.Features.Governance.WorkPlan;

public enum Rag
{
    NotStarted,
    Red,
    Amber,
    Green,
    Complete,
}

/// <summary>An annual objective of the network's work plan, with its measures, owner and RAG status.</summary>
public sealed class Objective : IVersioned
{
    public int Id { get; set; }

    /// <summary>The year the plan starts (e.g. 2026 for 2026/27).</summary>
    public int Year { get; set; }

    public string Title { get; set; } = "";

    public string? Measures { get; set; }

    public int? OwnerPersonId { get; set; }

    public Person? Owner { get; set; }

    public Rag Rag { get; set; } = Rag.NotStarted;

    public List<ProgressNote> Notes { get; set; } = [];

    public int Version { get; set; }
}

/// <summary>A dated note on an objective's progress, with the RAG status it gave.</summary>
public sealed class ProgressNote
{
    public int Id { get; set; }

    public int ObjectiveId { get; set; }

    public DateOnly On { get; set; }

    public Rag Rag { get; set; }

    public string Text { get; set; } = "";

    public string By { get; set; } = "";
}

/// <summary>An achievement to share: published ones appear on the home page and in reports.</summary>
public sealed class Achievement : IVersioned
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public DateOnly AchievedOn { get; set; }

    public string? Evidence { get; set; }

    public int? ObjectiveId { get; set; }

    public Objective? Objective { get; set; }

    public bool Published { get; set; }

    public int Version { get; set; }
}
