using System.ComponentModel;
using System.Security.Claims;
using McnHub.Features.Governance.Actions;
using McnHub.Features.Governance.Decisions;
using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Platform.Accounts;
using McnHub.Platform.Data;
using McnHub.Platform.Ui;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Minutes;

public sealed record ActionDto(int Id, string Description, int OwnerPersonId, string Owner, DateOnly RaisedOn, DateOnly DueOn, string Status, bool Overdue, DateOnly? CompletedOn, int? GroupId, string? Group, int? SourceMeetingId);

public sealed record DecisionDto(int Id, string Statement, int GroupId, string Group, DateOnly DecidedOn, DateOnly? ReviewDate, string Status, bool DueForReview, int? MeetingId);

/// <summary>
/// The decisions and actions logs as JSON (<c>/api/v1/decisions</c>, <c>/api/v1/actions</c>), for a sign-in cookie or
/// a read token; private groups' records only for their members and the co-ordinator, as on the pages.
/// </summary>
public static class GovernanceLogApi
{
    public static IEndpointRouteBuilder MapGovernanceLogApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Governance").RequireAuthorization(TokenScopes.Read);
        group.MapGet("/decisions", DecisionsAsync).WithName("ListDecisions").WithSummary("List decisions, newest first");
        group.MapGet("/actions", ActionsAsync).WithName("ListActions").WithSummary("List actions, soonest due first");
        return app;
    }

    public static async Task<Results<Ok<PagedResponse<ActionDto>>, ValidationProblem>> ActionsAsync(
        AppDbContext db,
        ClaimsPrincipal user,
        [Description("Open, InProgress, Done or Dropped")] string? status,
        [Description("The owner's person id")] int? owner,
        [Description("A group id")] int? group,
        [Description("true: only open or in-progress actions past their due date")] bool? overdue,
        [Description("Page number, from 1")] int? page,
        [Description("Items per page, 1 to 200 (default 25)")] int? pageSize,
        CancellationToken ct)
    {
        var errors = PagingErrors(page, pageSize);
        var statusValue = Parse<ActionStatus>(status, "status", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The filter is not valid");
        }

        var today = UkDates.Today();
        var query = new ActionsQuery { Status = statusValue, Owner = owner, Group = group, Overdue = overdue == true, HiddenGroups = await GovernanceAccess.HiddenGroupsAsync(db, user, ct) };
        var rows = query.Apply(db.Set<ActionItem>().AsNoTracking(), today);
        var (number, size, total) = (Paging.ClampPage(page), Paging.ClampSize(pageSize), await rows.CountAsync(ct));
        var items = await rows.Skip((number - 1) * size).Take(size).ToListAsync(ct);
        var dtos = items.Select(a => new ActionDto(a.Id, a.Description, a.OwnerPersonId, a.Owner, a.RaisedOn, a.DueOn, a.Status.ToString(), a.IsOverdue(today), a.CompletedOn, a.GroupId, a.Group, a.SourceMeetingId)).ToList();
        return TypedResults.Ok(PagedResponse.From(new Page<ActionDto>(dtos, number, size, total)));
    }

    public static async Task<Results<Ok<PagedResponse<DecisionDto>>, ValidationProblem>> DecisionsAsync(
        AppDbContext db,
        ClaimsPrincipal user,
        [Description("Words in the statement or rationale, any case")] string? q,
        [Description("A group id")] int? group,
        [Description("Active, Superseded or Rescinded")] string? status,
        [Description("true: only active decisions with a review date within 30 days or past")] bool? dueForReview,
        [Description("Page number, from 1")] int? page,
        [Description("Items per page, 1 to 200 (default 25)")] int? pageSize,
        CancellationToken ct)
    {
        var errors = PagingErrors(page, pageSize);
        var statusValue = Parse<DecisionStatus>(status, "status", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The filter is not valid");
        }

        var today = UkDates.Today();
        var query = new DecisionsQuery { Search = q, Group = group, Status = statusValue, DueForReview = dueForReview == true, HiddenGroups = await GovernanceAccess.HiddenGroupsAsync(db, user, ct) };
        var rows = query.Apply(db.Set<Decision>().AsNoTracking(), today);
        var (number, size, total) = (Paging.ClampPage(page), Paging.ClampSize(pageSize), await rows.CountAsync(ct));
        var items = await rows.Skip((number - 1) * size).Take(size).ToListAsync(ct);
        var dtos = items.Select(d => new DecisionDto(d.Id, d.Statement, d.GroupId, d.Group, d.DecidedOn, d.ReviewDate, d.Status.ToString(), d.IsDueForReview(today), d.MeetingId)).ToList();
        return TypedResults.Ok(PagedResponse.From(new Page<DecisionDto>(dtos, number, size, total)));
    }

    internal static Dictionary<string, string[]> PagingErrors(int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (page is < 1)
        {
            errors["page"] = ["page must be 1 or more."];
        }

        if (pageSize is < 1 or > Paging.MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {Paging.MaxPageSize}."];
        }

        return errors;
    }

    internal static T? Parse<T>(string? value, string key, Dictionary<string, string[]> errors)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        errors[key] = [$"Unknown {key} \"{value}\". Use one of: {string.Join(", ", Enum.GetNames<T>())}."];
        return null;
    }
}
