using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.Network;

public sealed class AreasModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<AreaNode> Areas { get; private set; } = [];

    /// <summary>How many organisations serve each area.</summary>
    public IReadOnlyDictionary<int, int> Served { get; private set; } = new Dictionary<int, int>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Areas = await AreaTree.LoadAsync(db, ct);
        Served = await db.Set<OrganisationArea>().GroupBy(x => x.AreaId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
    }
}
