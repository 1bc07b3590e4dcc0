using McnHub.Features.Evaluation;
using McnHub.Features.Evaluation.Indicators;
using McnHub.Platform.Data;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace McnHub.Tests.Features.Evaluation.Indicators;

/// <summary>
/// Indicator values are kept per value of the evaluation change counter: a repeated question is answered from the
/// cache, and any change to the data (through the app or behind its back) makes the next answer fresh.
/// </summary>
public abstract class IndicatorCacheTests<TFactory>(TFactory factory) where TFactory : McnHubFactory
{
    private static readonly Period Q1 = Period.Quarter(2025, 1);
    private static readonly IndicatorQuery NetworkQ1 = new(IndicatorLevel.Network, Q1, Q1);

    private async Task<IReadOnlyList<IndicatorValue>> ComputeAsync(string code, IndicatorQuery query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var indicator = await db.Set<Indicator>().AsNoTracking().SingleAsync(i => i.Code == code);
        return await scope.ServiceProvider.GetRequiredService<IndicatorCalculator>().ComputeAsync([indicator], query, CancellationToken.None);
    }

    private Task<long> CounterAsync() => factory.WithDbAsync(db =>
        db.Database.SqlQueryRaw<long>("""SELECT "Value" AS "Value" FROM "EvaluationVersion" WHERE "Id" = 1""").SingleAsync());

    [Fact]
    public async Task The_same_question_with_nothing_changed_is_answered_from_the_cache()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var before = await CounterAsync();
        var first = await ComputeAsync(world.Pref, NetworkQ1);
        var second = await ComputeAsync(world.Pref, NetworkQ1);
        var after = await CounterAsync();

        // The same list, not an equal one computed again (unless a background job changed data in between).
        Assert.True(ReferenceEquals(first, second) || before != after);
        Assert.Equal(72.7, Assert.Single(second).Value);
    }

    [Fact]
    public async Task A_value_changed_behind_the_app_s_back_makes_the_next_answer_fresh()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        Assert.Equal(72.7, Assert.Single(await ComputeAsync(world.Pref, NetworkQ1)).Value); // (7 + 15 + 2) / (10 + 20 + 3)

        // Straight SQL, as an import or a hand fix would do it: no SaveChanges, only the database's triggers see it.
        await factory.WithDbAsync(db => db.Set<DataValue>()
            .Where(v => v.OrganisationId == world.OrgA && v.PeriodStart == Q1.Start && v.DataElement!.Code == world.Prefix + "_DEATHS_PREF")
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Numeric, 10.0)));

        Assert.Equal(81.8, Assert.Single(await ComputeAsync(world.Pref, NetworkQ1)).Value); // (10 + 15 + 2) / 33
    }

    private async Task<IReadOnlyList<ShownValue>> ShownToPublicAsync(string code, IndicatorQuery query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var indicator = await db.Set<Indicator>().AsNoTracking().SingleAsync(i => i.Code == code);
        return await scope.ServiceProvider.GetRequiredService<IndicatorValues>().ShownAsync(indicator, query, Viewer.Public, CancellationToken.None);
    }

    [Fact]
    public async Task Suppressed_figures_kept_for_a_viewer_are_decided_again_after_a_change()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var first = Assert.Single(await ShownToPublicAsync(world.Pref, NetworkQ1));
        Assert.Equal(72.7, first.Value.Value);

        await factory.WithDbAsync(db => db.Set<DataValue>()
            .Where(v => v.OrganisationId == world.OrgA && v.PeriodStart == Q1.Start && v.DataElement!.Code == world.Prefix + "_DEATHS_PREF")
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Numeric, 10.0)));

        var second = Assert.Single(await ShownToPublicAsync(world.Pref, NetworkQ1));
        Assert.Equal(81.8, second.Value.Value);
        Assert.NotEqual(first.Shown, second.Shown);
    }

    [Fact]
    public async Task Reopening_an_approved_return_takes_it_out_of_the_next_answer()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        Assert.Equal(72.7, Assert.Single(await ComputeAsync(world.Pref, NetworkQ1)).Value);

        await factory.WithDbAsync(async db =>
        {
            var r = await db.Set<DataReturn>().SingleAsync(r => r.DatasetId == world.DatasetId && r.OrganisationId == world.OrgB && r.PeriodStart == Q1.Start);
            r.Status = ReturnStatus.Reopened;
            return await db.SaveChangesAsync();
        });

        Assert.Equal(69.2, Assert.Single(await ComputeAsync(world.Pref, NetworkQ1)).Value); // (7 + 2) / (10 + 3)
    }

    [Fact]
    public async Task An_edited_indicator_is_computed_afresh_without_any_data_change()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        Assert.Equal(72.7, Assert.Single(await ComputeAsync(world.Pref, NetworkQ1)).Value);

        await factory.WithDbAsync(async db =>
        {
            var indicator = await db.Set<Indicator>().SingleAsync(i => i.Code == world.Pref);
            indicator.Decimals = 0;
            return await db.SaveChangesAsync();
        });

        Assert.Equal(73, Assert.Single(await ComputeAsync(world.Pref, NetworkQ1)).Value);
    }
}

public sealed class SqliteIndicatorCacheTests(McnHubFactory factory) : IndicatorCacheTests<McnHubFactory>(factory), IClassFixture<McnHubFactory>;

public sealed class PostgresIndicatorCacheTests(PostgresMcnHubFactory factory) : IndicatorCacheTests<PostgresMcnHubFactory>(factory), IClassFixture<PostgresMcnHubFactory>;
