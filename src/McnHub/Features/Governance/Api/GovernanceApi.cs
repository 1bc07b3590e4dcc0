using System.ComponentModel;
using System.Globalization;
using System.Security.Claims;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Governance.Minutes;
using McnHub.Features.Governance.Risks;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Accounts;
using McnHub.Platform.Data;
using McnHub.Platform.Ui;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Api;

/// <summary>
/// Groups, meetings and risks as JSON (<c>/api/v1/groups</c>, <c>/api/v1/meetings</c>, <c>/api/v1/risks</c>), paged and
/// filtered like the decisions and actions logs, for a sign-in cookie or a read token. Every group is listed (as on
/// the groups page); a private group's meetings and risks only for its members and the co-ordinator.
/// </summary>
public static class GovernanceApi
{
    public static IEndpointRouteBuilder MapGovernanceApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Governance").RequireAuthorization(TokenScopes.Read);
        group.MapGet("/groups", GroupsAsync).WithName("ListGroups").WithSummary("List governance groups with their current terms of reference and quorum rule");
        group.MapGet("/meetings", MeetingsAsync).WithName("ListMeetings").WithSummary("List meetings, soonest first, with attendance and the computed quorum");
        group.MapGet("/risks", RisksAsync).WithName("ListRisks").WithSummary("List risks, highest score (after mitigation) first");
        return app;
    }

    public static async Task<Results<Ok<PagedResponse<GroupDto>>, ValidationProblem>> GroupsAsync(
        AppDbContext db,
        [Description("Page number, from 1")] int? page,
        [Description("Items per page, 1 to 200 (default 25)")] int? pageSize,
        CancellationToken ct)
    {
        var errors = GovernanceLogApi.PagingErrors(page, pageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The filter is not valid");
        }

        var rows = db.Set<Group>().AsNoTracking().OrderBy(g => g.Name).ThenBy(g => g.Id);
        var (number, size, total) = (Paging.ClampPage(page), Paging.ClampSize(pageSize), await rows.CountAsync(ct));
        var groups = await rows.Skip((number - 1) * size).Take(size).ToListAsync(ct);
        var ids = groups.Select(g => g.Id).ToList();
        var terms = (await db.Set<TermsOfReference>().AsNoTracking().Where(t => ids.Contains(t.GroupId)).ToListAsync(ct))
            .GroupBy(t => t.GroupId).ToDictionary(g => g.Key, g => g.MaxBy(t => t.Number)!);
        var dtos = groups.Select(g => new GroupDto(g.Id, g.Name, g.Kind.ToString(), g.Visibility.ToString(), g.Active, g.ParentId,
            terms.TryGetValue(g.Id, out var t) ? ToDto(t) : null)).ToList();
        return TypedResults.Ok(PagedResponse.From(new Page<GroupDto>(dtos, number, size, total)));
    }

    public static async Task<Results<Ok<PagedResponse<MeetingDto>>, ValidationProblem>> MeetingsAsync(
        AppDbContext db,
        ClaimsPrincipal user,
        TimeProvider clock,
        [Description("A group id")] int? group,
        [Description("Only meetings starting on or after this UK date (yyyy-MM-dd)")] string? from,
        [Description("Only meetings starting on or before this UK date (yyyy-MM-dd)")] string? to,
        [Description("Page number, from 1")] int? page,
        [Description("Items per page, 1 to 200 (default 25)")] int? pageSize,
        CancellationToken ct)
    {
        var errors = GovernanceLogApi.PagingErrors(page, pageSize);
        var fromDate = ParseDate(from, "from", errors);
        var toDate = ParseDate(to, "to", errors);
        if (fromDate is { } f && toDate is { } t && t < f)
        {
            errors["to"] = ["to must be on or after from."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The filter is not valid");
        }

        var hidden = await GovernanceAccess.HiddenGroupsAsync(db, user, ct);
        var rows = db.Set<Meeting>().AsNoTracking().Where(m => !hidden.Contains(m.GroupId));
        if (group is { } g)
        {
            rows = rows.Where(m => m.GroupId == g);
        }

        if (fromDate is { } start)
        {
            var utc = MeetingTime.ToUtc(start, 0);
            rows = rows.Where(m => m.StartsAt >= utc);
        }

        if (toDate is { } end)
        {
            var utc = MeetingTime.ToUtc(end.AddDays(1), 0);
            rows = rows.Where(m => m.StartsAt < utc);
        }

        var (number, size, total) = (Paging.ClampPage(page), Paging.ClampSize(pageSize), await rows.CountAsync(ct));
        var meetings = await rows.OrderBy(m => m.StartsAt).ThenBy(m => m.Id).Skip((number - 1) * size).Take(size)
            .Include(m => m.Group).Include(m => m.Attendance).ThenInclude(a => a.Person).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var progress = await MeetingProgress.ForAsync(db, meetings, now, ct);
        var dtos = new List<MeetingDto>();
        foreach (var m in meetings)
        {
            var basis = MeetingQuorum.BasisAt(m, now);
            var quorum = await MeetingQuorum.CalculateAsync(db, m, basis, ct);
            dtos.Add(new MeetingDto(m.Id, m.GroupId, m.Group!.Name, m.Title, m.StartsAt, m.EndsAt, m.Place, m.VideoLink, progress[m.Id].Stage.ToString(), progress[m.Id].Label, progress[m.Id].MinutesOverdue,
                m.Attendance.OrderBy(a => a.IsGuest).ThenBy(a => a.Person?.FullName)
                    .Select(a => new AttendanceDto(a.PersonId, a.Person?.FullName ?? "", a.Status.ToString(), a.IsGuest, a.DeputisingForPersonId)).ToList(),
                quorum is null ? null : new QuorumDto(quorum.Quorate, basis.ToString(), quorum.MembersCounted, quorum.MembershipSize, quorum.Summary, quorum.Reasons)));
        }

        return TypedResults.Ok(PagedResponse.From(new Page<MeetingDto>(dtos, number, size, total)));
    }

    public static async Task<Results<Ok<PagedResponse<RiskDto>>, ValidationProblem>> RisksAsync(
        AppDbContext db,
        ClaimsPrincipal user,
        [Description("Open or Closed")] string? status,
        [Description("The owner's person id")] int? owner,
        [Description("Only risks scoring at least this (likelihood × impact after mitigation, 1 to 25)")] int? minScore,
        [Description("Page number, from 1")] int? page,
        [Description("Items per page, 1 to 200 (default 25)")] int? pageSize,
        CancellationToken ct)
    {
        var errors = GovernanceLogApi.PagingErrors(page, pageSize);
        var statusValue = GovernanceLogApi.Parse<RiskStatus>(status, "status", errors);
        if (minScore is < 1 or > 25)
        {
            errors["minScore"] = ["minScore must be between 1 and 25."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The filter is not valid");
        }

        var hidden = await GovernanceAccess.HiddenGroupsAsync(db, user, ct);
        var rows = db.Set<Risk>().AsNoTracking().Where(r => r.GroupId == null || !hidden.Contains(r.GroupId.Value));
        if (statusValue is { } s)
        {
            rows = rows.Where(r => r.Status == s);
        }

        if (owner is { } o)
        {
            rows = rows.Where(r => r.OwnerPersonId == o);
        }

        if (minScore is { } min)
        {
            rows = rows.Where(r => r.LikelihoodAfter * r.ImpactAfter >= min);
        }

        var (number, size, total) = (Paging.ClampPage(page), Paging.ClampSize(pageSize), await rows.CountAsync(ct));
        var risks = await rows.OrderByDescending(r => r.LikelihoodAfter * r.ImpactAfter).ThenBy(r => r.ReviewDate).ThenBy(r => r.Id)
            .Skip((number - 1) * size).Take(size).Include(r => r.Owner).Include(r => r.Group).ToListAsync(ct);
        var dtos = risks.Select(r => new RiskDto(r.Id, r.Title, r.Cause, r.Effect, r.OwnerPersonId, r.Owner?.FullName, r.GroupId, r.Group?.Name, r.Controls,
            r.LikelihoodBefore, r.ImpactBefore, r.ScoreBefore, r.LikelihoodAfter, r.ImpactAfter, r.ScoreAfter, RiskRules.Band(r.ScoreAfter).ToString(),
            r.Trend.ToString(), r.Status.ToString(), r.ReviewDate)).ToList();
        return TypedResults.Ok(PagedResponse.From(new Page<RiskDto>(dtos, number, size, total)));
    }

    private static TermsSummaryDto ToDto(TermsOfReference t)
    {
        var rule = QuorumRule.From(t);
        return new TermsSummaryDto(t.Number, t.Purpose, t.MeetingFrequency, t.ReportingLine, t.ReviewDate, t.ApprovedOn,
            new QuorumRuleDto(rule.MinimumMembers, rule.RequiresChairOrViceChair, rule.MinimumNhs, rule.MinimumNonNhs, rule.Describe()));
    }

    private static DateOnly? ParseDate(string? value, string key, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[key] = [$"{key} must be a date like 2026-12-03."];
        return null;
    }
}
