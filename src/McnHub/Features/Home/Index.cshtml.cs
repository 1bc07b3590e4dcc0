using McnHub.Features.Governance.WorkPlan;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Home;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public NetworkSettings Network { get; private set; } = new();

    public IReadOnlyList<(OrganisationType Type, int Nhs, int NonNhs)> MembersByType { get; private set; } = [];

    public int MemberCount { get; private set; }

    public int AreaCount { get; private set; }

    public long Population0To19 { get; private set; }

    /// <summary>The latest published achievements, to share early wins.</summary>
    public IReadOnlyList<Achievement> RecentAchievements { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Network = await db.Set<NetworkSettings>().AsNoTracking().FirstOrDefaultAsync(ct) ?? new NetworkSettings();
        var counts = await db.Set<Organisation>()
            .Where(o => o.Status == MembershipStatus.Member)
            .GroupBy(o => new { o.Type, o.Sector })
            .Select(g => new { g.Key.Type, g.Key.Sector, Count = g.Count() })
            .ToListAsync(ct);
        MembersByType = Enum.GetValues<OrganisationType>()
            .Select(t => (t,
                counts.Where(c => c.Type == t && c.Sector == Sector.Nhs).Sum(c => c.Count),
                counts.Where(c => c.Type == t && c.Sector == Sector.NonNhs).Sum(c => c.Count)))
            .Where(x => x.Item2 + x.Item3 > 0)
            .ToList();
        MemberCount = counts.Sum(c => c.Count);

        // Population is counted once, at the level that has no children (the local areas).
        var areas = await db.Set<Area>().AsNoTracking().Select(a => new { a.Id, a.ParentId, a.Population0To19 }).ToListAsync(ct);
        var leaves = areas.Where(a => areas.All(b => b.ParentId != a.Id)).ToList();
        AreaCount = leaves.Count;
        Population0To19 = leaves.Sum(a => (long)a.Population0To19);
        RecentAchievements = await AchievementsModel.RecentPublishedAsync(db, 3, ct);
    }
}
