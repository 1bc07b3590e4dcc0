using McnHub.Features.Directory.Services;
using McnHub.Features.Directory.Taxonomy;
using McnHub.Features.Members.Network;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Directory.ProvisionMap;

/// <summary>Reads what <see cref="ProvisionMapCalculator"/> needs: areas, service types and the active services' coverage.</summary>
public sealed class ProvisionMapQuery(AppDbContext db)
{
    public async Task<ProvisionMapInput> LoadAsync(CancellationToken ct = default)
    {
        var areas = await db.Set<Area>().AsNoTracking()
            .Select(a => new MapArea(a.Id, a.Name, a.ParentId, a.Population0To19, a.PrevalencePer10000))
            .ToListAsync(ct);
        var types = await db.Set<TaxonomyTerm>().AsNoTracking()
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Label)
            .Select(t => new MapType(t.Id, t.Label, t.RequiredInEveryArea, t.Required24x7))
            .ToListAsync(ct);

        // Three flat reads rather than one nested projection: cheap at national scale (tens of thousands of services).
        var active = db.Set<Service>().Where(s => s.Status == ServiceStatus.Active);
        var services = await active.Select(s => new { s.Id, s.Is24x7 }).ToListAsync(ct);
        var typesOf = (await db.Set<ServiceType>().Where(t => active.Any(s => s.Id == t.ServiceId))
                .Select(t => new { t.ServiceId, t.TaxonomyTermId }).ToListAsync(ct))
            .ToLookup(t => t.ServiceId, t => t.TaxonomyTermId);
        var areasOf = (await db.Set<ServiceArea>().Where(a => active.Any(s => s.Id == a.ServiceId))
                .Select(a => new { a.ServiceId, a.AreaId }).ToListAsync(ct))
            .ToLookup(a => a.ServiceId, a => a.AreaId);

        return new ProvisionMapInput(
            areas,
            types,
            services.Select(s => new MapService(s.Is24x7, typesOf[s.Id].ToList(), areasOf[s.Id].ToList())).ToList());
    }
}
