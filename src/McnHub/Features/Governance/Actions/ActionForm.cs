using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using McnHub.Features.Account;
using McnHub.Features.Governance.Decisions;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Governance.Minutes;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Actions;

/// <summary>What the action forms post.</summary>
public sealed class ActionInput
{
    [Required(ErrorMessage = "Enter what needs to be done")]
    [StringLength(ActionRules.DescriptionMaxLength, ErrorMessage = "The description must be 1,000 characters or fewer")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Select who owns the action")]
    public int? OwnerPersonId { get; set; }

    [Required(ErrorMessage = "Enter the date the action was raised")]
    public DateOnly? RaisedOn { get; set; }

    [Required(ErrorMessage = "Enter the date the action is due")]
    public DateOnly? DueOn { get; set; }

    public ActionStatus Status { get; set; } = ActionStatus.Open;

    public int? GroupId { get; set; }

    public int? SourceMeetingId { get; set; }

    public int? DecisionId { get; set; }

    public int Version { get; set; }

    public static ActionInput From(ActionItem a) => new()
    {
        Description = a.Description,
        OwnerPersonId = a.OwnerPersonId,
        RaisedOn = a.RaisedOn,
        DueOn = a.DueOn,
        Status = a.Status,
        GroupId = a.GroupId,
        SourceMeetingId = a.SourceMeetingId,
        DecisionId = a.DecisionId,
        Version = a.Version,
    };

    public void ApplyTo(ActionItem a, DateOnly today)
    {
        a.Description = Description!.Trim();
        a.OwnerPersonId = OwnerPersonId!.Value;
        a.RaisedOn = RaisedOn!.Value;
        a.DueOn = DueOn!.Value;
        a.GroupId = GroupId;
        a.SourceMeetingId = SourceMeetingId;
        a.DecisionId = DecisionId;
        a.CompletedOn = Status == ActionStatus.Done ? (a.Status == ActionStatus.Done ? a.CompletedOn ?? today : today) : null;
        a.Status = Status;
    }

    public IEnumerable<FieldValues> Compare(ActionItem saved, ActionChoices choices) =>
    [
        new("Input.Description", "Description", Description, saved.Description),
        new("Input.OwnerPersonId", "Owner", choices.Name(choices.People, OwnerPersonId), choices.Name(choices.People, saved.OwnerPersonId)),
        new("Input.RaisedOn", "Raised on", UkDates.Format(RaisedOn), UkDates.Format(saved.RaisedOn)),
        new("Input.DueOn", "Due on", UkDates.Format(DueOn), UkDates.Format(saved.DueOn)),
        new("Input.Status", "Status", ActionRules.Describe(Status), ActionRules.Describe(saved.Status)),
        new("Input.GroupId", "Group", choices.Name(choices.Groups, GroupId), choices.Name(choices.Groups, saved.GroupId)),
        new("Input.SourceMeetingId", "Source meeting", choices.Name(choices.Meetings, SourceMeetingId), choices.Name(choices.Meetings, saved.SourceMeetingId)),
        new("Input.DecisionId", "Linked decision", choices.Name(choices.Decisions, DecisionId), choices.Name(choices.Decisions, saved.DecisionId)),
    ];
}

/// <summary>The lists the action form chooses from.</summary>
public sealed record ActionChoices(IReadOnlyList<Choice> People, IReadOnlyList<Choice> Groups, IReadOnlyList<Choice> Meetings, IReadOnlyList<Choice> Decisions)
{
    public string? Name(IReadOnlyList<Choice> list, int? id) => list.FirstOrDefault(c => c.Id == id)?.Name;

    public static async Task<ActionChoices> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var people = await db.Set<Person>().Where(p => p.Active).OrderBy(p => p.FullName).Select(p => new Choice(p.Id, p.FullName)).ToListAsync(ct);
        var groups = await db.Set<Group>().OrderBy(g => g.Name).Select(g => new Choice(g.Id, g.Name)).ToListAsync(ct);
        var meetings = (await db.Set<Meeting>().OrderByDescending(m => m.StartsAt)
                .Select(m => new { m.Id, m.Title, m.StartsAt, Group = m.Group!.Name }).ToListAsync(ct))
            .Select(m => new Choice(m.Id, $"{m.Group}: {m.Title} ({UkTime.Date(m.StartsAt)})")).ToList();
        var decisions = (await db.Set<Decision>().OrderByDescending(d => d.DecidedOn).Select(d => new { d.Id, d.Statement, d.DecidedOn }).ToListAsync(ct))
            .Select(d => new Choice(d.Id, $"{UkDates.Format(d.DecidedOn)}: {Shorten(d.Statement)}")).ToList();
        return new ActionChoices(people, groups, meetings, decisions);
    }

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..77] + "...";
}

public static class ActionForm
{
    public const string DueBeforeRaised = "The due date must be the same as or after the date the action was raised";

    public static async Task ValidateAsync(AppDbContext db, ClaimsPrincipal user, ActionInput input, ModelStateDictionary state, CancellationToken ct)
    {
        BindingErrors.Reword(state, "Input.RaisedOn", "Enter the date raised as a real date");
        BindingErrors.Reword(state, "Input.DueOn", "Enter the due date as a real date");
        if (input is { RaisedOn: { } raised, DueOn: { } due } && due < raised)
        {
            state.AddModelError("Input.DueOn", DueBeforeRaised);
        }

        if (input.OwnerPersonId is { } owner && !await db.Set<Person>().AnyAsync(p => p.Id == owner, ct))
        {
            state.AddModelError("Input.OwnerPersonId", "Select an owner from the list");
        }

        if (input.GroupId is { } group && !await db.Set<Group>().AnyAsync(g => g.Id == group, ct))
        {
            state.AddModelError("Input.GroupId", "Select a group from the list");
        }

        if (input.SourceMeetingId is { } meetingId)
        {
            var meetingGroup = await db.Set<Meeting>().Where(m => m.Id == meetingId).Select(m => (int?)m.GroupId).FirstOrDefaultAsync(ct);
            if (meetingGroup is null)
            {
                state.AddModelError("Input.SourceMeetingId", "Select a meeting from the list");
            }
            else if (input.GroupId is { } g && g != meetingGroup)
            {
                state.AddModelError("Input.SourceMeetingId", "The source meeting must be a meeting of the action's group");
            }
            else
            {
                // An action raised at a meeting belongs to that meeting's group.
                input.GroupId = meetingGroup;
            }
        }

        if (input.DecisionId is { } decision && !await db.Set<Decision>().AnyAsync(d => d.Id == decision, ct))
        {
            state.AddModelError("Input.DecisionId", "Select a decision from the list");
        }

        if (!GovernanceAccess.IsCoordinator(user) && state.IsValid && !await GovernanceAccess.CanManageAsync(db, user, input.GroupId, ct))
        {
            state.AddModelError("Input.GroupId", "Select a group you chair or are secretary of: only they and the co-ordinator record its actions");
        }
    }
}
