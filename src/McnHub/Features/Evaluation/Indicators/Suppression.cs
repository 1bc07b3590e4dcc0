using System.Globalization;
using System.Security.Claims;
using McnHub.Platform.Accounts;

namespace McnHub.Features.Evaluation.Indicators;

/// <summary>One figure of a table as computed: the value, and the counts it was made from.</summary>
public sealed record Figure(int? OrganisationId, double? Value, double? Numerator, double? Denominator);

/// <summary>How a figure is shown: the text, and whether it is withheld (suppressed) for this viewer.</summary>
public sealed record ShownFigure(Figure Figure, string Text, bool Suppressed)
{
    public double? Value => Suppressed ? null : Figure.Value;

    public double? Numerator => Suppressed ? null : Figure.Numerator;

    public double? Denominator => Suppressed ? null : Figure.Denominator;
}

/// <summary>Who is looking: the co-ordinator sees everything; anyone else sees their own organisations' figures in full.</summary>
public sealed record Viewer(bool SeesEverything, IReadOnlySet<int> OwnOrganisations)
{
    public static readonly Viewer Public = new(false, new HashSet<int>());

    public static readonly Viewer Coordinator = new(true, new HashSet<int>());

    public bool SeesInFull(int? organisationId) =>
        SeesEverything || (organisationId is int id && OwnOrganisations.Contains(id));

    public static Viewer For(ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Coordinator))
        {
            return Coordinator;
        }

        var own = user.FindAll(McnClaims.LeadOf).Concat(user.FindAll(McnClaims.SubmitterFor))
            .Select(c => int.TryParse(c.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0)
            .ToHashSet();
        return new Viewer(false, own);
    }
}

/// <summary>
/// Small-number suppression, the one place it is decided. A count of 1 to 4 is shown as "&lt;5"; a ratio whose
/// numerator or denominator is 1 to 4 is withheld ("suppressed"), as the count can be worked back from it. In a
/// table with a total shown, a single withheld row could be worked out as the total minus the others, so a second
/// row (the smallest the viewer cannot see in full) is withheld too, or, when there is none, the total.
/// Figures of the viewer's own organisations, and everything for the co-ordinator, are shown in full; a row the
/// viewer sees in full does not protect another row from them, so it never counts as the second withheld row.
/// Zero is not a small number (it reveals no one) and is shown.
/// </summary>
public static class Suppression
{
    public const string SmallCountText = "<5";

    public const string WithheldText = "suppressed";

    public static bool IsSmall(double? count) => count is double c && c >= 0.5 && c < 4.5;

    /// <summary>Whether the figure, taken alone, would reveal a small count.</summary>
    public static bool RevealsSmallCount(Figure figure, bool isCount) =>
        isCount ? IsSmall(figure.Value) || IsSmall(figure.Numerator) : IsSmall(figure.Numerator) || IsSmall(figure.Denominator);

    /// <summary>One figure on its own (a trend point, a headline): primary suppression only.</summary>
    public static ShownFigure Show(Figure figure, bool isCount, Viewer viewer, Func<double, string> format) =>
        viewer.SeesInFull(figure.OrganisationId) || !RevealsSmallCount(figure, isCount)
            ? new ShownFigure(figure, Format(figure.Value, format), false)
            : Withhold(figure, isCount);

    /// <summary>
    /// Rows of a table whose <paramref name="total"/> (if shown) is the sum of the rows' counts: primary and
    /// complementary suppression. Returns the rows in the same order, then the total.
    /// </summary>
    public static (IReadOnlyList<ShownFigure> Rows, ShownFigure? Total) ShowTable(IReadOnlyList<Figure> rows, Figure? total, bool isCount, Viewer viewer, Func<double, string> format)
    {
        var withheld = new bool[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            withheld[i] = !viewer.SeesInFull(rows[i].OrganisationId) && RevealsSmallCount(rows[i], isCount);
        }

        var totalWithheld = total is not null && !viewer.SeesEverything && RevealsSmallCount(total, isCount);
        if (total is not null && !totalWithheld && withheld.Count(w => w) == 1)
        {
            // The smallest other row the viewer cannot see in full, and which has a count to protect with.
            var second = Enumerable.Range(0, rows.Count)
                .Where(i => !withheld[i] && !viewer.SeesInFull(rows[i].OrganisationId) && HasData(rows[i], isCount))
                .OrderBy(i => Size(rows[i], isCount))
                .Select(i => (int?)i)
                .FirstOrDefault();
            if (second is int s)
            {
                withheld[s] = true;
            }
            else
            {
                totalWithheld = true;
            }
        }

        var shown = rows.Select((r, i) => withheld[i] ? Withhold(r, isCount) : new ShownFigure(r, Format(r.Value, format), false)).ToList();
        var shownTotal = total is null ? null : totalWithheld ? Withhold(total, isCount) : new ShownFigure(total, Format(total.Value, format), false);
        return (shown, shownTotal);
    }

    /// <summary>A count as shown beyond its organisation: "&lt;5" for 1 to 4.</summary>
    public static string Count(double? count, bool inFull) =>
        count is not double c ? "no data" : !inFull && IsSmall(c) ? SmallCountText : c.ToString("#,##0.##", CultureInfo.GetCultureInfo("en-GB"));

    private static ShownFigure Withhold(Figure figure, bool isCount) =>
        new(figure, isCount && IsSmall(figure.Value) ? SmallCountText : WithheldText, true);

    private static bool HasData(Figure f, bool isCount) => (isCount ? f.Value : f.Numerator) is not null;

    private static double Size(Figure f, bool isCount) => (isCount ? f.Value : f.Numerator) ?? double.MaxValue;

    private static string Format(double? value, Func<double, string> format) => value is double v ? format(v) : "no data";
}
