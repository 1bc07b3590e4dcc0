using System.Diagnostics;
using McnHub.Features.Evaluation;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static McnHub.Tests.Features.Evaluation.EvaluationTestData;

namespace McnHub.Tests.Features.Evaluation;

public sealed class DemoEvaluationTests(McnHubFactory factory, ITestOutputHelper output) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task The_demo_dataset_seeds_two_years_of_mostly_approved_returns_quickly_and_seeding_again_adds_nothing()
    {
        // Its own factory, started first (the app and its demo network), so the stopwatch times the seed alone.
        await using var fresh = new McnHubFactory();
        await fresh.WithDbAsync(db => db.Set<Dataset>().CountAsync());
        var watch = Stopwatch.StartNew();
        await fresh.SeedEvaluationAsync();
        watch.Stop();
        output.WriteLine($"Demo evaluation seed: {watch.ElapsedMilliseconds} ms");
        await fresh.SeedEvaluationAsync();

        var (returns, values, datasets, indicators) = await fresh.WithDbAsync(async db => (
            await db.Set<DataReturn>().AsNoTracking().ToListAsync(),
            await db.Set<DataValue>().CountAsync(),
            await db.Set<Dataset>().CountAsync(),
            await db.Set<Indicator>().CountAsync()));
        Assert.Equal(1, datasets);
        Assert.True(indicators >= 5);
        Assert.Equal(8, returns.Select(r => r.Period).Distinct().Count());
        Assert.True(returns.Count(r => r.Status == ReturnStatus.Approved) > returns.Count / 2);
        Assert.Contains(returns, r => r.Status == ReturnStatus.Submitted);
        Assert.Contains(returns, r => r.Status == ReturnStatus.Draft);
        Assert.Contains(returns, r => r.SubmittedAt is DateTime at && DateOnly.FromDateTime(at) > r.PeriodEnd.AddDays(30));
        Assert.True(values > 1000);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"Seeding took {watch.Elapsed}");
    }

    [Fact]
    public async Task Every_submitted_demo_return_passes_the_error_rules_and_some_carry_an_explained_warning()
    {
        await factory.SeedEvaluationAsync();
        var expressions = new ExpressionService();

        var (layout, returns) = await factory.WithDbAsync(async db => (
            (await ReturnLayout.LoadAsync(db, await db.Set<Dataset>().Select(d => d.Id).SingleAsync(), CancellationToken.None))!,
            await db.Set<DataReturn>().AsNoTracking().Include(r => r.Values).Where(r => r.Status != ReturnStatus.Draft).ToListAsync()));

        var warned = 0;
        foreach (var r in returns)
        {
            var outcomes = ReturnChecks.Run(layout, r.Values.ToDictionary(McnHub.Features.Evaluation.Returns.EntryModel.Key, v => v.Numeric), expressions);
            Assert.DoesNotContain(outcomes, o => o.Failed && o.Rule.Importance == RuleImportance.Error);
            if (outcomes.Any(o => o.Failed))
            {
                warned++;
                Assert.Contains(r.Values, v => v.Comment is not null);
            }
        }

        Assert.True(warned > 0);
    }

    [Fact]
    public async Task Every_demo_indicator_and_rule_expression_is_valid_against_the_demo_elements()
    {
        await factory.SeedEvaluationAsync();
        var expressions = new ExpressionService();

        var (known, texts) = await factory.WithDbAsync(async db =>
        {
            var elements = await db.Set<DataElement>().Include(e => e.CategoryCombo!).ThenInclude(c => c.Options).ToListAsync();
            var codes = elements.Select(e => e.Code);
            var options = elements.SelectMany(e => (e.CategoryCombo?.Options ?? []).Select(o => e.Code + "." + o.Code));
            var indicators = await db.Set<Indicator>().Select(i => new[] { i.Numerator, i.Denominator }).ToListAsync();
            var rules = await db.Set<ValidationRule>().Select(r => new[] { r.Left, r.Right }).ToListAsync();
            return (codes.Concat(options).ToHashSet(StringComparer.OrdinalIgnoreCase), indicators.Concat(rules).SelectMany(x => x).ToList());
        });

        Assert.All(texts, t => Assert.True(expressions.Check(t, known).IsValid, t));
    }
}
