using System.Runtime.CompilerServices;
using McnHub.Features.Directory.Services;
using McnHub.Features.Members.Organisations;

namespace McnHub.Features.Directory.ReadModel;

/// <summary>
/// What the directory, Open Referral and FHIR searches filter services by, tested against each entry of the read
/// model with plain loops: a large search tests tens of thousands of entries, where LINQ and a closure per entry
/// cost more than the whole rest of the request (a profile showed it). Unset criteria do not filter.
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

    /// <summary>Any of these types (each call ANDs another set).</summary>
    public List<int[]> TypeSets { get; } = [];

    /// <summary>Covering any of these areas (each call ANDs another set).</summary>
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Keep(DirectoryEntry e)
    {
        if (!statuses[(int)e.Status]
            || (Text is not null && !Text.Contains(e))
            || (Only24x7 && !e.Is24x7)
            || (AgeFrom is { } from && e.MaximumAge is { } max && max < from)
            || (AgeTo is { } to && e.MinimumAge is { } min && min > to)
            || (Sector is { } sector && e.Organisation.Sector != sector))
        {
            return false;
        }

        foreach (var types in TypeSets)
        {
            if (!Overlaps(e.TypeIds, types))
            {
                return false;
            }
        }

        foreach (var areas in AreaSets)
        {
            if (!Overlaps(e.AreaIds, areas))
            {
                return false;
            }
        }

        foreach (var organisations in OrganisationSets)
        {
            if (!organisations.Contains(e.Organisation.Id))
            {
                return false;
            }
        }

        foreach (var test in NameTests)
        {
            if (!test(e.Name))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Counts every entry kept, in order, and collects those on the page, in one pass.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (int Total, List<DirectoryEntry> Items) Page(IReadOnlyList<DirectoryEntry> ordered, long skip, int take)
    {
        var total = 0;
        var items = new List<DirectoryEntry>(Math.Clamp(take, 0, 100));
        for (var i = 0; i < ordered.Count; i++)
        {
            var entry = ordered[i];
            if (!Keep(entry))
            {
                continue;
            }

            if (total >= skip && items.Count < take)
            {
                items.Add(entry);
            }

            total++;
        }

        return (total, items);
    }

    private static bool Overlaps(int[] values, int[] wanted)
    {
        foreach (var value in values)
        {
            if (Array.IndexOf(wanted, value) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(int[] values, HashSet<int> wanted)
    {
        foreach (var value in values)
        {
            if (wanted.Contains(value))
            {
                return true;
            }
        }

        return false;
    }
}
