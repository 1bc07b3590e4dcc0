using System.Net;
using System.Text.Json;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.Organisations;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Members.Organisations;

/// <summary>The public JSON API on the seeded network (read only).</summary>
public abstract class OrganisationsApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : McnHubFactory
{
    protected TFactory Factory => factory;

    protected static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    protected static List<string> Names(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();

    [Fact]
    public async Task The_list_is_paged_in_an_envelope_with_the_total()
    {
        var total = await factory.WithDbAsync(db => db.Set<Organisation>().CountAsync());
        var client = factory.CreateClient();

        var first = await JsonAsync(await client.GetAsync("/api/v1/organisations?pageSize=10"));
        var last = await JsonAsync(await client.GetAsync($"/api/v1/organisations?pageSize=10&page={(total + 9) / 10}"));

        Assert.Equal(10, first.GetProperty("items").GetArrayLength());
        Assert.Equal((1, 10, total, (total + 9) / 10), (first.GetProperty("page").GetInt32(), first.GetProperty("pageSize").GetInt32(), first.GetProperty("totalItems").GetInt32(), first.GetProperty("totalPages").GetInt32()));
        Assert.Equal(total - ((total + 9) / 10 - 1) * 10, last.GetProperty("items").GetArrayLength());
        Assert.Empty(Names(first).Intersect(Names(last)));
    }

    [Fact]
    public async Task Filters_by_type_sector_status_area_and_search_with_enums_as_strings()
    {
        var client = Factory.CreateClient();

        var hospices = await JsonAsync(await client.GetAsync("/api/v1/organisations?type=childrensHospice&sector=NonNhs&area=northbrook&q=KING"));
        var left = await JsonAsync(await client.GetAsync("/api/v1/organisations?status=Left"));

        var item = Assert.Single(hospices.GetProperty("items").EnumerateArray());
        Assert.Equal("Kingfisher Children's Hospice", item.GetProperty("name").GetString());
        Assert.Equal("ChildrensHospice", item.GetProperty("type").GetString());
        Assert.Equal("NonNhs", item.GetProperty("sector").GetString());
        Assert.Equal("Member", item.GetProperty("status").GetString());
        Assert.Equal(["Eastmere", "Northbrook"], item.GetProperty("areasServed").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(["Helping Hands Transition Project"], Names(left));
    }

    [Fact]
    public async Task Contact_details_are_only_given_to_signed_in_callers()
    {
        var id = await factory.WithDbAsync(db => db.Set<Organisation>().Where(o => o.Name == "Kingfisher Children's Hospice").Select(o => o.Id).SingleAsync());

        var anonymous = await JsonAsync(await factory.CreateClient().GetAsync($"/api/v1/organisations/{id}"));
        var member = await JsonAsync(await (await factory.SignInAsync("member@riverlands.example")).GetAsync($"/api/v1/organisations/{id}"));

        Assert.Equal(JsonValueKind.Null, anonymous.GetProperty("email").ValueKind);
        Assert.Equal("8KF01", anonymous.GetProperty("odsCode").GetString());
        Assert.StartsWith("enquiries@", member.GetProperty("email").GetString());
    }

    [Fact]
    public async Task An_unknown_organisation_is_a_404_problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/organisations/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("Organisation not found", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Invalid_filters_are_a_400_validation_problem_naming_each()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/organisations?type=Hospital&sector=Private&status=3&area=Atlantis&page=0&pageSize=500");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal(["area", "page", "pageSize", "sector", "status", "type"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Contains("ChildrensHospice", errors.GetProperty("type")[0].GetString());
    }
}

public sealed class SqliteOrganisationsApiTests(McnHubFactory factory) : OrganisationsApiTests<McnHubFactory>(factory)
{
    [Fact]
    public async Task The_region_as_area_covers_every_organisation_serving_its_areas()
    {
        var region = await Factory.WithDbAsync(db => db.Set<Area>().SingleAsync(a => a.ParentId == null));
        var serving = await Factory.WithDbAsync(db => db.Set<Organisation>().CountAsync(o => o.AreasServed.Any()));

        var page = await JsonAsync(await Factory.CreateClient().GetAsync($"/api/v1/organisations?area={region.Id}&pageSize=200"));

        Assert.Equal(serving, page.GetProperty("totalItems").GetInt32());
    }

    [Fact]
    public async Task The_openapi_document_describes_both_endpoints_and_their_answers()
    {
        var document = await JsonAsync(await Factory.CreateClient().GetAsync("/openapi/v1.json"));

        var paths = document.GetProperty("paths");
        var list = paths.GetProperty("/api/v1/organisations").GetProperty("get");
        var one = paths.GetProperty("/api/v1/organisations/{id}").GetProperty("get");
        Assert.Equal("ListOrganisations", list.GetProperty("operationId").GetString());
        Assert.Equal(["200", "400"], list.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
        Assert.Equal(["200", "404"], one.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
        Assert.Contains(list.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "pageSize");
    }
}
