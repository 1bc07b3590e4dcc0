using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using McnHub.Features.Account;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Governance.Minutes;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Decisions;

/// <summary>What the decision forms post.</summary>
public sealed class DecisionInput
{
    [Required(ErrorMessage = "Select the group that made the decision")]
    public int? GroupId { get; set; }

    [Required(ErrorMessage = "Enter what was decided")]
    [StringLength(DecisionRules.StatementMaxLength, ErrorMessage = "The statement must be 2,000 characters or fewer")]
    public string? Statement { get; set; }

    [StringLength(DecisionRules.RationaleMaxLength, ErrorMessage = "The rationale must be 4,000 characters or fewer")]
    public string? Rationale { get; set; }

    [Required(ErrorMessage = "Enter the date the decision was made")]
    public DateOnly? DecidedOn { get; set; }

    public int? MeetingId { get; set; }

    public DateOnly? ReviewDate { get; set; }

    public DecisionStatus Status { get; set; } = DecisionStatus.Active;

    public int? SupersededByDecisionId { get; set; }

    [StringLength(DecisionRules.LinksMaxLength, ErrorMessage = "The links must be 4,000 characters or fewer")]
    public string? Links { get; set; }

    public int Version { get; set; }

    public static DecisionInput From(Decision d) => new()
    {
        GroupId = d.GroupId,
        Statement = d.Statement,
        Rationale = d.Rationale,
        DecidedOn = d.DecidedOn,
        MeetingId = d.MeetingId,
        ReviewDate = d.ReviewDate,
        Status = d.Status,
        SupersededByDecisionId = d.SupersededByDecisionId,
        Links = d.Links,
        Version = d.Version,
    };

    public void ApplyTo(Decision d)
    {
        d.GroupId = GroupId!.Value;
        d.Statement = Statement!.Trim();
        d.Rationale = Blank(Rationale);
        d.DecidedOn = DecidedOn!.Value;
        d.MeetingId = MeetingId;
        d.ReviewDate = ReviewDate;
        d.Status = Status;
        d.SupersededByDecisionId = Status == DecisionStatus.Superseded ? SupersededByDecisionId : null;
        d.Links = Blank(string.Join('\n', (Links ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
    }

    public IEnumerable<FieldValues> Compare(Decision saved, DecisionChoices choices) =>
    [
        new("Input.GroupId", "Group", choices.Name(choices.Groups, GroupId), choices.Name(choices.Groups, saved.GroupId)),
        new("Input.Statement", "Statement", Statement, saved.Statement),
        new("Input.Rationale", "Rationale", Rationale, saved.Rationale),
        new("Input.DecidedOn", "Decided on", UkDates.Format(DecidedOn), UkDates.Format(saved.DecidedOn)),
        new("Input.MeetingId", "Meeting", choices.Name(choices.Meetings, MeetingId), choices.Name(choices.Meetings, saved.MeetingId)),
        new("Input.ReviewDate", "Review date", UkDates.Format(ReviewDate), UkDates.Format(saved.ReviewDate)),
        new("Input.Status", "Status", Status.ToString(), saved.Status.ToString()),
        new("Input.SupersededByDecisionId", "Superseded by", choices.Name(choices.Decisions, SupersededByDecisionId), choices.Name(choices.Decisions, saved.SupersededByDecisionId)),
        new("Input.Links", "Links", Links, saved.Links),
    ];

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>The lists the decision form chooses from.</summary>
public sealed record DecisionChoices(IReadOnlyList<Choice> Groups, IReadOnlyList<Choice> Meetings, IReadOnlyList<Choice> Decisions)
{
    public string? Name(IReadOnlyList<Choice> list, int? id) => list.FirstOrDefault(c => c.Id == id)?.Name;

    public static async Task<DecisionChoices> LoadAsync(AppDbContext db, int? exceptDecision, CancellationToken ct)
    {
        var groups = await db.Set<Group>().OrderBy(g => g.Name).Select(g => new Choice(g.Id, g.Name)).ToListAsync(ct);
        var meetings = (await db.Set<Meeting>().OrderByDescending(m => m.StartsAt)
                .Select(m => new { m.Id, m.Title, m.StartsAt, Group = m.Group!.Name }).ToListAsync(ct))
            .Select(m => new Choice(m.Id, $"{m.Group}: {m.Title} ({UkTime.Date(m.StartsAt)})")).ToList();
        var decisions = (await db.Set<Decision>().Where(d => d.Id != exceptDecision).OrderByDescending(d => d.DecidedOn)
                .Select(d => new { d.Id, d.Statement, d.DecidedOn }).ToListAsync(ct))
            .Select(d => new Choice(d.Id, $"{UkDates.Format(d.DecidedOn)}: {(d.Statement.Length <= 80 ? d.Statement : d.Statement[..77] + "...")}")).ToList();
        return new DecisionChoices(groups, meetings, decisions);
    }
}

public static class DecisionForm
{
    public const string SupersededNeedsDecision = "Select the decision that supersedes this one";

    public static async Task ValidateAsync(AppDbContext db, ClaimsPrincipal user, DecisionInput input, int? decisionId, ModelStateDictionary state, CancellationToken ct)
    {
        BindingErrors.Reword(state, "Input.DecidedOn", "Enter the decision date as a real date");
        BindingErrors.Reword(state, "Input.ReviewDate", "Enter the review date as a real date");
        if (input.GroupId is { } group && !await db.Set<Group>().AnyAsync(g => g.Id == group, ct))
        {
            state.AddModelError("Input.GroupId", "Select a group from the list");
        }

        if (input is { DecidedOn: { } decided, ReviewDate: { } review } && review <= decided)
        {
            state.AddModelError("Input.ReviewDate", "The review date must be after the date the decision was made");
        }

        if (input.MeetingId is { } meetingId)
        {
            var meetingGroup = await db.Set<Meeting>().Where(m => m.Id == meetingId).Select(m => (int?)m.GroupId).FirstOrDefaultAsync(ct);
            if (meetingGroup is null)
            {
                state.AddModelError("Input.MeetingId", "Select a meeting from the list");
            }
            else if (input.GroupId is { } g && g != meetingGroup)
            {
                state.AddModelError("Input.MeetingId", "The meeting must be a meeting of the group that made the decision");
            }
        }

        await ValidateSupersedingAsync(db, input, decisionId, state, ct);
        if (!GovernanceAccess.IsCoordinator(user) && state.IsValid && !await GovernanceAccess.CanManageAsync(db, user, input.GroupId, ct))
        {
            state.AddModelError("Input.GroupId", "Select a group you chair or are secretary of: only they and the co-ordinator record its decisions");
        }
    }

    private static async Task ValidateSupersedingAsync(AppDbContext db, DecisionInput input, int? decisionId, ModelStateDictionary state, CancellationToken ct)
    {
        if (input.Status != DecisionStatus.Superseded)
        {
            return;
        }

        if (input.SupersededByDecisionId is not { } by)
        {
            state.AddModelError("Input.SupersededByDecisionId", SupersededNeedsDecision);
            return;
        }

        if (by == decisionId)
        {
            state.AddModelError("Input.SupersededByDecisionId", "A decision cannot supersede itself: select a different decision");
            return;
        }

        var superseding = await db.Set<Decision>().Where(d => d.Id == by).Select(d => (DateOnly?)d.DecidedOn).FirstOrDefaultAsync(ct);
        if (superseding is null)
        {
            state.AddModelError("Input.SupersededByDecisionId", "Select a decision from the list");
        }
        else if (input.DecidedOn is { } decided && superseding < decided)
        {
            state.AddModelError("Input.SupersededByDecisionId", "The superseding decision must have been made on or after this one");
        }
    }
}
