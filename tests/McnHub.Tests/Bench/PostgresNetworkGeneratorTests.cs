using McnHub.Bench.Generation;
using McnHub.Features.Directory.Services;
using McnHub.Features.Members.Organisations;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Bench;

/// <summary>The generator on PostgreSQL: typed nulls, the full-text index, and identity sequences that carry on after the generated ids.</summary>
public sealed class PostgresNetworkGeneratorTests
{
    [Fact]
    public async Task A_generated_PostgreSQL_network_is_indexed_and_the_app_can_add_to_it()
    {
        using var database = new TestDatabase(Provider.Postgres);
        var report = await Generator.RunAsync(BenchProvider.Postgres, database.ConnectionString, new GeneratorOptions(20, 100, 12, 5), TextWriter.Null, new DateOnly(2026, 6, 1));
        await using var db = Generator.CreateContext(BenchProvider.Postgres, database.ConnectionString);

        var added = new Organisation { Name = "Added after the generator", Type = OrganisationType.Charity, Sector = Sector.NonNhs };
        db.Add(added);
        await db.SaveChangesAsync();

        Assert.Equal(100, report.IndexedServices);
        Assert.Equal(100, await db.Set<Service>().CountAsync());
        Assert.Equal(21, added.Id);
        Npgsql.NpgsqlConnection.ClearAllPools();
    }
}
