using McnHub.Features.Evaluation;
using McnHub.Features.Evaluation.Indicators;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace McnHub.Tests.Features.Evaluation.Indicators;

/// <summary>Indicator values against figures worked out by hand (see <see cref="IndicatorTestData"/>), on SQLite and PostgreSQL.</summary>
public abstract class IndicatorCalculatorTests<TFactory>(TFactory factory) where TFactory : McnHubFactory
{
    private static readonly Period Q1 = Period.Quarter(2025, 1);
    private static readonly Period Q2 = Period.Quarter(2025, 2);

    private async Task<IReadOnlyList<IndicatorValue>> ComputeAsync(IndicatorWorld world, string code, IndicatorQuery query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<McnHub.Platform.Data.AppDbContext>();
        var indicator = await db.Set<Indicator>().SingleAsync(i => i.Code == code);
        return await scope.ServiceProvider.GetRequiredService<IndicatorCalculator>().ComputeAsync([indicator], query, CancellationToken.None);
    }

    [Fact]
    public async Task The_network_value_adds_up_approved_returns_only_and_a_zero_denominator_is_no_data()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var values = await ComputeAsync(world, world.Pref, new IndicatorQuery(IndicatorLevel.Network, Q1, Q2));

        // Q1: (7 + 15 + 2) / (10 + 20 + 3) = 72.7%; D's submitted 50/50 is left out. Q2: 0 / 5 (A's missing
        // preferred-place deaths count as zero: it returned, and that element's zero is not significant).
        Assert.Equal([72.7, 0.0], values.Select(v => v.Value));
        Assert.Equal(24, values[0].Numerator);
        Assert.Equal(33, values[0].Denominator);
    }

    [Fact]
    public async Task Submitted_returns_count_when_asked()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var values = await ComputeAsync(world, world.Pref, new IndicatorQuery(IndicatorLevel.Network, Q1, Q1, IncludeSubmitted: true));

        Assert.Equal(89.2, Assert.Single(values).Value); // 74 / 83
    }

    [Fact]
    public async Task Organisation_values_are_per_organisation_with_no_data_where_nothing_was_returned_or_the_denominator_is_zero()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var values = await ComputeAsync(world, world.Pref, new IndicatorQuery(IndicatorLevel.Organisation, Q1, Q2));
        double? Value(int org, Period p) => values.Single(v => v.Subject.Id == org && v.Period == p).Value;

        Assert.Equal(70.0, Value(world.OrgA, Q1));
        Assert.Equal(75.0, Value(world.OrgB, Q1));
        Assert.Equal(66.7, Value(world.OrgC, Q1));
        Assert.Null(Value(world.OrgD, Q1));
        Assert.Equal(0.0, Value(world.OrgA, Q2));
        Assert.Null(Value(world.OrgB, Q2));
        Assert.Null(Value(world.OrgC, Q2)); // 0 / 0
    }

    [Fact]
    public async Task Area_values_add_up_the_organisations_serving_each_area()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var values = await ComputeAsync(world, world.Pref, new IndicatorQuery(IndicatorLevel.Area, Q1, Q1));

        Assert.Equal(73.3, values.Single(v => v.Subject.Id == world.AreaX).Value); // 22 / 30
        Assert.Equal(66.7, values.Single(v => v.Subject.Id == world.AreaY).Value); // 2 / 3
    }

    [Fact]
    public async Task A_rolling_year_sums_counts_and_takes_the_last_value_of_a_last_value_element()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var pref = await ComputeAsync(world, world.Pref, new IndicatorQuery(IndicatorLevel.Network, Q2, Q2, RollingYear: true));
        var cases = await ComputeAsync(world, world.Cases, new IndicatorQuery(IndicatorLevel.Organisation, Q2, Q2, RollingYear: true, SubjectId: world.OrgA));

        Assert.Equal(63.2, Assert.Single(pref).Value); // 24 / 38
        Assert.Equal(42, Assert.Single(cases).Value);
    }

    [Fact]
    public async Task The_estimated_children_with_life_limiting_conditions_can_be_a_denominator()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var values = await ComputeAsync(world, world.PerLlc, new IndicatorQuery(IndicatorLevel.Area, Q1, Q1, SubjectId: world.AreaX));

        // Caseload 40 + 10 against 10,000 × 50 / 10,000 = 50 children.
        Assert.Equal(100, Assert.Single(values).Value);
    }
}

public sealed class SqliteIndicatorCalculatorTests(McnHubFactory factory) : IndicatorCalculatorTests<McnHubFactory>(factory), IClassFixture<McnHubFactory>;

public sealed class PostgresIndicatorCalculatorTests(PostgresMcnHubFactory factory) : IndicatorCalculatorTests<PostgresMcnHubFactory>(factory), IClassFixture<PostgresMcnHubFactory>;
