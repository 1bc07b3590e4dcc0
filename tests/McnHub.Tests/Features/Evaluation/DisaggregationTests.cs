using System.Net;
using McnHub.Features.Evaluation;
using McnHub.Tests.Features.Members.People;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Evaluation.EvaluationTestData;

namespace McnHub.Tests.Features.Evaluation;

public sealed class DisaggregationTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task A_disaggregation_with_a_malformed_or_repeated_option_is_refused_and_a_good_one_is_added_in_order()
    {
        await factory.SeedEvaluationAsync();
        var client = await factory.SignInAsync(Coordinator);
        var page = await client.GetDocumentAsync("/data/disaggregations/new");
        var values = new Dictionary<string, string> { ["Input.Code"] = "place", ["Input.Name"] = "Place of care", ["Input.Options"] = "HOME, Home\nhospice" };

        var malformed = await HttpExtensions.ParseAsync(await client.SubmitFormAsync(page, values));
        Assert.Contains("Line 2:", malformed.FieldError("Input_Options"), StringComparison.Ordinal);
        Assert.Equal("Place of care", malformed.FieldValue("Input_Name"));
        values["Input.Options"] = "HOME, Home\nHOME, At home";
        var repeated = await HttpExtensions.ParseAsync(await client.SubmitFormAsync(page, values));
        Assert.Contains("HOME is used twice", repeated.FieldError("Input_Options"), StringComparison.Ordinal);
        values["Input.Options"] = "HOSPICE, Hospice\nhome, Home";
        var added = await client.SubmitFormAsync(page, values);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var options = await factory.WithDbAsync(db => db.Set<CategoryOption>().Where(o => o.CategoryCombo!.Code == "PLACE").OrderBy(o => o.SortOrder).Select(o => o.Code).ToListAsync());
        Assert.Equal(["HOSPICE", "HOME"], options);
    }

    [Fact]
    public async Task A_disaggregation_in_use_by_values_keeps_its_options_but_can_rename_them()
    {
        await factory.SeedEvaluationAsync();
        var id = await factory.WithDbAsync(db => db.Set<CategoryCombo>().Where(c => c.Code == "AGE_BAND").Select(c => c.Id).SingleAsync());
        var client = await factory.SignInAsync(Coordinator);
        var page = await client.GetDocumentAsync($"/data/disaggregations/{id}/edit");
        var lines = page.QuerySelector("#Input_Options")!.TextContent.Trim().Split('\n');

        var refused = await HttpExtensions.ParseAsync(await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.Options"] = string.Join("\n", lines.Skip(1)) }));
        Assert.Contains("cannot be dropped", refused.FieldError("Input_Options"), StringComparison.Ordinal);
        Assert.Equal(lines.Length, await factory.WithDbAsync(db => db.Set<CategoryOption>().CountAsync(o => o.CategoryComboId == id)));

        var renamed = lines.Select(l => l + " (years)").ToArray();
        var saved = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.Options"] = string.Join("\n", renamed) });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var names = await factory.WithDbAsync(db => db.Set<CategoryOption>().Where(o => o.CategoryComboId == id).Select(o => o.Name).ToListAsync());
        Assert.Equal(lines.Length, names.Count);
        Assert.All(names, n => Assert.EndsWith("(years)", n, StringComparison.Ordinal));
    }
}
