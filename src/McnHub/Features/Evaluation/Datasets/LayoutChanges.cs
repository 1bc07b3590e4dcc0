using System.Text.Json;

namespace McnHub.Features.Evaluation.Datasets;

/// <summary>One section as the sections page showed it: its elements as [dataset element id, data element id, compulsory 1/0].</summary>
public sealed record SeenSection(int Id, string Name, int[][] Elements);

/// <summary>
/// What someone else changed in a dataset's layout since the sections page was opened. Each of the page's small
/// forms posts back the layout it showed (compact JSON) with the dataset's version; when the version has moved,
/// the change is refused and the user is told, in words, how the layout now differs from what they saw.
/// </summary>
public static class LayoutChanges
{
    public static string Encode(Dataset dataset) => JsonSerializer.Serialize(Snapshot(dataset));

    public static IReadOnlyList<SeenSection> Snapshot(Dataset dataset) =>
        dataset.Sections.OrderBy(s => s.SortOrder).ThenBy(s => s.Id)
            .Select(s => new SeenSection(s.Id, s.Name, s.Elements.OrderBy(e => e.SortOrder).ThenBy(e => e.Id)
                .Select(e => new[] { e.Id, e.DataElementId, e.Compulsory ? 1 : 0 }).ToArray()))
            .ToList();

    public static IReadOnlyList<SeenSection>? Decode(string? seen)
    {
        if (string.IsNullOrWhiteSpace(seen))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<List<SeenSection>>(seen);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The differences between the layout seen and the current one, one sentence each.</summary>
    /// <param name="elementName">A data element's name by id (also for elements no longer in the dataset).</param>
    public static List<string> Describe(IReadOnlyList<SeenSection>? seen, IReadOnlyList<SeenSection> now, Func<int, string> elementName)
    {
        if (seen is null)
        {
            return ["The layout below is the one now saved."];
        }

        var changes = new List<string>();
        var seenById = seen.ToDictionary(s => s.Id);
        var nowById = now.ToDictionary(s => s.Id);
        changes.AddRange(now.Where(s => !seenById.ContainsKey(s.Id)).Select(s => $"the section “{s.Name}” has been added"));
        changes.AddRange(seen.Where(s => !nowById.ContainsKey(s.Id)).Select(s => $"the section “{s.Name}” has been removed"));
        changes.AddRange(now.Where(s => seenById.TryGetValue(s.Id, out var was) && was.Name != s.Name).Select(s => $"the section “{seenById[s.Id].Name}” has been renamed “{s.Name}”"));
        var kept = now.Select(s => s.Id).Where(seenById.ContainsKey).ToList();
        if (!kept.SequenceEqual(seen.Select(s => s.Id).Where(nowById.ContainsKey)))
        {
            changes.Add("the sections have been put in a different order");
        }

        var seenElements = seen.SelectMany(s => s.Elements.Select(e => (Section: s, Item: e))).ToDictionary(x => x.Item[0]);
        var nowElements = now.SelectMany(s => s.Elements.Select(e => (Section: s, Item: e))).ToDictionary(x => x.Item[0]);
        foreach (var (id, x) in nowElements)
        {
            var name = elementName(x.Item[1]);
            if (!seenElements.TryGetValue(id, out var was))
            {
                changes.Add($"“{name}” has been added to “{x.Section.Name}”");
                continue;
            }

            if (was.Section.Id != x.Section.Id)
            {
                changes.Add($"“{name}” has moved to “{x.Section.Name}”");
            }

            if (was.Item[2] != x.Item[2])
            {
                changes.Add($"“{name}” is now {(x.Item[2] == 1 ? "compulsory" : "optional")}");
            }
        }

        changes.AddRange(seenElements.Where(x => !nowElements.ContainsKey(x.Key)).Select(x => $"“{elementName(x.Value.Item[1])}” has been removed"));
        foreach (var section in now.Where(s => seenById.ContainsKey(s.Id)))
        {
            // Only elements that were in this section before and still are: one moved in or out is reported as a move.
            var wasHere = seenById[section.Id].Elements.Select(e => e[0]).ToList();
            var order = section.Elements.Select(e => e[0]).Where(wasHere.Contains).ToList();
            var before = wasHere.Where(order.Contains).ToList();
            if (!order.SequenceEqual(before))
            {
                changes.Add($"the data elements in “{section.Name}” have been put in a different order");
            }
        }

        return changes.Count > 0 ? changes : ["the dataset's details have been edited"];
    }
}
