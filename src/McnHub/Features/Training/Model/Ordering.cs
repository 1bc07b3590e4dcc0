using McnHub.Platform.Data;

namespace McnHub.Features.Training.Model;

/// <summary>A row kept in an order its managers choose (programme items, course materials).</summary>
public interface IOrdered : IVersioned
{
    int Order { get; set; }
}

/// <summary>
/// Reordering shared by the training lists. Positions are renumbered 1..n every time, so ties left by older data
/// (two rows with the same Order, shown by id) are settled and a swap always changes what is shown.
/// </summary>
public static class Ordering
{
    /// <summary>Numbers the rows 1..n in the order given.</summary>
    public static void Renumber<T>(IEnumerable<T> inOrder) where T : IOrdered
    {
        var order = 1;
        foreach (var row in inOrder)
        {
            row.Order = order++;
        }
    }

    /// <summary>
    /// Swaps the row with its neighbour above (<paramref name="up"/>) or below and renumbers the list; false, changing
    /// nothing, when there is no neighbour that way (the first cannot move up, the last cannot move down).
    /// </summary>
    public static bool Move<T>(List<T> inOrder, T row, bool up) where T : IOrdered
    {
        var index = inOrder.IndexOf(row);
        var other = up ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= inOrder.Count)
        {
            return false;
        }

        (inOrder[index], inOrder[other]) = (inOrder[other], inOrder[index]);
        Renumber(inOrder);
        return true;
    }
}
