using McnHub.Platform.Accounts;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.WorkPlan;

/// <summary>The achievements log: members see what is published; the co-ordinator sees drafts too and edits.</summary>
public sealed class AchievementsModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<Achievement> Achievements { get; private set; } = [];

    public bool CanEdit => User.IsInRole(Roles.Coordinator);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = db.Set<Achievement>().AsNoTracking().Include(a => a.Objective).AsQueryable();
        if (!CanEdit)
        {
            all = all.Where(a => a.Published);
        }

        Achievements = await all.OrderByDescending(a => a.AchievedOn).ThenByDescending(a => a.Id).ToListAsync(ct);
    }

    /// <summary>The latest published achievements, for the home page.</summary>
    public static Task<List<Achievement>> RecentPublishedAsync(AppDbContext db, int count, CancellationToken ct) =>
        db.Set<Achievement>().AsNoTracking().Where(a => a.Published)
            .OrderByDescending(a => a.AchievedOn).ThenByDescending(a => a.Id).Take(count).ToListAsync(ct);
}
