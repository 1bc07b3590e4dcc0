using McnHub.Bench.Generation;
using McnHub.Features.Directory;
using McnHub.Features.Directory.ReadModel;
using McnHub.Features.Directory.Search;
using McnHub.Features.Directory.Services;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace McnHub.Tests.Bench;

/// <summary>One small generated network, shared by the tests that only read it.</summary>
public sealed class GeneratedNetworkFixture : IAsyncLifetime
{
    public static readonly DateOnly Today = new(2026, 6, 1);
    public static readonly GeneratorOptions Small = new(Organisations: 40, Services: 200, Areas: 20, Seed: 7);

    public TestDatabase Database { get; } = new(Provider.Sqlite);

    public GenerationReport Report { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Report = await Generator.RunAsync(BenchProvider.Sqlite, Database.ConnectionString, Small, TextWriter.Null, Today);

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Database.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The benchmark's generator, at a small scale: what it writes is what the app would have written, and the app finds it.</summary>
public sealed class NetworkGeneratorTests(GeneratedNetworkFixture network) : IClassFixture<GeneratedNetworkFixture>
{
    private static readonly DateOnly Today = GeneratedNetworkFixture.Today;
    private readonly string _connection = network.Database.ConnectionString;

    [Fact]
    public async Task It_writes_the_numbers_asked_for_and_indexes_every_service()
    {
        await using var db = Context();

        Assert.Equal(200, await db.Set<Service>().CountAsync());
        Assert.Equal(40, await db.Set<Organisation>().CountAsync());
        Assert.Equal(20, await db.Set<Area>().CountAsync());
        Assert.Equal(13, await db.Set<McnHub.Features.Directory.Taxonomy.TaxonomyTerm>().CountAsync());
        Assert.Equal(200, network.Report.IndexedServices);
        Assert.Equal(network.Report.Rows["OpeningHours"], await db.Set<OpeningHours>().CountAsync());
    }

    [Fact]
    public async Task Every_service_has_a_type_a_location_and_an_area_and_hours_unless_it_is_24_7()
    {
        await using var db = Context();
        var services = await db.Set<Service>().Select(s => new { s.Is24x7, Types = s.Types.Count, Locations = s.Locations.Count, Areas = s.Areas.Count, Hours = s.Hours.Count }).ToListAsync();

        Assert.All(services, s => Assert.True(s.Types > 0 && (s.Locations is 1 or 2) && s.Areas > 0 && (s.Hours > 0) != s.Is24x7, s.ToString()));
        Assert.Contains(services, s => s.Is24x7);
    }

    [Fact]
    public async Task Areas_form_regions_then_boards_then_local_areas_with_populations()
    {
        await using var db = Context();
        var areas = await db.Set<Area>().Include(a => a.Parent).ToListAsync();

        Assert.All(areas.Where(a => a.Kind == AreaKind.Region), a => Assert.Null(a.ParentId));
        Assert.All(areas.Where(a => a.Kind == AreaKind.IntegratedCareBoard), a => Assert.Equal(AreaKind.Region, a.Parent!.Kind));
        Assert.All(areas.Where(a => a.Kind == AreaKind.LocalAuthority), a => Assert.True(a.Parent!.Kind == AreaKind.IntegratedCareBoard && a.Population0To19 > 0));
    }

    [Fact]
    public async Task The_directory_search_finds_a_generated_service_by_its_name()
    {
        await using var db = Context();
        var service = await db.Set<Service>().Where(s => s.Status == ServiceStatus.Active).OrderBy(s => s.Id).FirstAsync();
        var readModel = new DirectoryReadModel(new DirectoryVersionReader(Options.Create(new DatabaseOptions { ConnectionString = _connection })), Options.Create(new DirectoryOptions()), TimeProvider.System);
        var search = new DirectorySearch(db, readModel, Options.Create(new DirectoryOptions()), TimeProvider.System);

        var page = await search.SearchAsync(new DirectorySearchCriteria { Text = service.Name, PageSize = 100 });

        Assert.Contains(page.Items, r => r.Id == service.Id);
    }

    [Fact]
    public async Task Dates_and_times_are_stored_in_the_form_the_app_stores_them()
    {
        using var own = new TestDatabase(Provider.Sqlite);
        await Generator.RunAsync(BenchProvider.Sqlite, own.ConnectionString, new GeneratorOptions(2, 3, 3), TextWriter.Null, Today);
        await using var db = Generator.CreateContext(BenchProvider.Sqlite, own.ConnectionString);
        var generated = await db.Set<OpeningHours>().AsNoTracking().OrderBy(h => h.Id).FirstAsync();
        var service = await db.Set<Service>().AsNoTracking().FirstAsync(s => s.Id == generated.ServiceId);
        var hours = new OpeningHours { ServiceId = generated.ServiceId, Day = generated.Day, Opens = generated.Opens, Closes = generated.Closes };
        var copy = new Service { OrganisationId = service.OrganisationId, Name = "Written by the app", Description = "x", LastVerifiedOn = service.LastVerifiedOn, CreatedAt = service.CreatedAt, UpdatedAt = service.UpdatedAt };
        db.AddRange(hours, copy);
        await db.SaveChangesAsync();

        // Text comparisons in SQL (dates in filters, times in order) only work if both writers use one format.
        Assert.Equal(1, await Distinct(db, "SELECT COUNT(DISTINCT \"Opens\" || \"Closes\") AS \"Value\" FROM \"OpeningHours\" WHERE \"Id\" IN ({0}, {1})", generated.Id, hours.Id));
        Assert.Equal(1, await Distinct(db, "SELECT COUNT(DISTINCT \"LastVerifiedOn\" || \"CreatedAt\" || \"UpdatedAt\") AS \"Value\" FROM \"Service\" WHERE \"Id\" IN ({0}, {1})", service.Id, copy.Id));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task It_refuses_a_database_that_already_holds_a_network()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => Generator.RunAsync(BenchProvider.Sqlite, _connection, GeneratedNetworkFixture.Small, TextWriter.Null, Today));

        Assert.Contains("empty database", refused.Message);
    }

    [Fact]
    public void The_same_seed_gives_the_same_network_with_every_organisation_type_and_sector()
    {
        var options = new GeneratorOptions(Organisations: 2_000, Services: 500, Areas: 60, Seed: 3);
        var first = NationalNetwork.Generate(options, Today);
        var second = NationalNetwork.Generate(options, Today);

        Assert.Equal(first.Services.Rows.Select(r => string.Join("|", r)), second.Services.Rows.Select(r => string.Join("|", r)));
        Assert.Equal(Enum.GetNames<OrganisationType>().Order(), first.Organisations.Rows.Select(r => (string)r[3]!).Distinct().Order());
        Assert.Equal(Enum.GetNames<Sector>().Order(), first.Organisations.Rows.Select(r => (string)r[4]!).Distinct().Order());
        Assert.Equal(2_000, first.Organisations.Rows.Select(r => (string)r[1]!).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    private AppDbContext Context() => Generator.CreateContext(BenchProvider.Sqlite, _connection);

    private static async Task<int> Distinct(AppDbContext db, string sql, params object[] values) =>
        await db.Database.SqlQueryRaw<int>(sql, values).SingleAsync();
}
