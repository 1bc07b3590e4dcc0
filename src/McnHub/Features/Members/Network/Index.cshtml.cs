using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.Network;

/// <summary>"About the network": public, because members said they did not know the network's aims.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public NetworkSettings Network { get; private set; } = new();

    public IReadOnlyList<AreaNode> Areas { get; private set; } = [];

    public long Population => AreaTree.NetworkPopulation(Areas);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Network = await db.Set<NetworkSettings>().AsNoTracking().FirstOrDefaultAsync(ct) ?? new NetworkSettings();
        Areas = await AreaTree.LoadAsync(db, ct);
    }
}
