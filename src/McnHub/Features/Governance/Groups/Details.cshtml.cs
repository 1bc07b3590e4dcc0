using McnHub.Features.Governance.Meetings;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Groups;

public sealed class DetailsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public Group Group { get; private set; } = null!;

    public TermsOfReference? Terms { get; private set; }

    public int TermsVersions { get; private set; }

    /// <summary>Why the current quorum rule can no longer be met (membership changed since it was written).</summary>
    public IReadOnlyList<string> QuorumProblems { get; private set; } = [];

    public IReadOnlyList<MemberRow> Members { get; private set; } = [];

    public IReadOnlyList<Meeting> Upcoming { get; private set; } = [];

    public IReadOnlyList<Meeting> Past { get; private set; } = [];

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
        Members = (await MemberRows.LoadAsync(db, id, today, ct)).Where(m => m.Current).ToList();
        Children = (await GroupTree.LoadAsync(db, ct)).Where(g => g.ParentId == id).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var meetings = await db.Set<Meeting>().AsNoTracking().Where(m => m.GroupId == id).OrderBy(m => m.StartsAt).ToListAsync(ct);
        Upcoming = meetings.Where(m => m.EndsAt >= now).ToList();
        Past = meetings.Where(m => m.EndsAt < now).Reverse().ToList();
        return Page();
    }
}
