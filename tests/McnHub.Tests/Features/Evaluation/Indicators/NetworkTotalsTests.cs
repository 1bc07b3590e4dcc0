using McnHub.Features.Evaluation;
using McnHub.Features.Evaluation.Indicators;
using McnHub.Platform.Data;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace McnHub.Tests.Features.Evaluation.Indicators;

/// <summary>
/// The network's totals, which every network-level indicator is computed from, always equal the sums of the counted
/// values (of submitted and approved returns) once refreshed: whatever changed them, through the app or not, and
/// with writes and refreshes happening at once.
/// </summary>
public abstract class NetworkTotalsTests<TFactory>(TFactory factory) where TFactory : McnHubFactory
{
    private static readonly Period Q1 = Period.Quarter(2025, 1);
    private static readonly Period Q2 = Period.Quarter(2025, 2);

    private sealed record Row(int Element, int Option, DateOnly Period, ReturnStatus Status, double Sum, int Count);

    private async Task RefreshAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NetworkTotals>().EnsureFreshAsync(DateOnly.MinValue, DateOnly.MaxValue, CancellationToken.None);
    }

    private Task<List<int>> ElementsAsync(IndicatorWorld world) => factory.WithDbAsync(db =>
        db.Set<DataElement>().Where(e => e.Code.StartsWith(world.Prefix + "_")).Select(e => e.Id).ToListAsync());

    /// <summary>The totals as they should be: a GROUP BY over the values themselves.</summary>
    private Task<List<Row>> ExpectedAsync(List<int> elements) => factory.WithDbAsync(async db =>
    {
        var rows = await db.Set<DataValue>()
            .Where(v => elements.Contains(v.DataElementId) && v.Numeric != null
                && (v.DataReturn!.Status == ReturnStatus.Submitted || v.DataReturn.Status == ReturnStatus.Approved))
            .GroupBy(v => new { v.DataElementId, v.CategoryOptionId, v.PeriodStart, v.DataReturn!.Status })
            .Select(g => new { g.Key.DataElementId, g.Key.CategoryOptionId, g.Key.PeriodStart, g.Key.Status, Sum = g.Sum(v => v.Numeric!.Value), Count = g.Count() })
            .ToListAsync();
        return rows.Select(r => new Row(r.DataElementId, r.CategoryOptionId ?? 0, r.PeriodStart, r.Status, r.Sum, r.Count)).OrderBy(r => r.ToString()).ToList();
    });

    private Task<List<Row>> ActualAsync(List<int> elements) => factory.WithDbAsync(async db =>
        (await db.Set<NetworkTotal>().AsNoTracking().Where(t => elements.Contains(t.DataElementId)).ToListAsync())
            .Select(t => new Row(t.DataElementId, t.OptionKey, t.PeriodStart, t.Status, t.Sum, t.Count)).OrderBy(r => r.ToString()).ToList());

    private async Task AssertFreshAsync(List<int> elements, int expectedRows)
    {
        await RefreshAsync();
        var expected = await ExpectedAsync(elements);
        Assert.Equal(expectedRows, expected.Count);
        Assert.Equal(expected, await ActualAsync(elements));
    }

    private Task<int> PendingAsync() => factory.WithDbAsync(db => db.Set<NetworkTotalPending>().CountAsync());

    private Task<int> ChangeAsync(Func<AppDbContext, Task<int>> change) => factory.WithDbAsync(change);

    [Fact]
    public async Task Totals_equal_the_counted_values_after_every_kind_of_change()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var elements = await ElementsAsync(world);

        // Q1: deaths (approved; submitted), preferred (approved; submitted), caseload (approved); Q2: deaths, caseload, preferred.
        await AssertFreshAsync(elements, 8);
        var deathsQ1 = (await ActualAsync(elements)).Single(r => r.Period == Q1.Start && r.Status == ReturnStatus.Approved && r.Sum == 33);
        Assert.Equal(3, deathsQ1.Count);

        // A value changed by straight SQL (an import or a hand fix).
        await ChangeAsync(db => db.Set<DataValue>()
            .Where(v => v.OrganisationId == world.OrgA && v.PeriodStart == Q1.Start && v.DataElement!.Code == world.Prefix + "_DEATHS")
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Numeric, 12.0)));
        await AssertFreshAsync(elements, 8);
        Assert.Contains(await ActualAsync(elements), r => r.Element == deathsQ1.Element && r.Period == Q1.Start && r.Status == ReturnStatus.Approved && r.Sum == 35);

        // D's submitted return approved: its values move from one status to the other.
        await ChangeAsync(async db =>
        {
            var d = await db.Set<DataReturn>().SingleAsync(r => r.DatasetId == world.DatasetId && r.OrganisationId == world.OrgD);
            d.Status = ReturnStatus.Approved;
            return await db.SaveChangesAsync();
        });
        await AssertFreshAsync(elements, 6);

        // B's Q1 reopened: its values no longer count.
        await ChangeAsync(async db =>
        {
            var b = await db.Set<DataReturn>().SingleAsync(r => r.DatasetId == world.DatasetId && r.OrganisationId == world.OrgB);
            b.Status = ReturnStatus.Reopened;
            return await db.SaveChangesAsync();
        });
        await AssertFreshAsync(elements, 6);
        Assert.Contains(await ActualAsync(elements), r => r.Element == deathsQ1.Element && r.Period == Q1.Start && r.Sum == 12 + 3 + 50);

        // Editing a value of a return that does not count lists nothing to recompute.
        Assert.Equal(0, await PendingAsync());
        await ChangeAsync(db => db.Set<DataValue>()
            .Where(v => v.OrganisationId == world.OrgB && v.PeriodStart == Q1.Start)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Numeric, v => v.Numeric + 1)));
        Assert.Equal(0, await PendingAsync());

        // A counted value deleted; then a whole approved return deleted (its values go with it).
        await ChangeAsync(db => db.Set<DataValue>()
            .Where(v => v.OrganisationId == world.OrgA && v.PeriodStart == Q2.Start && v.DataElement!.Code == world.Prefix + "_CASELOAD")
            .ExecuteDeleteAsync());
        await AssertFreshAsync(elements, 5);
        await ChangeAsync(db => db.Set<DataReturn>()
            .Where(r => r.DatasetId == world.DatasetId && r.OrganisationId == world.OrgC && r.PeriodStart == Q2.Start)
            .ExecuteDeleteAsync());
        await AssertFreshAsync(elements, 4);

        // A new approved return with its values, saved as the app saves them.
        await ChangeAsync(async db =>
        {
            var r = DataReturn.Start(world.DatasetId, world.OrgB, Q2, "test", DateTime.UtcNow);
            r.Status = ReturnStatus.Approved;
            r.Values.Add(new DataValue { DataElementId = deathsQ1.Element, OrganisationId = world.OrgB, PeriodStart = Q2.Start, Value = "4", Numeric = 4 });
            db.Add(r);
            return await db.SaveChangesAsync();
        });
        await AssertFreshAsync(elements, 4);
        Assert.Contains(await ActualAsync(elements), r => r.Element == deathsQ1.Element && r.Period == Q2.Start && r.Sum == 9 && r.Count == 2);
    }

    [Fact]
    public async Task With_many_periods_changed_the_answer_comes_from_the_values_and_the_totals_are_made_in_the_background()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var elements = await ElementsAsync(world);
        await AssertFreshAsync(elements, 8);

        // As after an import of a year: a value changed in Q1, and every quarter of 2025 listed as changed.
        await ChangeAsync(db => db.Set<DataValue>()
            .Where(v => v.OrganisationId == world.OrgA && v.PeriodStart == Q1.Start && v.DataElement!.Code == world.Prefix + "_DEATHS")
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Numeric, 12.0)));
        var (q3, q4) = (Period.Quarter(2025, 3), Period.Quarter(2025, 4));
        await ChangeAsync(db => db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "NetworkTotalsPending" ("PeriodStart") VALUES ({0}), ({1}), ({2})""", Q2.Start, q3.Start, q4.Start));
        Assert.True(await factory.WithDbAsync(db => db.Set<NetworkTotalPending>().Select(p => p.PeriodStart).Distinct().CountAsync()) > NetworkTotals.RefreshLimit);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var indicator = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Indicator>().AsNoTracking().SingleAsync(i => i.Code == world.Pref);
            var values = await scope.ServiceProvider.GetRequiredService<IndicatorCalculator>()
                .ComputeAsync([indicator], new IndicatorQuery(IndicatorLevel.Network, Q1, q4), CancellationToken.None);
            Assert.Equal(68.6, values.Single(v => v.Period == Q1).Value); // (7 + 15 + 2) / (12 + 20 + 3)
        }

        await factory.Services.GetRequiredService<NetworkTotalsRefresher>().Running;
        Assert.Equal(0, await PendingAsync());
        Assert.Equal(await ExpectedAsync(elements), await ActualAsync(elements));
    }

    [Fact]
    public async Task A_change_not_yet_committed_when_totals_are_made_is_counted_the_next_time()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var elements = await ElementsAsync(world);
        await AssertFreshAsync(elements, 8);
        var before = await ActualAsync(elements);

        await using var scope = factory.Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using (var transaction = await writer.Database.BeginTransactionAsync())
        {
            await writer.Set<DataValue>()
                .Where(v => v.OrganisationId == world.OrgA && v.PeriodStart == Q1.Start && v.DataElement!.Code == world.Prefix + "_DEATHS")
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Numeric, 100.0));

            // Made while the write is in flight: from the committed data only.
            await RefreshAsync();
            Assert.Equal(before, await ActualAsync(elements));
            await transaction.CommitAsync();
        }

        await AssertFreshAsync(elements, 8);
        Assert.Contains(await ActualAsync(elements), r => r.Period == Q1.Start && r.Status == ReturnStatus.Approved && r.Sum == 100 + 20 + 3);
    }

    [Fact]
    public async Task Refreshes_at_the_same_time_as_each_other_and_as_writes_end_with_the_right_totals()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var elements = await ElementsAsync(world);
        await AssertFreshAsync(elements, 8);

        var work = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            if (i % 2 == 0)
            {
                await ChangeAsync(db => db.Set<DataValue>()
                    .Where(v => v.OrganisationId == world.OrgC && v.DataElement!.Code == world.Prefix + "_DEATHS")
                    .ExecuteUpdateAsync(s => s.SetProperty(v => v.Numeric, v => v.Numeric + 1)));
            }

            await RefreshAsync();
        }));
        await Task.WhenAll(work);

        await AssertFreshAsync(elements, 8);
        Assert.Contains(await ActualAsync(elements), r => r.Period == Q1.Start && r.Status == ReturnStatus.Approved && r.Sum == 10 + 20 + 3 + 4);
    }
}

public sealed class SqliteNetworkTotalsTests(McnHubFactory factory) : NetworkTotalsTests<McnHubFactory>(factory), IClassFixture<McnHubFactory>;

public sealed class PostgresNetworkTotalsTests(PostgresMcnHubFactory factory) : NetworkTotalsTests<PostgresMcnHubFactory>(factory), IClassFixture<PostgresMcnHubFactory>;
