using System.ComponentModel.DataAnnotations;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Risks;

/// <summary>What the risk forms post.</summary>
public sealed class RiskInput
{
    private const string Scale = "a whole number from 1 (lowest) to 5 (highest)";

    [Required(ErrorMessage = "Enter the risk")]
    [StringLength(300, ErrorMessage = "The risk must be 300 characters or fewer")]
    public string? Title { get; set; }

    [StringLength(2000, ErrorMessage = "The cause must be 2,000 characters or fewer")]
    public string? Cause { get; set; }

    [StringLength(2000, ErrorMessage = "The effect must be 2,000 characters or fewer")]
    public string? Effect { get; set; }

    [StringLength(4000, ErrorMessage = "Controls must be 4,000 characters or fewer")]
    public string? Controls { get; set; }

    public int? OwnerPersonId { get; set; }

    public int? GroupId { get; set; }

    [Required(ErrorMessage = "Enter the likelihood before mitigation, " + Scale)]
    [Range(1, 5, ErrorMessage = "Likelihood before mitigation must be " + Scale)]
    public int? LikelihoodBefore { get; set; }

    [Required(ErrorMessage = "Enter the impact before mitigation, " + Scale)]
    [Range(1, 5, ErrorMessage = "Impact before mitigation must be " + Scale)]
    public int? ImpactBefore { get; set; }

    [Required(ErrorMessage = "Enter the likelihood after mitigation, " + Scale)]
    [Range(1, 5, ErrorMessage = "Likelihood after mitigation must be " + Scale)]
    public int? LikelihoodAfter { get; set; }

    [Required(ErrorMessage = "Enter the impact after mitigation, " + Scale)]
    [Range(1, 5, ErrorMessage = "Impact after mitigation must be " + Scale)]
    public int? ImpactAfter { get; set; }

    public RiskTrend Trend { get; set; } = RiskTrend.Stable;

    public RiskStatus Status { get; set; } = RiskStatus.Open;

    [Required(ErrorMessage = "Enter the date the risk is next reviewed")]
    public DateOnly? ReviewDate { get; set; }

    public int Version { get; set; }

    public static RiskInput From(Risk r) => new()
    {
        Title = r.Title, Cause = r.Cause, Effect = r.Effect, Controls = r.Controls, OwnerPersonId = r.OwnerPersonId, GroupId = r.GroupId,
        LikelihoodBefore = r.LikelihoodBefore, ImpactBefore = r.ImpactBefore, LikelihoodAfter = r.LikelihoodAfter, ImpactAfter = r.ImpactAfter,
        Trend = r.Trend, Status = r.Status, ReviewDate = r.ReviewDate, Version = r.Version,
    };

    public void ApplyTo(Risk r)
    {
        r.Title = Title!.Trim();
        r.Cause = Blank(Cause);
        r.Effect = Blank(Effect);
        r.Controls = Blank(Controls);
        r.OwnerPersonId = OwnerPersonId;
        r.GroupId = GroupId;
        r.LikelihoodBefore = LikelihoodBefore!.Value;
        r.ImpactBefore = ImpactBefore!.Value;
        r.LikelihoodAfter = LikelihoodAfter!.Value;
        r.ImpactAfter = ImpactAfter!.Value;
        r.Trend = Trend;
        r.Status = Status;
        r.ReviewDate = ReviewDate!.Value;
    }

    public IEnumerable<FieldValues> Compare(Risk saved) =>
    [
        new("Input.Title", "The risk", Title, saved.Title),
        new("Input.Cause", "Cause", Cause, saved.Cause),
        new("Input.Effect", "Effect", Effect, saved.Effect),
        new("Input.Controls", "Controls", Controls, saved.Controls),
        new("Input.LikelihoodBefore", "Likelihood before", S(LikelihoodBefore), S(saved.LikelihoodBefore)),
        new("Input.ImpactBefore", "Impact before", S(ImpactBefore), S(saved.ImpactBefore)),
        new("Input.LikelihoodAfter", "Likelihood after", S(LikelihoodAfter), S(saved.LikelihoodAfter)),
        new("Input.ImpactAfter", "Impact after", S(ImpactAfter), S(saved.ImpactAfter)),
        new("Input.Trend", "Trend", RiskRules.Describe(Trend), RiskRules.Describe(saved.Trend)),
        new("Input.Status", "Status", RiskRules.Describe(Status), RiskRules.Describe(saved.Status)),
        new("Input.ReviewDate", "Review date", UkDates.Format(ReviewDate), UkDates.Format(saved.ReviewDate)),
    ];

    private static string? S(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

public static class RiskForm
{
    private static readonly (string Key, string Label)[] ScaleFields =
    [
        ("Input.LikelihoodBefore", "Likelihood before mitigation"),
        ("Input.ImpactBefore", "Impact before mitigation"),
        ("Input.LikelihoodAfter", "Likelihood after mitigation"),
        ("Input.ImpactAfter", "Impact after mitigation"),
    ];

    public static async Task ValidateAsync(AppDbContext db, RiskInput input, ModelStateDictionary state, CancellationToken ct)
    {
        foreach (var (key, label) in ScaleFields)
        {
            BindingErrors.Reword(state, key, $"{label} must be a whole number from 1 (lowest) to 5 (highest)");
        }

        BindingErrors.Reword(state, "Input.ReviewDate", "Enter the review date as a real date");
        if (input.OwnerPersonId is { } owner && !await db.Set<Person>().AnyAsync(p => p.Id == owner, ct))
        {
            state.AddModelError("Input.OwnerPersonId", "Select an owner from the list");
        }

        if (input.GroupId is { } group && !await db.Set<Group>().AnyAsync(g => g.Id == group, ct))
        {
            state.AddModelError("Input.GroupId", "Select a group from the list");
        }
    }

    public static Task<List<Choice>> PeopleAsync(AppDbContext db, CancellationToken ct) =>
        db.Set<Person>().AsNoTracking().Where(p => p.Active).OrderBy(p => p.FullName).Select(p => new Choice(p.Id, p.FullName)).ToListAsync(ct);

    public static Task<List<Choice>> GroupsAsync(AppDbContext db, CancellationToken ct) =>
        db.Set<Group>().AsNoTracking().Where(g => g.Active).OrderBy(g => g.Name).Select(g => new Choice(g.Id, g.Name)).ToListAsync(ct);
}
