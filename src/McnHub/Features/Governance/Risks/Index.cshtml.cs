using McnHub.Features.Governance.Minutes;
using McnHub.Features.Members.People;
using McnHub.Platform.Accounts;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Risks;

public sealed record RiskRow(int Id, string Title, string? Owner, string? Group, int ScoreBefore, int ScoreAfter, RiskTrend Trend, RiskStatus Status, DateOnly ReviewDate);

/// <summary>The risk register: every signed-in member reads it; the co-ordinator adds and edits.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>"open" (default), "closed" or "all".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Group { get; set; }

    [BindProperty(SupportsGet = true)]
    public RiskBand? Band { get; set; }

    public IReadOnlyList<RiskRow> Risks { get; private set; } = [];

    public IReadOnlyList<IReadOnlyList<HeatMapCell>> Map { get; private set; } = [];

    public IReadOnlyList<Choice> Groups { get; private set; } = [];

    public bool CanEdit => User.IsInRole(Roles.Coordinator);

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = UkDates.Today(clock);
        // A private group's risks are for its members and the co-ordinator, as in /api/v1/risks.
        var hidden = await GovernanceAccess.HiddenGroupsAsync(db, User, ct);
        var visible = db.Set<Risk>().AsNoTracking().Where(r => r.GroupId == null || !hidden.Contains(r.GroupId.Value));
        var risks = visible;
        risks = Status switch
        {
            "closed" => risks.Where(r => r.Status == RiskStatus.Closed),
            "all" => risks,
            _ => risks.Where(r => r.Status == RiskStatus.Open),
        };
        if (Group is { } group)
        {
            risks = risks.Where(r => r.GroupId == group);
        }

        if (Band is { } band)
        {
            var (from, to) = RiskRules.Range(band);
            risks = risks.Where(r => r.LikelihoodAfter * r.ImpactAfter >= from && r.LikelihoodAfter * r.ImpactAfter <= to);
        }

        Risks = await risks
            .OrderByDescending(r => r.LikelihoodAfter * r.ImpactAfter).ThenBy(r => r.ReviewDate).ThenBy(r => r.Id)
            .Select(r => new RiskRow(r.Id, r.Title, r.Owner != null ? r.Owner.FullName : null, r.Group != null ? r.Group.Name : null,
                r.LikelihoodBefore * r.ImpactBefore, r.LikelihoodAfter * r.ImpactAfter, r.Trend, r.Status, r.ReviewDate))
            .ToListAsync(ct);

        // The heat map always shows every open risk, whatever the list is filtered to.
        var open = await visible.Where(r => r.Status == RiskStatus.Open)
            .Select(r => new { r.LikelihoodAfter, r.ImpactAfter, r.Title }).ToListAsync(ct);
        Map = HeatMap.Build(open.Select(r => (r.LikelihoodAfter, r.ImpactAfter, r.Title)));
        Groups = await RiskForm.GroupsAsync(db, ct);
    }
}
