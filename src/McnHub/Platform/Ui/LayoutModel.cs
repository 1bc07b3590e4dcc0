using McnHub.Features.Members.Network;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace McnHub.Platform.Ui;

/// <summary>What every page's shell needs from the database (the network's name), cached briefly.</summary>
public sealed class LayoutModel(AppDbContext db, IMemoryCache cache)
{
    public const string CacheKey = "network-name";

    public async Task<string> NetworkNameAsync() =>
        await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            return await db.Set<NetworkSettings>().Select(n => n.Name).FirstOrDefaultAsync() ?? "McnHub";
        }) ?? "McnHub";
}
