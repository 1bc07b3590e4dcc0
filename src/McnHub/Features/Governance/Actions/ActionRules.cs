using McnHub.Features.Members.People;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace McnHub.Features.Governance.Actions;

/// <summary>How actions are described and filtered.</summary>
public static class ActionRules
{
    public const int DueSoonDays = 14;
    public const int ReminderBeforeDays = 7;
    public const int ReminderEveryDays = 7;
    public const int DescriptionMaxLength = 1000;
    public const int UpdateMaxLength = 2000;

    public static string Describe(ActionStatus status) => status switch
    {
        ActionStatus.InProgress => "In progress",
        _ => status.ToString(),
    };

    public static string TagClass(ActionStatus status) => status switch
    {
        ActionStatus.Open => "nhsuk-tag--blue",
        ActionStatus.InProgress => "nhsuk-tag--yellow",
        ActionStatus.Done => "nhsuk-tag--green",
        _ => "nhsuk-tag--grey",
    };

    public static bool IsClosed(ActionStatus status) => status is ActionStatus.Done or ActionStatus.Dropped;

    public static IEnumerable<SelectListItem> StatusItems =>
        Enum.GetValues<ActionStatus>().Select(s => new SelectListItem(Describe(s), s.ToString()));

    public static IEnumerable<SelectListItem> Items(IEnumerable<Choice> choices) =>
        choices.Select(c => new SelectListItem(c.Name, c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}

/// <summary>A row of the action log.</summary>
public sealed record ActionRow(
    int Id, string Description, int OwnerPersonId, string Owner, DateOnly RaisedOn, DateOnly DueOn, ActionStatus Status,
    DateOnly? CompletedOn, int? GroupId, string? Group, int? SourceMeetingId, string? SourceMeeting)
{
    public bool IsOverdue(DateOnly today) => !ActionRules.IsClosed(Status) && DueOn < today;

    public bool IsDueSoon(DateOnly today) => !ActionRules.IsClosed(Status) && DueOn >= today && DueOn <= today.AddDays(ActionRules.DueSoonDays);
}

/// <summary>The action log's filters, shared by the page, its export and the API.</summary>
public sealed class ActionsQuery
{
    public ActionStatus? Status { get; init; }

    public int? Owner { get; init; }

    public int? Group { get; init; }

    public bool Overdue { get; init; }

    public bool DueSoon { get; init; }

    public IReadOnlyCollection<int> HiddenGroups { get; init; } = [];

    public IQueryable<ActionRow> Apply(IQueryable<ActionItem> actions, DateOnly today)
    {
        var hidden = HiddenGroups.ToList();
        if (hidden.Count > 0)
        {
            actions = actions.Where(a => a.GroupId == null || !hidden.Contains(a.GroupId.Value));
        }

        if (Status is { } status)
        {
            actions = actions.Where(a => a.Status == status);
        }

        if (Owner is { } owner)
        {
            actions = actions.Where(a => a.OwnerPersonId == owner);
        }

        if (Group is { } group)
        {
            actions = actions.Where(a => a.GroupId == group);
        }

        if (Overdue)
        {
            actions = actions.Where(a => (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress) && a.DueOn < today);
        }

        if (DueSoon)
        {
            var until = today.AddDays(ActionRules.DueSoonDays);
            actions = actions.Where(a => (a.Status == ActionStatus.Open || a.Status == ActionStatus.InProgress) && a.DueOn >= today && a.DueOn <= until);
        }

        return actions.OrderBy(a => a.DueOn).ThenBy(a => a.Id).Select(a => new ActionRow(
            a.Id, a.Description, a.OwnerPersonId, a.Owner!.FullName, a.RaisedOn, a.DueOn, a.Status, a.CompletedOn,
            a.GroupId, a.Group == null ? null : a.Group.Name, a.SourceMeetingId, a.SourceMeeting == null ? null : a.SourceMeeting.Title));
    }
}

/// <summary>What the shared action table partial shows.</summary>
public sealed record ActionTable(IReadOnlyList<ActionRow> Rows, DateOnly Today, string Caption);
