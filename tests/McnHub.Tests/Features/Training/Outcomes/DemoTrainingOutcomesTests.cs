using McnHub.Features.Training.Model;
using McnHub.Features.Training.Outcomes;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Training.Outcomes;

public sealed class DemoTrainingOutcomesTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task The_demo_outcomes_seed_workforce_and_news_once_and_running_it_again_adds_nothing()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        await factory.WithDbAsync(async db => { await DemoTrainingOutcomes.SeedAsync(db, today); return 0; });
        var workforce = await factory.WithDbAsync(db => db.Set<WorkforceRecord>().CountAsync());
        var news = await factory.WithDbAsync(db => db.Set<NewsPost>().CountAsync());
        await factory.WithDbAsync(async db => { await DemoTrainingOutcomes.SeedAsync(db, today); return 0; });

        Assert.True(workforce > 10);
        Assert.True(news >= 4);
        Assert.Equal(workforce, await factory.WithDbAsync(db => db.Set<WorkforceRecord>().CountAsync()));
        Assert.Equal(news, await factory.WithDbAsync(db => db.Set<NewsPost>().CountAsync()));
    }
}
