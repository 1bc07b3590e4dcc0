using McnHub.Features.Directory.ProvisionMap;

namespace McnHub.Tests.Features.Directory.ProvisionMap;

/// <summary>The provision map's arithmetic and rules, on plain data.</summary>
public sealed class ProvisionMapCalculatorTests
{
    private static readonly MapArea Region = new(1, "Riverlands ICB", null, 0, null);
    private static readonly MapArea North = new(2, "Northbrook", 1, 68_400, null);
    private static readonly MapArea East = new(3, "Eastmere", 1, 52_100, null);
    private static readonly MapArea West = new(4, "Westvale", 1, 81_950, 90.0m);

    private static readonly MapType Nursing = new(10, "End-of-life care at home", RequiredInEveryArea: true, Required24x7: true);
    private static readonly MapType Advice = new(11, "Specialist consultant advice", RequiredInEveryArea: true, Required24x7: false);
    private static readonly MapType Siblings = new(12, "Sibling support", RequiredInEveryArea: false, Required24x7: false);

    private static ProvisionMapResult Calculate(PrevalenceScenario? scenario = null, params MapService[] services) =>
        ProvisionMapCalculator.Calculate(new ProvisionMapInput([Region, North, East, West], [Nursing, Advice, Siblings], services), scenario ?? PrevalenceScenario.Baseline);

    private static Coverage Cell(ProvisionMapResult map, MapArea area, MapType type) =>
        map.Rows.Single(r => r.Area.Id == area.Id).Cells[map.Types.ToList().IndexOf(type)];

    [Fact]
    public void Only_local_areas_are_rows_in_name_order()
    {
        var map = Calculate();

        Assert.Equal(["Eastmere", "Northbrook", "Westvale"], map.Rows.Select(r => r.Area.Name));
    }

    [Fact]
    public void A_cell_is_24x7_if_any_covering_service_is_office_hours_if_only_others_are_and_none_otherwise()
    {
        var map = Calculate(null,
            new MapService(false, [Nursing.Id], [North.Id]),
            new MapService(true, [Nursing.Id], [North.Id]),
            new MapService(false, [Nursing.Id, Advice.Id], [East.Id]));

        Assert.Equal(Coverage.TwentyFourSeven, Cell(map, North, Nursing));
        Assert.Equal(Coverage.OfficeHoursOnly, Cell(map, East, Nursing));
        Assert.Equal(Coverage.OfficeHoursOnly, Cell(map, East, Advice));
        Assert.Equal(Coverage.None, Cell(map, West, Nursing));
        Assert.Equal(Coverage.None, Cell(map, North, Advice));
    }

    [Fact]
    public void A_service_covering_the_wider_area_covers_every_local_area_within_it()
    {
        var map = Calculate(null, new MapService(true, [Advice.Id], [Region.Id]));

        Assert.All(map.Rows, r => Assert.Equal(Coverage.TwentyFourSeven, Cell(map, r.Area, Advice)));
    }

    [Fact]
    public void Estimated_children_are_population_times_prevalence_per_10000_to_one_decimal()
    {
        var map = Calculate();

        Assert.Equal(454.2m, map.Rows.Single(r => r.Area == North).EstimatedChildren); // 68,400 × 66.4 / 10,000 = 454.176
        Assert.Equal(345.9m, map.Rows.Single(r => r.Area == East).EstimatedChildren); // 52,100 × 66.4 / 10,000 = 345.944
        Assert.Equal(0.7m, ProvisionMapCalculator.Estimate(100, 66.4m));
        Assert.Equal(0m, ProvisionMapCalculator.Estimate(0, 84.2m));
    }

    [Theory]
    [InlineData("baseline", 66.4, 454.2)]
    [InlineData("2030-lower", 67.0, 458.3)]
    [InlineData("2030-upper", 84.2, 575.9)]
    public void A_scenario_replaces_the_default_prevalence(string key, double prevalence, double estimate)
    {
        var map = Calculate(PrevalenceScenario.Find(key));

        var north = map.Rows.Single(r => r.Area == North);
        Assert.Equal((decimal)prevalence, north.Prevalence);
        Assert.Equal((decimal)estimate, north.EstimatedChildren);
        Assert.False(north.UsesAreaPrevalence);
    }

    [Theory]
    [InlineData("baseline")]
    [InlineData("2030-upper")]
    public void An_areas_own_prevalence_is_kept_in_every_scenario(string key)
    {
        var map = Calculate(PrevalenceScenario.Find(key));

        var west = map.Rows.Single(r => r.Area == West);
        Assert.Equal(90.0m, west.Prevalence);
        Assert.True(west.UsesAreaPrevalence);
        Assert.Equal(737.6m, west.EstimatedChildren); // 81,950 × 90 / 10,000 = 737.55
    }

    [Fact]
    public void Unknown_scenario_keys_are_not_found()
    {
        Assert.Null(PrevalenceScenario.Find("2040"));
        Assert.Null(PrevalenceScenario.Find(null));
        Assert.Equal(PrevalenceScenario.Projection2030Upper, PrevalenceScenario.Find(" 2030-UPPER "));
    }

    [Fact]
    public void Gaps_are_missing_required_types_and_office_hours_where_24x7_is_required()
    {
        var map = Calculate(null,
            new MapService(true, [Nursing.Id], [North.Id]),
            new MapService(false, [Nursing.Id, Advice.Id], [East.Id]),
            new MapService(false, [Advice.Id], [West.Id]));

        var gaps = map.Gaps.Select(g => (g.Area.Name, g.Type.Label, g.Reason)).ToList();

        Assert.Equal(
            [
                ("Westvale", Nursing.Label, GapReason.NoService),
                ("Northbrook", Advice.Label, GapReason.NoService),
                ("Eastmere", Nursing.Label, GapReason.OfficeHoursOnly),
            ],
            gaps);
    }

    [Fact]
    public void Gaps_are_ranked_by_estimated_children_affected_then_by_area_and_type()
    {
        var map = Calculate(PrevalenceScenario.Projection2030Upper);

        // Westvale 737.6 (own rate), Northbrook 575.9, Eastmere 438.7; within an area, types in taxonomy order.
        Assert.Equal(
            [(1, "Westvale", Nursing.Id, 737.6m), (2, "Westvale", Advice.Id, 737.6m), (3, "Northbrook", Nursing.Id, 575.9m), (4, "Northbrook", Advice.Id, 575.9m), (5, "Eastmere", Nursing.Id, 438.7m), (6, "Eastmere", Advice.Id, 438.7m)],
            map.Gaps.Select(g => (g.Rank, g.Area.Name, g.Type.Id, g.EstimatedChildren)));
        Assert.DoesNotContain(map.Gaps, g => g.Type == Siblings);
    }

    [Fact]
    public void Services_in_unknown_areas_and_a_cycle_in_the_hierarchy_do_not_break_the_map()
    {
        var a = new MapArea(20, "Loop A", 21, 1_000, null);
        var b = new MapArea(21, "Loop B", 20, 1_000, null);
        var leaf = new MapArea(22, "Leaf", 20, 1_000, null);

        var map = ProvisionMapCalculator.Calculate(
            new ProvisionMapInput([a, b, leaf], [Advice], [new MapService(true, [Advice.Id], [999, b.Id])]),
            PrevalenceScenario.Baseline);

        Assert.Equal(["Leaf"], map.Rows.Select(r => r.Area.Name));
        Assert.Equal(Coverage.TwentyFourSeven, map.Rows[0].Cells[0]);
    }
}
