using System.Security.Claims;
using McnHub.Features.Governance.Groups;
using McnHub.Platform.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using McnHub.Platform.Authorization;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Meetings;

/// <summary>
/// <c>/governance/meetings/{id}.ics</c> (one meeting) and <c>/governance/groups/{id}/meetings.ics</c> (a group's
/// scheduled meetings). Signed-in members only (or, for a group's feed, the secret key of a member's account, see
/// <see cref="CalendarFeedKeys"/>); a private group's meetings only for its members and the co-ordinator.
/// </summary>
public static class MeetingCalendarEndpoints
{
    public static IEndpointRouteBuilder MapMeetingCalendars(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/governance").RequireAuthorization(Permissions.ViewMemberArea).ExcludeFromDescription();
        group.MapGet("/meetings/{id:int}.ics", MeetingAsync);
        group.MapGet("/groups/{id:int}/meetings.ics", GroupAsync);

        // Calendar apps send no cookie: the secret key in the path stands for the account it belongs to.
        app.MapGroup("/governance").AllowAnonymous().ExcludeFromDescription()
            .MapGet("/groups/{id:int}/meetings/{key}.ics", GroupByKeyAsync);
        return app;
    }

    private static async Task<IResult> GroupByKeyAsync(
        int id, string key, AppDbContext db, HttpRequest request, TimeProvider clock,
        UserManager<ApplicationUser> users, IUserClaimsPrincipalFactory<ApplicationUser> claims, IAuthorizationService authorization, CancellationToken ct)
    {
        // An unknown key answers like a missing group, so keys cannot be told apart by guessing.
        var userId = await CalendarFeedKeys.FindUserIdAsync(db, key, ct);
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return Results.NotFound();
        }

        var principal = await claims.CreateAsync(user);
        if (!(await authorization.AuthorizeAsync(principal, Permissions.ViewMemberArea)).Succeeded)
        {
            return Results.NotFound();
        }

        return await GroupAsync(id, db, principal, request, clock, ct);
    }

    private static async Task<IResult> MeetingAsync(int id, AppDbContext db, ClaimsPrincipal user, HttpRequest request, TimeProvider clock, CancellationToken ct)
    {
        var meeting = await db.Set<Meeting>().AsNoTracking().Include(m => m.Group).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting?.Group is not { } g)
        {
            return Results.NotFound();
        }

        if (!await MeetingAccess.CanSeePapersAsync(db, user, g, GroupClock.Today(clock), ct))
        {
            await MeetingRefusal.RefuseAsync(db, nameof(Meeting), id, $"Calendar of a meeting of the private group {g.Name} refused: not a member or the co-ordinator", ct);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var text = MeetingCalendar.Serialize([meeting], g.Name, BaseUrl(request), request.Host.Host);
        return Results.Text(text, MeetingCalendar.ContentType);
    }

    private static async Task<IResult> GroupAsync(int id, AppDbContext db, ClaimsPrincipal user, HttpRequest request, TimeProvider clock, CancellationToken ct)
    {
        var g = await db.Set<Group>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (g is null)
        {
            return Results.NotFound();
        }

        if (!await MeetingAccess.CanSeePapersAsync(db, user, g, GroupClock.Today(clock), ct))
        {
            await MeetingRefusal.RefuseAsync(db, nameof(Group), id, $"Meetings calendar of the private group {g.Name} refused: not a member or the co-ordinator", ct);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        // Every meeting not cancelled: one marked held stays in subscribers' calendars rather than vanishing from them.
        var meetings = await db.Set<Meeting>().AsNoTracking().Where(m => m.GroupId == id && m.Status != MeetingStatus.Cancelled).OrderBy(m => m.StartsAt).ToListAsync(ct);
        var text = MeetingCalendar.Serialize(meetings, g.Name, BaseUrl(request), request.Host.Host);
        return Results.Text(text, MeetingCalendar.ContentType);
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}";
}
