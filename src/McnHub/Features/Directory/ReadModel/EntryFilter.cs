using System.Runtime.CompilerServices;
using McnHub.Features.Directory.Services;
using McnHub.Features.Members.Organisations;

namespace McnHub.Features.Directory.ReadModel;

/// <summary>
/// What the directory, Open Referral and FHIR searches filter services by, tested with plain loops over the
/// snapshot's <see cref="DirectoryColumns"/>: a large search tests tens of thousands of services, where LINQ, a
/// closure or an object per service cost more than the rest of the request (profiled). Unset criteria do not filter.
/// </summary>
public sealed class EntryFilter
{
    private readonly bool[] statuses = [true, true, true];

    /// <summary>Only these statuses (ANDed with earlier calls).</summary>
    public EntryFilter Statuses(params ServiceStatus[] allowed)
    {
        for (var i = 0; i < statuses.Length; i++)
        {
            statuses[i] &= Array.IndexOf(allowed, (ServiceStatus)i) >= 0;
        }

        return this;
    }

    public TextHits? Text { get; set; }

    /// <summary>Any of these types (each set added is ANDed).</summary>
    public List<int[]> TypeSets { get; } = [];

    /// <summary>Covering any of these areas (each set added is ANDed).</summary>
    public List<HashSet<int>> AreaSets { get; } = [];

    public List<HashSet<int>> OrganisationSets { get; } = [];

    /// <summary>Services whose age range reaches up to at least this age.</summary>
    public int? AgeFrom { get; set; }

    /// <summary>Services whose age range starts at or below this age.</summary>
    public int? AgeTo { get; set; }

    public bool Only24x7 { get; set; }

    public Sector? Sector { get; set; }

    /// <summary>Tests of the name (FHIR's name parameter); rare, so a delegate each.</summary>
    public List<Func<string, bool>> NameTests { get; } = [];

    /// <summary>Counts every service kept, in the given order, and collects those on the page, in one pass.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (int Total, List<DirectoryEntry> Items) Page(DirectorySnapshot snapshot, int[] order, long skip, int take)
    {
        var c = snapshot.Columns;
        var matched = Text?.Matched;
        var from = AgeFrom ?? int.MinValue;
        var to = AgeTo ?? int.MaxValue;
        var sector = Sector;
        var others = TypeSets.Count + AreaSets.Count + OrganisationSets.Count + NameTests.Count > 0;
        var total = 0;
        var items = new List<DirectoryEntry>(Math.Clamp(take, 0, 100));
        foreach (var i in order)
        {
            if (!statuses[(int)c.Status[i]]
                || (matched is not null && !matched[i])
                || (Only24x7 && !c.Is24x7[i])
                || c.MaximumAge[i] < from
                || c.MinimumAge[i] > to
                || (sector is not null && c.Sector[i] != sector)
                || (others && !KeepOthers(snapshot, i)))
            {
                continue;
            }

            if (total >= skip && items.Count < take)
            {
                items.Add(snapshot.Entries[i]);
            }

            total++;
        }

        return (total, items);
    }

    private bool KeepOthers(DirectorySnapshot snapshot, int i)
    {
        var c = snapshot.Columns;
        foreach (var wanted in TypeSets)
        {
            if (!Any(c.Types, c.TypeStart[i], c.TypeStart[i + 1], wanted))
            {
                return false;
            }
        }

        foreach (var wanted in AreaSets)
        {
            if (!Any(c.Areas, c.AreaStart[i], c.AreaStart[i + 1], wanted))
            {
                return false;
            }
        }

        foreach (var organisations in OrganisationSets)
        {
            if (!organisations.Contains(c.OrganisationId[i]))
            {
                return false;
            }
        }

        foreach (var test in NameTests)
        {
            if (!test(snapshot.Entries[i].Name))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Any(int[] values, int start, int end, int[] wanted)
    {
        for (var k = start; k < end; k++)
        {
            if (Array.IndexOf(wanted, values[k]) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Any(int[] values, int start, int end, HashSet<int> wanted)
    {
        for (var k = start; k < end; k++)
        {
            if (wanted.Contains(values[k]))
            {
                return true;
            }
        }

        return false;
    }
}
