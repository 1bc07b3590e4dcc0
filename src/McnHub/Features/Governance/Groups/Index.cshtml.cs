using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Groups;

public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<GroupNode> Groups { get; private set; } = [];

    public Dictionary<int, int> MemberCounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Groups = await GroupTree.LoadAsync(db, ct);
        var today = GroupClock.Today(clock);
        MemberCounts = await db.Set<GroupMember>()
            .Where(m => m.From <= today && (m.To == null || m.To >= today))
            .GroupBy(m => m.GroupId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
    }
}
