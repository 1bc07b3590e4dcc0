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
/// A sum among published figures, by index into the cells: <see cref="Total"/> (minus <see cref="Less"/>, when
/// given) equals the sum of <see cref="Parts"/>. The network is the sum of its organisations; an area the sum of the
/// organisations serving it; an area minus an area it contains is the sum of the organisations in one but not the other.
/// </summary>
public sealed record SumRelation(int Total, IReadOnlyList<int> Parts, int? Less = null);

/// <summary>
/// Small-number suppression, the one place it is decided (docs/adr/0012-small-number-suppression.md). Rules, for
/// anyone but the co-ordinator, over everything published together (organisations, areas and the network, per period):
/// <list type="number">
/// <item>Primary: a count of 1 to 4 is shown as "&lt;5"; a ratio whose numerator or denominator is 1 to 4 is withheld
/// ("suppressed"), as the count can be worked back from it. Zero is not a small number (it reveals no one) and is shown.</item>
/// <item>Complementary: wherever shown figures add up to a shown total (<see cref="SumRelation"/>), a single withheld
/// part could be worked out as the total minus the others; so a second part is withheld too (the smallest the viewer
/// cannot see in full), or, when there is none, the total (for a difference of two totals, the smaller one). This
/// covers the network total, every area (an area served by one organisation is withheld with it) and areas that
/// overlap or contain one another. It is repeated until nothing changes, as each withholding can expose another sum.</item>
/// <item>Across time: a figure covering several quarters (a rolling year, a year) is shown only if every quarter it
/// covers is shown for the same subject, so it cannot be differenced against them (callers pass these as already withheld).</item>
/// <item>The viewer's own organisations' figures are shown in full; a figure the viewer sees in full protects nothing
/// from them, so it never counts as the second withheld part.</item>
/// </list>
/// </summary>
public static class Suppression
{
    public const string SmallCountText = "<5";

    public const string WithheldText = "suppressed";

    public static bool IsSmall(double? count) => count is double c && c >= 0.5 && c < 4.5;

    /// <summary>Whether the figure, taken alone, would reveal a small count.</summary>
    public static bool RevealsSmallCount(Figure figure, bool isCount) =>
        isCount ? IsSmall(figure.Value) || IsSmall(figure.Numerator) : IsSmall(figure.Numerator) || IsSmall(figure.Denominator);

    /// <summary>One figure on its own, published with nothing it adds up with: primary suppression only.</summary>
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
        var cells = total is null ? rows : [.. rows, total];
        var relations = total is null ? [] : new[] { new SumRelation(rows.Count, Enumerable.Range(0, rows.Count).ToList()) };
        var shown = ShowAll(cells, relations, isCount, viewer, format);
        return (shown.Take(rows.Count).ToList(), total is null ? null : shown[^1]);
    }

    /// <summary>Every cell published together, with the sums among them: all the rules above.</summary>
    public static IReadOnlyList<ShownFigure> ShowAll(IReadOnlyList<Figure> cells, IReadOnlyList<SumRelation> relations, bool isCount, Viewer viewer, Func<double, string> format, IEnumerable<int>? alsoWithheld = null)
    {
        var withheld = Decide(cells, relations, isCount, viewer, alsoWithheld);
        return cells.Select((c, i) => withheld[i] ? Withhold(c, isCount) : new ShownFigure(c, Format(c.Value, format), false)).ToList();
    }

    /// <summary>Which cells are withheld from <paramref name="viewer"/>.</summary>
    public static bool[] Decide(IReadOnlyList<Figure> cells, IReadOnlyList<SumRelation> relations, bool isCount, Viewer viewer, IEnumerable<int>? alsoWithheld = null)
    {
        var withheld = new bool[cells.Count];
        if (viewer.SeesEverything)
        {
            return withheld;
        }

        bool InFull(int i) => viewer.SeesInFull(cells[i].OrganisationId);
        for (var i = 0; i < cells.Count; i++)
        {
            withheld[i] = !InFull(i) && RevealsSmallCount(cells[i], isCount);
        }

        foreach (var i in alsoWithheld ?? [])
        {
            withheld[i] = !InFull(i);
        }

        // Sums with fewest parts first, starting over after each withholding: a difference of two areas or a
        // one-organisation area settles by withholding a total before a wider sum takes a further organisation.
        var ordered = relations.OrderBy(r => r.Parts.Count).ToList();
        bool changed;
        do
        {
            changed = false;
            foreach (var r in ordered)
            {
                // A total withheld, or with no data, gives nothing to subtract from.
                if (withheld[r.Total] || !HasData(cells[r.Total], isCount)
                    || (r.Less is int less && (withheld[less] || !HasData(cells[less], isCount)))
                    || r.Parts.Count(p => withheld[p]) != 1)
                {
                    continue;
                }

                var second = r.Parts
                    .Where(p => !withheld[p] && !InFull(p) && HasData(cells[p], isCount))
                    .OrderBy(p => Size(cells[p], isCount)).ThenBy(p => p)
                    .Select(p => (int?)p)
                    .FirstOrDefault();
                withheld[second ?? r.Less ?? r.Total] = true;
                changed = true;
                break;
            }
        }
        while (changed);

        return withheld;
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
