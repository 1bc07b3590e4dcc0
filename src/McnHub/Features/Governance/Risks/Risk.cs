using McnHub.Features.Governance.Groups;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;

namespace McnHub.Features.Governance.Risks;

public enum RiskTrend
{
    Improving,
    Stable,
    Worsening,
}

public enum RiskStatus
{
    Open,
    Closed,
}

/// <summary>A risk to the network's aims, scored likelihood × impact (1–5 each) before and after mitigation.</summary>
public sealed class Risk : IVersioned
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public string? Cause { get; set; }

    public string? Effect { get; set; }

    public int? OwnerPersonId { get; set; }

    public Person? Owner { get; set; }

    public int? GroupId { get; set; }

    public Group? Group { get; set; }

    public string? Controls { get; set; }

    public int LikelihoodBefore { get; set; }

    public int ImpactBefore { get; set; }

    public int LikelihoodAfter { get; set; }

    public int ImpactAfter { get; set; }

    public RiskTrend Trend { get; set; } = RiskTrend.Stable;

    public DateOnly ReviewDate { get; set; }

    public RiskStatus Status { get; set; } = RiskStatus.Open;

    public int Version { get; set; }

    public int ScoreBefore => LikelihoodBefore * ImpactBefore;

    public int ScoreAfter => LikelihoodAfter * ImpactAfter;
}
