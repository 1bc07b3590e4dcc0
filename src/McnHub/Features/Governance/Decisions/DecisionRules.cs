using Microsoft.AspNetCore.Mvc.Rendering;

namespace McnHub.Features.Governance.Decisions;

/// <summary>How decisions are described and filtered.</summary>
public static class DecisionRules
{
    /// <summary>A decision is due for review this many days before its review date (and after it).</summary>
    public const int ReviewDueWithinDays = 30;
    public const int ReminderEveryDays = 7;
    public const int StatementMaxLength = 2000;
    public const int RationaleMaxLength = 4000;
    public const int LinksMaxLength = 4000;

    public static string Describe(DecisionStatus status) => status.ToString();

    public static string TagClass(DecisionStatus status) => status switch
    {
        DecisionStatus.Active => "nhsuk-tag--green",
        DecisionStatus.Superseded => "nhsuk-tag--grey",
        _ => "nhsuk-tag--red",
    };

    public static IEnumerable<SelectListItem> StatusItems =>
        Enum.GetValues<DecisionStatus>().Select(s => new SelectListItem(Describe(s), s.ToString()));

    public static bool IsDueForReview(DecisionStatus status, DateOnly? review, DateOnly today) =>
        status == DecisionStatus.Active && review is { } r && r <= today.AddDays(ReviewDueWithinDays);

    /// <summary>The document links, one a line, keeping only absolute http(s) addresses.</summary>
    public static IReadOnlyList<Uri> Links(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => Uri.TryCreate(l, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? u : null)
            .OfType<Uri>().ToList();
}

/// <summary>A row of the decisions log.</summary>
public sealed record DecisionRow(int Id, string Statement, DateOnly DecidedOn, DateOnly? ReviewDate, DecisionStatus Status, int GroupId, string Group, int? MeetingId)
{
    public bool IsDueForReview(DateOnly today) => DecisionRules.IsDueForReview(Status, ReviewDate, today);
}

/// <summary>The decisions log's search and filters, shared by the page, its export and the API.</summary>
public sealed class DecisionsQuery
{
    public string? Search { get; init; }

    public int? Group { get; init; }

    public DecisionStatus? Status { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public bool DueForReview { get; init; }

    public IReadOnlyCollection<int> HiddenGroups { get; init; } = [];

    public IQueryable<DecisionRow> Apply(IQueryable<Decision> decisions, DateOnly today)
    {
        var hidden = HiddenGroups.ToList();
        if (hidden.Count > 0)
        {
            decisions = decisions.Where(d => !hidden.Contains(d.GroupId));
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim().ToLowerInvariant();
            decisions = decisions.Where(d => d.Statement.ToLower().Contains(term) || (d.Rationale != null && d.Rationale.ToLower().Contains(term)));
        }

        if (Group is { } group)
        {
            decisions = decisions.Where(d => d.GroupId == group);
        }

        if (Status is { } status)
        {
            decisions = decisions.Where(d => d.Status == status);
        }

        if (From is { } from)
        {
            decisions = decisions.Where(d => d.DecidedOn >= from);
        }

        if (To is { } to)
        {
            decisions = decisions.Where(d => d.DecidedOn <= to);
        }

        if (DueForReview)
        {
            var until = today.AddDays(DecisionRules.ReviewDueWithinDays);
            decisions = decisions.Where(d => d.Status == DecisionStatus.Active && d.ReviewDate != null && d.ReviewDate <= until);
        }

        return decisions.OrderByDescending(d => d.DecidedOn).ThenByDescending(d => d.Id)
            .Select(d => new DecisionRow(d.Id, d.Statement, d.DecidedOn, d.ReviewDate, d.Status, d.GroupId, d.Group!.Name, d.MeetingId));
    }
}
