using System.Net;
using McnHub.Features.Directory.Search;
using McnHub.Platform.Data;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static McnHub.Tests.Features.Directory.DirectoryTestData;

namespace McnHub.Tests.Features.Directory.Search;

/// <summary>The in-memory read model (docs/adr/0009) follows the database, whoever writes it.</summary>
public abstract class DirectoryReadModelTests<TFactory>(TFactory factory) where TFactory : McnHubFactory
{
    [Fact]
    public async Task A_rename_written_in_plain_sql_shows_in_the_next_search()
    {
        var org = await factory.AddOrganisationAsync();
        var service = await factory.AddServiceAsync(org.Id, s => s.Name = $"The {Word()} service");
        Assert.Contains(service.Id, await IdsAsync(service.Name));

        var renamed = $"The {Word()} service";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.ExecuteSqlAsync($"""UPDATE "Service" SET "Name" = {renamed} WHERE "Id" = {service.Id}""");
        }

        var page = await SearchAsync(renamed);
        Assert.Equal(renamed, Assert.Single(page.Items, i => i.Id == service.Id).Name);
        Assert.DoesNotContain(service.Id, await IdsAsync(service.Name));
    }

    [Fact]
    public async Task A_fhir_organization_read_has_an_etag_and_answers_not_modified_when_it_is_sent_back()
    {
        var org = await factory.AddOrganisationAsync();
        using var client = factory.CreateClient();

        using var first = await client.GetAsync($"/fhir/r4/Organization/{org.Id}");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = Assert.Single(first.Headers.GetValues("ETag"));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/fhir/r4/Organization/{org.Id}");
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    private async Task<List<int>> IdsAsync(string text) => (await SearchAsync(text)).Items.Select(i => i.Id).ToList();

    private async Task<McnHub.Platform.Ui.Page<DirectorySearchResult>> SearchAsync(string text)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DirectorySearch>().SearchAsync(new DirectorySearchCriteria { Text = text });
    }
}

public sealed class SqliteDirectoryReadModelTests(McnHubFactory factory) : DirectoryReadModelTests<McnHubFactory>(factory), IClassFixture<McnHubFactory>;

public sealed class PostgresDirectoryReadModelTests(PostgresMcnHubFactory factory) : DirectoryReadModelTests<PostgresMcnHubFactory>(factory), IClassFixture<PostgresMcnHubFactory>;
