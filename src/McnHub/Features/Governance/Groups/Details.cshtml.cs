using McnHub.Features.Governance.Meetings;
using McnHub.Platform.Accounts;
using Microsoft.AspNetCore.Identity;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Groups;

public sealed class DetailsModel(AppDbContext db, TimeProvider clock, UserManager<ApplicationUser> users) : PageModel
{
    /// <summary>Whether the signed-in account has a calendar key (its address is shown only once, when made).</summary>
    public bool HasCalendarKey { get; private set; }

    /// <summary>The subscription address just made, from the post that made it.</summary>
    public string? NewCalendarUrl => TempData["CalendarFeedUrl"] as string;

    public Group Group { get; private set; } = null!;

    public TermsOfReference? Terms { get; private set; }

    public int TermsVersions { get; private set; }

    /// <summary>Why the current quorum rule can no longer be met (membership changed since it was written).</summary>
    public IReadOnlyList<string> QuorumProblems { get; private set; } = [];

    public IReadOnlyList<MemberRow> Members { get; private set; } = [];

    public MeetingList Upcoming { get; private set; } = MeetingList.Empty;

    public MeetingList Past { get; private set; } = MeetingList.Empty;

    public IReadOnlyList<GroupNode> Children { get; private set; } = [];

    public bool CanSchedule { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var group = await db.Set<Group>().AsNoTracking().Include(g => g.Parent).FirstOrDefaultAsync(g => g.Id == id, ct);
        if (group is null)
        {
            return NotFound();
        }

        Group = group;
        var today = GroupClock.Today(clock);
        Terms = await db.Set<TermsOfReference>().AsNoTracking().Where(t => t.GroupId == id).OrderByDescending(t => t.Number).FirstOrDefaultAsync(ct);
        TermsVersions = await db.Set<TermsOfReference>().CountAsync(t => t.GroupId == id, ct);
        if (Terms is not null)
        {
            QuorumProblems = QuorumRuleCheck.Problems(QuorumRule.From(Terms), await GroupMembership.SeatsOnAsync(db, id, today, ct));
        }

        CanSchedule = await MeetingAccess.CanEditAsync(db, User, id, today, ct);
        HasCalendarKey = await users.GetUserAsync(User) is { } user && await CalendarFeedKeys.HasKeyAsync(users, user);
        Members = (await MemberRows.LoadAsync(db, id, today, ct)).Where(m => m.Current).ToList();
        Children = (await GroupTree.LoadAsync(db, ct)).Where(g => g.ParentId == id).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var meetings = await db.Set<Meeting>().AsNoTracking().Where(m => m.GroupId == id).OrderBy(m => m.StartsAt).ToListAsync(ct);
        var progress = await MeetingProgress.ForAsync(db, meetings, now, ct);
        Upcoming = new(meetings.Where(m => m.EndsAt >= now).ToList(), progress);
        Past = new(meetings.Where(m => m.EndsAt < now).Reverse().ToList(), progress);
        return Page();
    }

    /// <summary>Makes (or replaces) the account's calendar key; the old address stops working.</summary>
    public async Task<IActionResult> OnPostCalendarKeyAsync(int id, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user || !await db.Set<Group>().AnyAsync(g => g.Id == id, ct))
        {
            return NotFound();
        }

        var key = await CalendarFeedKeys.ReplaceAsync(users, user);
        TempData["CalendarFeedUrl"] = CalendarFeedKeys.Url($"{Request.Scheme}://{Request.Host}", id, key);
        TempData["Success"] = "Your calendar address has been made. Any address you made before no longer works.";
        return Redirect($"/governance/groups/{id}#calendar");
    }

    /// <summary>Turns the account's calendar key off: every address made with it stops working.</summary>
    public async Task<IActionResult> OnPostCalendarKeyOffAsync(int id, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user || !await db.Set<Group>().AnyAsync(g => g.Id == id, ct))
        {
            return NotFound();
        }

        await CalendarFeedKeys.RemoveAsync(users, user);
        TempData["Success"] = "Your calendar address has been turned off.";
        return Redirect($"/governance/groups/{id}#calendar");
    }
}

/// <summary>Meetings for the group page's lists, with the stage of each.</summary>
public sealed record MeetingList(IReadOnlyList<Meeting> Meetings, IReadOnlyDictionary<int, MeetingProgress> Progress)
{
    public static readonly MeetingList Empty = new([], new Dictionary<int, MeetingProgress>());
}
