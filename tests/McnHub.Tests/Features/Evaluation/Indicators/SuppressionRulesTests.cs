using McnHub.Features.Evaluation;
using McnHub.Features.Evaluation.Indicators;

namespace McnHub.Tests.Features.Evaluation.Indicators;

/// <summary>The complementary rules over organisations, areas and the network published together (docs/adr/0012).</summary>
public sealed class SuppressionRulesTests
{
    private static readonly Period Q = Period.Quarter(2025, 2);

    private static IndicatorValue Org(int id, double count) => new("X", new Subject(IndicatorLevel.Organisation, id, $"Org {id}"), Q, count, 1, count);

    private static IndicatorValue Area(int id, double count) => new("X", new Subject(IndicatorLevel.Area, id, $"Area {id}"), Q, count, 1, count);

    private static IndicatorValue Network(double count) => new("X", new Subject(IndicatorLevel.Network, null, "Network"), Q, count, 1, count);

    private static bool[] Decide(IReadOnlyList<IndicatorValue> cells, Dictionary<int, HashSet<int>> areas, Viewer? viewer = null) =>
        Suppression.Decide(cells.Select(c => c.ToFigure()).ToList(), PublishedFigures.Relations(cells, areas), isCount: true, viewer ?? Viewer.Public);

    [Fact]
    public void An_area_served_by_one_organisation_is_withheld_with_that_organisation()
    {
        // Org 1 (3) is small; network − area 10 is org 1 alone, so area 10 goes; then org 2 (area 10's only one) goes
        // with org 1 against the network total, which alone stays.
        IndicatorValue[] cells = [Org(1, 3), Org(2, 40), Area(10, 40), Network(43)];
        var areas = new Dictionary<int, HashSet<int>> { [10] = [2] };

        var withheld = Decide(cells, areas);

        Assert.Equal([true, true, true, false], withheld);
    }

    [Fact]
    public void A_withheld_organisation_cannot_be_worked_out_from_an_area_total_minus_the_others_in_it()
    {
        // Area 10 = orgs 1 + 2; org 1 (2) is small, so org 2 is withheld too though the network has more organisations.
        IndicatorValue[] cells = [Org(1, 2), Org(2, 60), Org(3, 7), Org(4, 80), Area(10, 62), Network(149)];
        var areas = new Dictionary<int, HashSet<int>> { [10] = [1, 2] };

        var withheld = Decide(cells, areas);

        Assert.True(withheld[0]);
        Assert.True(withheld[1]);
        Assert.False(withheld[4]);
        Assert.False(withheld[5]);
    }

    [Fact]
    public void Overlapping_areas_are_not_differenced_to_reveal_one_organisation()
    {
        // Area 11 contains area 10 plus org 3 alone: 11 − 10 = org 3 (4, small), so one of the two areas is withheld.
        IndicatorValue[] cells = [Org(1, 30), Org(2, 40), Org(3, 4), Org(4, 90), Area(10, 70), Area(11, 74), Network(164)];
        var areas = new Dictionary<int, HashSet<int>> { [10] = [1, 2], [11] = [1, 2, 3] };

        var withheld = Decide(cells, areas);

        Assert.True(withheld[2]);
        Assert.True(withheld[4] || withheld[5]);
        Assert.False(withheld[6] && withheld[4] && withheld[5]);
    }

    [Fact]
    public void Two_areas_with_the_same_organisations_are_shown_or_withheld_together()
    {
        IndicatorValue[] cells = [Org(1, 3), Org(2, 9), Area(10, 3), Area(11, 3), Network(12)];
        var areas = new Dictionary<int, HashSet<int>> { [10] = [1], [11] = [1] };

        var withheld = Decide(cells, areas);

        Assert.Equal([true, true, true, true, false], withheld);
    }

    [Fact]
    public void Nothing_is_withheld_from_the_coordinator_and_nothing_but_small_figures_when_every_sum_is_safe()
    {
        IndicatorValue[] cells = [Org(1, 3), Org(2, 9), Org(3, 4), Org(4, 50), Area(10, 59), Network(66)];
        var areas = new Dictionary<int, HashSet<int>> { [10] = [2, 4] };

        Assert.All(Decide(cells, areas, Viewer.Coordinator), Assert.False);
        Assert.Equal([true, false, true, false, false, false], Decide(cells, areas));
    }

    [Fact]
    public void A_figure_already_withheld_because_a_quarter_it_covers_is_withheld_takes_a_second_with_it()
    {
        var figures = new[] { new Figure(1, 30, 30, 1), new Figure(2, 40, 40, 1), new Figure(3, 50, 50, 1), new Figure(null, 120, 120, 1) };

        var withheld = Suppression.Decide(figures, [new SumRelation(3, [0, 1, 2])], true, Viewer.Public, alsoWithheld: [2]);

        Assert.Equal([true, false, true, false], withheld);
    }
}
