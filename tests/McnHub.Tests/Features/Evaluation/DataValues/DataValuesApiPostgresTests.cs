using System.Net;
using McnHub.Tests.Support;
using static McnHub.Tests.Features.Evaluation.DataValues.DataValuesApiKit;
using static McnHub.Tests.Features.Evaluation.EvaluationTestData;

namespace McnHub.Tests.Features.Evaluation.DataValues;

/// <summary>The import's queries (periods by value conversion, codes, statuses) and the export's ordering on PostgreSQL.</summary>
public sealed class DataValuesApiPostgresTests(PostgresMcnHubFactory factory) : IClassFixture<PostgresMcnHubFactory>
{
    [Fact]
    public async Task Values_are_imported_refused_when_locked_and_exported_on_PostgreSQL()
    {
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync(SubmittersOrganisation);
        await factory.ClearReturnAsync(org, LastQuarter);
        var client = await factory.SignInAsync(Submitter);

        var imported = await JsonAsync(await client.PostJsonAsync(new object[]
        {
            Item($"{org}", LastQuarter.Id, "DEATHS", "2"),
            Item($"{org}", LastQuarter.Id, "CASELOAD", "1 234", option: "AGE_10_14"),
        }), HttpStatusCode.OK);
        var locked = await ErrorsAsync(await client.PostJsonAsync(new object[] { Item($"{org}", LastQuarter.Previous.Id, "DEATHS", "2") }));
        var export = await JsonAsync(await client.GetAsync($"{Route}?organisation={org}&period={LastQuarter.Id}&per_page=200"), HttpStatusCode.OK);

        Assert.Equal(2, imported.GetProperty("created").GetInt32());
        Assert.Contains("the co-ordinator must reopen it first", Assert.Single(locked), StringComparison.Ordinal);
        Assert.Equal(["CASELOAD.AGE_10_14=1234", "DEATHS.=2"], export.GetProperty("items").EnumerateArray().Select(i => $"{i.GetProperty("element").GetString()}.{i.GetProperty("option").GetString()}={i.GetProperty("value").GetString()}"));
    }
}
