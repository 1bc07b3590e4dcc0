using McnHub.Features.Members.Network;
using McnHub.Platform.Accounts;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace McnHub.Platform.Seeding;

public static class SeedingModule
{
    public static IServiceCollection AddSeeding(this IServiceCollection services)
    {
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section);
        services.AddScoped<DemoSeeder>();
        return services;
    }

    /// <summary>Makes sure the roles and the network row exist; seeds the demo network into an empty database.</summary>
    public static async Task SeedAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var db = sp.GetRequiredService<AppDbContext>();
        var empty = !await db.Set<NetworkSettings>().AnyAsync(ct);
        var options = sp.GetRequiredService<IOptions<SeedOptions>>().Value;
        var provider = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;
        var demo = options.Demo ?? provider == DatabaseProvider.Sqlite;
        if (empty && demo)
        {
            await sp.GetRequiredService<DemoSeeder>().SeedAsync(ct);
        }
        else if (empty)
        {
            db.Add(new NetworkSettings { Name = "Children's Palliative Care Network" });
            await db.SaveChangesAsync(ct);
        }
    }
}
