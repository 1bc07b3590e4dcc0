using System.Net;
using McnHub.Features.Members.Organisations;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Members.Organisations;

/// <summary>The API tests again, on PostgreSQL.</summary>
public sealed class PostgresOrganisationsApiTests(PostgresMcnHubFactory factory) : OrganisationsApiTests<PostgresMcnHubFactory>(factory);

/// <summary>What differs between the providers: case-insensitive search and uniqueness, ordering with NULLs, enum filters.</summary>
public sealed class PostgresOrganisationListTests(PostgresMcnHubFactory factory) : IClassFixture<PostgresMcnHubFactory>
{
    private static List<string> Names(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("table tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task Search_is_case_insensitive_on_postgresql_too()
    {
        var client = factory.CreateBrowserClient();

        var byName = await client.GetDocumentAsync("/organisations?q=KINGFISHER");
        var byOds = await client.GetDocumentAsync("/organisations?q=8kf01");

        Assert.Equal(["Kingfisher Children's Hospice"], Names(byName));
        Assert.Equal(["Kingfisher Children's Hospice"], Names(byOds));
    }

    [Fact]
    public async Task Filters_and_sort_by_date_joined_put_those_never_joined_last()
    {
        var page = await factory.CreateBrowserClient().GetDocumentAsync("/organisations?type=Charity&sort=joined&status=all");
        var charities = await factory.WithDbAsync(db => db.Set<Organisation>().Where(o => o.Type == OrganisationType.Charity).ToListAsync());
        var expected = charities.Where(o => o.JoinedOn is not null).OrderBy(o => o.JoinedOn).ThenBy(o => o.Name, StringComparer.Ordinal)
            .Concat(charities.Where(o => o.JoinedOn is null).OrderBy(o => o.Name, StringComparer.Ordinal)).Select(o => o.Name);

        Assert.Equal(expected, Names(page));
    }

    [Fact]
    public async Task A_duplicate_name_in_another_case_is_refused_and_a_new_one_saved()
    {
        var client = await factory.SignInAsync("coordinator@riverlands.example");
        var page = await client.GetDocumentAsync("/organisations/new");
        var name = OrganisationFormTests.Unique("Postgres Care");

        var duplicate = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.Name"] = "willow BANK children's hospice", ["Input.Type"] = "Charity", ["Input.Sector"] = "Nhs" });
        var created = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Type"] = "Charity", ["Input.Sector"] = "Nhs" });

        Assert.Contains("already exists", (await HttpExtensions.ParseAsync(duplicate)).QuerySelector("#Input_Name-error")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Set<Organisation>().AnyAsync(o => o.Name == name)));
    }
}
