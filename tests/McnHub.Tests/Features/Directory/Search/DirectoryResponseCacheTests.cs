using McnHub.Features.Directory;
using McnHub.Features.Directory.ReadModel;
using McnHub.Tests.Features.Interop;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static McnHub.Tests.Features.Directory.DirectoryTestData;

namespace McnHub.Tests.Features.Directory.Search;

/// <summary>
/// The directory's change counter is trusted for a second at a time and anonymous answers are kept per directory
/// version (docs/adr/0011): edits through this instance still show at once, others' within the interval, and
/// signed-in pages never come from the anonymous cache.
/// </summary>
public abstract class DirectoryResponseCacheTests<TFactory>(TFactory factory) where TFactory : McnHubFactory
{
    [Fact]
    public async Task A_service_added_through_this_instance_is_in_the_next_anonymous_search_at_once()
    {
        var word = Word();
        var url = $"/openreferral/services?text={word}";
        using var client = factory.CreateClient();
        Assert.Equal(0, (await client.GetJsonAsync(url)).GetProperty("total_items").GetInt32());
        Assert.Equal(0, (await client.GetJsonAsync(url)).GetProperty("total_items").GetInt32());

        var org = await factory.AddOrganisationAsync();
        await factory.AddServiceAsync(org.Id, s => s.Name = $"The {word} service");

        Assert.Equal(1, (await client.GetJsonAsync(url)).GetProperty("total_items").GetInt32());
    }

    [Fact]
    public async Task A_rename_through_this_instance_shows_at_once_on_the_public_page_and_in_fhir()
    {
        var org = await factory.AddOrganisationAsync();
        var service = await factory.AddServiceAsync(org.Id, s => s.Name = $"The {Word()} service");
        using var client = factory.CreateClient();
        var page = $"/services?Q={Uri.EscapeDataString(service.Name)}";
        var fhir = $"/fhir/r4/HealthcareService?organization=Organization/{org.Id}";
        var item = $"[data-service-id='{service.Id}']";
        Assert.NotNull((await client.GetDocumentAsync(page)).QuerySelector(item));
        Assert.Contains(service.Name, await client.GetStringAsync(fhir));

        var renamed = $"The {Word()} service";
        await factory.WithDbAsync(db => db.Set<McnHub.Features.Directory.Services.Service>()
            .Where(s => s.Id == service.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Name, renamed)));

        Assert.Null((await client.GetDocumentAsync(page)).QuerySelector(item));
        Assert.Contains(renamed, await client.GetStringAsync(fhir));
    }

    [Fact]
    public async Task A_change_made_elsewhere_is_seen_once_the_check_interval_has_passed()
    {
        // A read model of its own stands for another instance: this app's writes do not reach it.
        var clock = new ManualClock();
        using var elsewhere = new DirectoryReadModel(
            factory.Services.GetRequiredService<DirectoryVersionReader>(),
            Options.Create(new DirectoryOptions { VersionCheckInterval = TimeSpan.FromSeconds(1) }),
            clock);
        var before = await elsewhere.VersionAsync(CancellationToken.None);

        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""UPDATE "DirectoryVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1"""));

        clock.Advance(TimeSpan.FromMilliseconds(900));
        Assert.Equal(before, await elsewhere.VersionAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromMilliseconds(100));
        Assert.True(await elsewhere.VersionAsync(CancellationToken.None) > before);
    }

    [Fact]
    public async Task A_write_through_an_instance_makes_it_ask_the_counter_again_within_the_interval()
    {
        var clock = new ManualClock();
        using var readModel = new DirectoryReadModel(
            factory.Services.GetRequiredService<DirectoryVersionReader>(),
            Options.Create(new DirectoryOptions { VersionCheckInterval = TimeSpan.FromHours(1) }),
            clock);
        var before = await readModel.VersionAsync(CancellationToken.None);
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""UPDATE "DirectoryVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1"""));
        Assert.Equal(before, await readModel.VersionAsync(CancellationToken.None));

        readModel.NoteLocalWrite();

        Assert.True(await readModel.VersionAsync(CancellationToken.None) > before);
    }

    [Fact]
    public async Task A_signed_in_visitor_never_gets_the_page_kept_for_anonymous_visitors()
    {
        var url = $"/services?Q={Word()}";
        using var anonymous = factory.CreateClient();
        Assert.NotNull((await anonymous.GetDocumentAsync(url)).QuerySelector("a[href='/account/sign-in']"));
        Assert.NotNull((await anonymous.GetDocumentAsync(url)).QuerySelector("a[href='/account/sign-in']"));

        using var member = await factory.SignInAsync("member@riverlands.example");
        var signedIn = await member.GetDocumentAsync(url);

        Assert.NotNull(signedIn.QuerySelector("form[action='/account/sign-out']"));
        Assert.Null(signedIn.QuerySelector("a[href='/account/sign-in']"));
        var again = await anonymous.GetDocumentAsync(url);
        Assert.Null(again.QuerySelector("form[action='/account/sign-out']"));
    }

    [Fact]
    public async Task An_anonymous_search_page_sets_no_cookie_and_is_served_again_from_the_cache()
    {
        var url = $"/services?Q={Word()}";
        using var anonymous = factory.CreateClient();

        using var first = await anonymous.GetAsync(url);
        using var second = await anonymous.GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.OK, second.StatusCode);
        Assert.False(first.Headers.Contains("Set-Cookie"), "an anonymous search page must not set a cookie");
        Assert.True(second.Headers.Age.HasValue, "the second answer should come from the response cache");
    }

    private sealed class ManualClock : TimeProvider
    {
        private long ticks = 1_000_000;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => ticks;

        public void Advance(TimeSpan by) => ticks += by.Ticks;
    }
}

public sealed class SqliteDirectoryResponseCacheTests(McnHubFactory factory) : DirectoryResponseCacheTests<McnHubFactory>(factory), IClassFixture<McnHubFactory>;

public sealed class PostgresDirectoryResponseCacheTests(PostgresMcnHubFactory factory) : DirectoryResponseCacheTests<PostgresMcnHubFactory>(factory), IClassFixture<PostgresMcnHubFactory>;
