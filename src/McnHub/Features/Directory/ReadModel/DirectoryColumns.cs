using McnHub.Features.Directory.Services;
using McnHub.Features.Members.Organisations;

namespace McnHub.Features.Directory.ReadModel;

/// <summary>
/// What the searches filter on, one array per field, indexed by <see cref="DirectoryEntry.Index"/>. A search with
/// many matches tests tens of thousands of services; reading each from its own object (and its type and area
/// arrays from others) was a cache miss or three per service, which on this shared machine cost ~20 ms a search
/// (measured). Contiguous arrays are read at memory speed. Types and areas are flattened: the ids of service i are
/// <c>Types[TypeStart[i]..TypeStart[i + 1]]</c>.
/// </summary>
public sealed class DirectoryColumns
{
    private DirectoryColumns(int count)
    {
        Status = new ServiceStatus[count];
        Is24x7 = new bool[count];
        MinimumAge = new int[count];
        MaximumAge = new int[count];
        Sector = new Sector[count];
        OrganisationId = new int[count];
        TypeStart = new int[count + 1];
        AreaStart = new int[count + 1];
    }

    public ServiceStatus[] Status { get; }

    public bool[] Is24x7 { get; }

    /// <summary>int.MinValue when not stated (from birth).</summary>
    public int[] MinimumAge { get; }

    /// <summary>int.MaxValue when not stated (no upper limit).</summary>
    public int[] MaximumAge { get; }

    public Sector[] Sector { get; }

    public int[] OrganisationId { get; }

    public int[] TypeStart { get; }

    public int[] Types { get; private init; } = [];

    public int[] AreaStart { get; }

    public int[] Areas { get; private init; } = [];

    /// <summary>Entry indexes in the APIs' name order (ordinal, then id).</summary>
    public int[] ByName { get; private init; } = [];

    /// <summary>Entry indexes in the directory page's name order (case-insensitive, then id).</summary>
    public int[] ByNameIgnoringCase { get; private init; } = [];

    public static DirectoryColumns From(IReadOnlyList<DirectoryEntry> entries)
    {
        var types = new List<int>();
        var areas = new List<int>();
        var columns = new DirectoryColumns(entries.Count)
        {
            ByName = [.. entries.OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id).Select(e => e.Index)],
            ByNameIgnoringCase = [.. entries.OrderBy(e => e.NameLower, StringComparer.Ordinal).ThenBy(e => e.Id).Select(e => e.Index)],
        };
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            columns.Status[i] = e.Status;
            columns.Is24x7[i] = e.Is24x7;
            columns.MinimumAge[i] = e.MinimumAge ?? int.MinValue;
            columns.MaximumAge[i] = e.MaximumAge ?? int.MaxValue;
            columns.Sector[i] = e.Organisation.Sector;
            columns.OrganisationId[i] = e.Organisation.Id;
            columns.TypeStart[i] = types.Count;
            types.AddRange(e.TypeIds);
            columns.AreaStart[i] = areas.Count;
            areas.AddRange(e.AreaIds);
        }

        columns.TypeStart[entries.Count] = types.Count;
        columns.AreaStart[entries.Count] = areas.Count;
        return new DirectoryColumns(columns, [.. types], [.. areas]);
    }

    private DirectoryColumns(DirectoryColumns c, int[] types, int[] areas)
    {
        (Status, Is24x7, MinimumAge, MaximumAge, Sector, OrganisationId, TypeStart, AreaStart, ByName, ByNameIgnoringCase) =
            (c.Status, c.Is24x7, c.MinimumAge, c.MaximumAge, c.Sector, c.OrganisationId, c.TypeStart, c.AreaStart, c.ByName, c.ByNameIgnoringCase);
        Types = types;
        Areas = areas;
    }
}
