using System.Net;
using McnHub.Features.Evaluation;
using McnHub.Platform.Accounts;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Evaluation.DataValues.DataValuesApiKit;
using static McnHub.Tests.Features.Evaluation.EvaluationTestData;

namespace McnHub.Tests.Features.Evaluation.DataValues;

public sealed class DataValuesExportTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private const string Kingfisher = "Kingfisher Children's Hospice";

    private Task<int> CountAsync(Func<IQueryable<DataValue>, IQueryable<DataValue>> filter) =>
        factory.WithDbAsync(db => filter(db.Set<DataValue>()).CountAsync());

    [Fact]
    public async Task The_coordinator_pages_through_one_organisations_values_for_a_period_with_totals()
    {
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync(Kingfisher);
        var period = LastQuarter.Previous;
        var expected = await CountAsync(q => q.Where(v => v.OrganisationId == org && v.DataReturn!.Period == period));
        var client = await factory.SignInAsync(Coordinator);

        var first = await JsonAsync(await client.GetAsync($"{Route}?dataset=cpc_mds&organisation={org}&period={period.Id}&per_page=5"), HttpStatusCode.OK);
        var second = await JsonAsync(await client.GetAsync($"{Route}?dataset=CPC_MDS&organisation={org}&period={period.Id}&per_page=5&page=2"), HttpStatusCode.OK);

        Assert.True(expected > 10);
        Assert.Equal(expected, first.GetProperty("totalItems").GetInt32());
        Assert.Equal((expected + 4) / 5, first.GetProperty("totalPages").GetInt32());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        var items = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).ToList();
        Assert.Equal(10, items.Count);
        Assert.All(items, i => Assert.Equal(org, i.GetProperty("organisation").GetInt32()));
        Assert.All(items, i => Assert.Equal(period.Id, i.GetProperty("period").GetString()));
        Assert.Equal(10, items.Select(i => $"{i.GetProperty("element").GetString()}.{i.GetProperty("option").GetString()}").Distinct().Count());
    }

    [Fact]
    public async Task Element_period_range_and_status_filters_select_exactly_the_matching_values()
    {
        await factory.SeedEvaluationAsync();
        var (from, to) = (LastQuarter.Previous.Previous.Previous, LastQuarter.Previous);
        var expected = await CountAsync(q => q.Where(v => v.DataElement!.Code == "DEATHS" && v.PeriodStart >= from.Start && v.PeriodStart <= to.End && v.DataReturn!.Status == ReturnStatus.Approved));
        var client = await factory.SignInAsync(Coordinator);

        var json = await JsonAsync(await client.GetAsync($"{Route}?element=DEATHS&from={from.Id}&to={to.Id}&status=approved&per_page=200"), HttpStatusCode.OK);

        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.True(expected > 0);
        Assert.Equal(expected, json.GetProperty("totalItems").GetInt32());
        Assert.Equal(expected, items.Count);
        Assert.All(items, i => Assert.Equal("DEATHS", i.GetProperty("element").GetString()));
        Assert.All(items, i => Assert.Equal("approved", i.GetProperty("status").GetString()));
        Assert.All(items, i => Assert.True(Period.Parse(i.GetProperty("period").GetString()!) is var p && p >= from && p <= to));
    }

    [Fact]
    public async Task Bad_filters_are_answered_400_with_a_message_for_each()
    {
        await factory.SeedEvaluationAsync();
        var client = await factory.SignInAsync(Coordinator);

        var json = await JsonAsync(
            await client.GetAsync($"{Route}?dataset=NOPE&organisation=abc&period=2026Q5&element=NOPE&status=pending&page=0&per_page=500&format=xml"),
            HttpStatusCode.BadRequest);
        var both = await JsonAsync(await client.GetAsync($"{Route}?period=2025Q1&from=2025Q1"), HttpStatusCode.BadRequest);
        var backwards = await JsonAsync(await client.GetAsync($"{Route}?from=2025Q3&to=2025Q1"), HttpStatusCode.BadRequest);

        var errors = json.GetProperty("errors");
        Assert.Equal("There is no dataset with the code \"NOPE\".", errors.GetProperty("dataset")[0].GetString());
        Assert.Contains("no organisation with the id \"abc\"", errors.GetProperty("organisation")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("use 2026-03 (a month), 2026Q1 (a quarter) or 2026", errors.GetProperty("period")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("no data element", errors.GetProperty("element")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("draft, submitted, approved or reopened", errors.GetProperty("status")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("page", out _));
        Assert.Contains("1 to 200", errors.GetProperty("per_page")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("json, csv or xlsx", errors.GetProperty("format")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Give either period, or from and/or to, not both.", both.GetProperty("errors").GetProperty("period")[0].GetString());
        Assert.Equal("to must be the same period as from or a later one.", backwards.GetProperty("errors").GetProperty("to")[0].GetString());
    }

    [Fact]
    public async Task A_submitter_sees_only_their_organisations_values_and_asking_for_another_is_refused_and_audited()
    {
        await factory.SeedEvaluationAsync();
        var own = await factory.OrganisationIdAsync(SubmittersOrganisation);
        var other = await factory.OrganisationIdAsync(Kingfisher);
        var expected = await CountAsync(q => q.Where(v => v.OrganisationId == own));
        var refusals = await factory.RefusalsAsync();
        var client = await factory.SignInAsync(Submitter);

        var json = await JsonAsync(await client.GetAsync($"{Route}?per_page=200"), HttpStatusCode.OK);
        var refused = await client.GetAsync($"{Route}?organisation={other}");

        Assert.Equal(expected, json.GetProperty("totalItems").GetInt32());
        Assert.All(json.GetProperty("items").EnumerateArray(), i => Assert.Equal(own, i.GetProperty("organisation").GetInt32()));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(refusals + 1, await factory.RefusalsAsync());
    }

    [Fact]
    public async Task A_lead_sees_their_organisation_while_members_are_refused_and_anonymous_callers_get_401()
    {
        await factory.SeedEvaluationAsync();
        var kingfisher = await factory.OrganisationIdAsync(Kingfisher);
        var lead = await factory.SignInAsync("lead@riverlands.example");
        var member = await factory.SignInAsync("member@riverlands.example");

        var json = await JsonAsync(await lead.GetAsync($"{Route}?per_page=200"), HttpStatusCode.OK);

        Assert.True(json.GetProperty("totalItems").GetInt32() > 0);
        Assert.All(json.GetProperty("items").EnumerateArray(), i => Assert.Equal(kingfisher, i.GetProperty("organisation").GetInt32()));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(Route)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync(Route)).StatusCode);
    }

    [Fact]
    public async Task A_read_token_exports_but_cannot_import_and_a_write_token_can()
    {
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync(SubmittersOrganisation);
        await factory.ClearReturnAsync(org, LastQuarter);
        var read = await factory.TokenClientAsync(Submitter, TokenScope.Read);
        var write = await factory.TokenClientAsync(Submitter, TokenScope.Write);
        object[] body = [Item($"{org}", LastQuarter.Id, "DEATHS", "2")];

        var export = await JsonAsync(await read.GetAsync($"{Route}?organisation={org}"), HttpStatusCode.OK);
        var refused = await read.PostJsonAsync(body);
        var imported = await JsonAsync(await write.PostJsonAsync(body), HttpStatusCode.OK);

        Assert.True(export.GetProperty("totalItems").GetInt32() > 0);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(1, imported.GetProperty("created").GetInt32());
        Assert.Contains((await factory.ReturnAsync(org, LastQuarter))!.Values, v => v.Numeric == 2);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_export_filters_and_the_import_bodies()
    {
        using var json = System.Text.Json.JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        var path = json.RootElement.GetProperty("paths").GetProperty(Route);

        var filters = path.GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        var bodies = path.GetProperty("post").GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(c => c.Name).ToList();

        Assert.Equal(["dataset", "organisation", "period", "from", "to", "element", "status", "page", "per_page", "format"], filters);
        Assert.Equal(["application/json", "text/csv"], bodies);
    }
}
