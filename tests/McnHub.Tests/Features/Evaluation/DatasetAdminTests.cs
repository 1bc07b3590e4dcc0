using System.Net;
using McnHub.Features.Evaluation;
using McnHub.Tests.Features.Members.People;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Evaluation.EvaluationTestData;

namespace McnHub.Tests.Features.Evaluation;

public sealed class DatasetAdminTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task A_data_element_with_a_bad_or_duplicate_code_is_refused_and_a_good_one_is_added()
    {
        await factory.SeedEvaluationAsync();
        var client = await factory.SignInAsync(Coordinator);
        var page = await client.GetDocumentAsync("/data/elements/new");
        var values = new Dictionary<string, string>
        {
            ["Input.Code"] = "deaths home",
            ["Input.Name"] = "Transfers to adult services",
            ["Input.Definition"] = "Young people whose care moved to adult services during the quarter.",
            ["Input.ValueType"] = "Integer",
            ["Input.Aggregation"] = "Sum",
        };

        var bad = await HttpExtensions.ParseAsync(await client.SubmitFormAsync(page, values));
        Assert.Contains("use only capital letters, digits and underscores", bad.FieldError("Input_Code"), StringComparison.Ordinal);
        values["Input.Code"] = "DEATHS_HOME";
        var duplicate = await HttpExtensions.ParseAsync(await client.SubmitFormAsync(page, values));
        Assert.Contains("already a data element with the code DEATHS_HOME", duplicate.FieldError("Input_Code"), StringComparison.Ordinal);
        Assert.Equal("Transfers to adult services", duplicate.FieldValue("Input_Name"));
        values["Input.Code"] = "transfers_adult";
        var added = await client.SubmitFormAsync(page, values);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Set<DataElement>().AnyAsync(e => e.Code == "TRANSFERS_ADULT")));
    }

    [Fact]
    public async Task An_element_with_stored_values_keeps_its_code_and_type()
    {
        await factory.SeedEvaluationAsync();
        var id = await factory.WithDbAsync(db => db.Set<DataElement>().Where(e => e.Code == "ACP").Select(e => e.Id).SingleAsync());
        var client = await factory.SignInAsync(Coordinator);
        var page = await client.GetDocumentAsync($"/data/elements/{id}/edit");

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.Code"] = "ACP_NEW", ["Input.ValueType"] = "Text" });

        var again = await HttpExtensions.ParseAsync(response);
        Assert.Contains("its code cannot change", again.FieldError("Input_Code"), StringComparison.Ordinal);
        Assert.Contains("its type cannot change", again.FieldError("Input_ValueType"), StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.Set<DataElement>().AnyAsync(e => e.Code == "ACP" && e.ValueType == DataValueType.Integer)));
    }

    [Fact]
    public async Task Assigning_an_organisation_makes_its_return_expected()
    {
        await factory.SeedEvaluationAsync();
        var dataset = await factory.DatasetIdAsync();
        var charity = await factory.OrganisationIdAsync("Starlight Sibling Support");
        var client = await factory.SignInAsync(Coordinator);
        var page = await client.GetDocumentAsync($"/data/datasets/{dataset}/assignments");
        var selected = page.QuerySelectorAll("input[name=Selected][checked]").Select(i => i.GetAttribute("value")!).Append(charity.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var form = page.QuerySelector("main form")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync($"/data/datasets/{dataset}/assignments", new FormUrlEncodedContent(
            selected.Select(s => new KeyValuePair<string, string>("Selected", s)).Append(new("__RequestVerificationToken", token))));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Set<DatasetAssignment>().AnyAsync(a => a.DatasetId == dataset && a.OrganisationId == charity)));
        Assert.Equal(selected.Count, await factory.WithDbAsync(db => db.Set<DatasetAssignment>().CountAsync(a => a.DatasetId == dataset)));
        var entry = await client.GetDocumentAsync(Url(charity, dataset, LastQuarter));
        Assert.NotNull(entry.QuerySelector("main form"));
    }
}
