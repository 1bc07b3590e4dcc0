using McnHub.Features.Members.Network;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.Organisations;

public enum OrganisationSort
{
    Name,
    Type,
    Status,
    Joined,
}

/// <summary>
/// The search, filters and order of an organisation list, shared by the list page, its exports and the API,
/// so all three always agree on what "the filtered list" is.
/// </summary>
public sealed record OrganisationQuery
{
    /// <summary>Part of the name, ODS code or town, any case.</summary>
    public string? Search { get; init; }

    public OrganisationType? Type { get; init; }

    public Sector? Sector { get; init; }

    /// <summary>Organisations serving this area or any area within it.</summary>
    public int? AreaId { get; init; }

    /// <summary>Any of these statuses; null means every status.</summary>
    public IReadOnlyCollection<MembershipStatus>? Statuses { get; init; }

    public OrganisationSort Sort { get; init; } = OrganisationSort.Name;

    public bool Descending { get; init; }

    public async Task<IQueryable<Organisation>> ApplyAsync(AppDbContext db, CancellationToken ct)
    {
        var query = db.Set<Organisation>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            // lower() on both sides works the same on SQLite and PostgreSQL (LIKE is case-sensitive on PostgreSQL).
            var term = Search.Trim().ToLowerInvariant();
            query = query.Where(o => o.Name.ToLower().Contains(term)
                || (o.OdsCode != null && o.OdsCode.ToLower().Contains(term))
                || (o.Town != null && o.Town.ToLower().Contains(term)));
        }

        if (Type is { } type)
        {
            query = query.Where(o => o.Type == type);
        }

        if (Sector is { } sector)
        {
            query = query.Where(o => o.Sector == sector);
        }

        if (Statuses is { } statuses)
        {
            var list = statuses.ToList();
            query = query.Where(o => list.Contains(o.Status));
        }

        if (AreaId is { } areaId)
        {
            var areaIds = await AreaAndDescendantsAsync(db, areaId, ct);
            query = query.Where(o => o.AreasServed.Any(a => areaIds.Contains(a.AreaId)));
        }

        return Order(query);
    }

    private IQueryable<Organisation> Order(IQueryable<Organisation> query) => (Sort, Descending) switch
    {
        (OrganisationSort.Type, false) => query.OrderBy(o => o.Type).ThenBy(o => o.Name),
        (OrganisationSort.Type, true) => query.OrderByDescending(o => o.Type).ThenBy(o => o.Name),
        (OrganisationSort.Status, false) => query.OrderBy(o => o.Status).ThenBy(o => o.Name),
        (OrganisationSort.Status, true) => query.OrderByDescending(o => o.Status).ThenBy(o => o.Name),
        // Organisations that never joined come last either way (SQLite and PostgreSQL differ on where NULLs sort).
        (OrganisationSort.Joined, false) => query.OrderBy(o => o.JoinedOn == null).ThenBy(o => o.JoinedOn).ThenBy(o => o.Name),
        (OrganisationSort.Joined, true) => query.OrderBy(o => o.JoinedOn == null).ThenByDescending(o => o.JoinedOn).ThenBy(o => o.Name),
        (_, false) => query.OrderBy(o => o.Name).ThenBy(o => o.Id),
        (_, true) => query.OrderByDescending(o => o.Name).ThenBy(o => o.Id),
    };

    /// <summary>The area and every area below it (the hierarchy is small: a region, its ICBs, their local areas).</summary>
    public static async Task<List<int>> AreaAndDescendantsAsync(AppDbContext db, int areaId, CancellationToken ct)
    {
        var areas = await db.Set<Area>().AsNoTracking().Select(a => new { a.Id, a.ParentId }).ToListAsync(ct);
        var result = new List<int> { areaId };
        for (var i = 0; i < result.Count; i++)
        {
            result.AddRange(areas.Where(a => a.ParentId == result[i] && !result.Contains(a.Id)).Select(a => a.Id));
        }

        return result;
    }
}
