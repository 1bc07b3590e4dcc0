using System.Net;
using AngleSharp.Dom;
using McnHub.Features.Evaluation;
using McnHub.Tests.Features.Members.People;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Evaluation.EvaluationTestData;

namespace McnHub.Tests.Features.Evaluation;

public sealed class DatasetEditorTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task A_dataset_with_days_out_of_range_or_a_taken_code_is_refused_and_a_good_one_is_added()
    {
        await factory.SeedEvaluationAsync();
        var client = await factory.SignInAsync(Coordinator);
        var page = await client.GetDocumentAsync("/data/datasets/new");
        var values = new Dictionary<string, string>
        {
            ["Input.Code"] = "CPC_MDS",
            ["Input.Name"] = "Bereavement follow-up",
            ["Input.PeriodType"] = "Yearly",
            ["Input.DueDays"] = "366",
            ["Input.OpenForLateEntryDays"] = "ten",
        };

        var bad = await HttpExtensions.ParseAsync(await client.SubmitFormAsync(page, values));
        Assert.Contains("already a dataset with the code CPC_MDS", bad.FieldError("Input_Code"), StringComparison.Ordinal);
        Assert.Contains("from 0 to 365", bad.FieldError("Input_DueDays"), StringComparison.Ordinal);
        Assert.Contains("from 0 to 365", bad.FieldError("Input_OpenForLateEntryDays"), StringComparison.Ordinal);
        Assert.Equal("Bereavement follow-up", bad.FieldValue("Input_Name"));
        values["Input.Code"] = "bereavement_fu";
        values["Input.DueDays"] = "0";
        values["Input.OpenForLateEntryDays"] = "365";
        values["Input.RequireValidationPass"] = "true";
        var added = await client.SubmitFormAsync(page, values);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Set<Dataset>().SingleAsync(d => d.Code == "BEREAVEMENT_FU"));
        Assert.Equal((PeriodType.Yearly, 0, 365, true), (saved.PeriodType, saved.DueDays, saved.OpenForLateEntryDays, saved.RequireValidationPass));
        Assert.Equal($"/data/datasets/{saved.Id}/sections", added.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_period_type_of_a_dataset_with_returns_cannot_change_but_its_other_details_can()
    {
        await factory.SeedEvaluationAsync();
        var id = await factory.DatasetIdAsync();
        var client = await factory.SignInAsync(Coordinator);
        var page = await client.GetDocumentAsync($"/data/datasets/{id}/edit");

        var refused = await HttpExtensions.ParseAsync(await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.PeriodType"] = "Monthly", ["Input.DueDays"] = "45" }));
        Assert.Contains("so its period type cannot change", refused.FieldError("Input_PeriodType"), StringComparison.Ordinal);
        Assert.Equal("45", refused.FieldValue("Input_DueDays"));
        Assert.Equal((PeriodType.Quarterly, 30), await factory.WithDbAsync(db => db.Set<Dataset>().Where(d => d.Id == id).Select(d => ValueTuple.Create(d.PeriodType, d.DueDays)).SingleAsync()));

        var saved = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.DueDays"] = "45" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(45, await factory.WithDbAsync(db => db.Set<Dataset>().Where(d => d.Id == id).Select(d => d.DueDays).SingleAsync()));
    }

    [Fact]
    public async Task A_stale_dataset_edit_says_what_changed_and_keeps_what_was_typed()
    {
        var id = await NewDatasetAsync("STALE_EDIT");
        var client = await factory.SignInAsync(Coordinator);
        var page = await client.GetDocumentAsync($"/data/datasets/{id}/edit");
        await factory.WithDbAsync(async db =>
        {
            var d = await db.Set<Dataset>().SingleAsync(x => x.Id == id);
            d.Name = "Renamed elsewhere";
            return await db.SaveChangesAsync();
        });

        var stale = await HttpExtensions.ParseAsync(await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.Name"] = "My name" }));

        Assert.Contains("Renamed elsewhere", stale.FieldError("Input_Name"), StringComparison.Ordinal);
        Assert.Equal("My name", stale.FieldValue("Input_Name"));
        Assert.Equal("Renamed elsewhere", await factory.WithDbAsync(db => db.Set<Dataset>().Where(d => d.Id == id).Select(d => d.Name).SingleAsync()));
    }

    [Fact]
    public async Task Sections_are_added_renamed_reordered_and_removed_without_javascript()
    {
        var id = await NewDatasetAsync("LAYOUT");
        var client = await factory.SignInAsync(Coordinator);
        var url = $"/data/datasets/{id}/sections";
        await client.SubmitFormAsync(await client.GetDocumentAsync(url), new Dictionary<string, string> { ["SectionName"] = "Deaths" }, "#add-section");
        await client.SubmitFormAsync(await client.GetDocumentAsync(url), new Dictionary<string, string> { ["SectionName"] = "Caseload" }, "#add-section");
        var duplicate = await HttpExtensions.ParseAsync(await client.SubmitFormAsync(await client.GetDocumentAsync(url), new Dictionary<string, string> { ["SectionName"] = "deaths" }, "#add-section"));
        Assert.Contains("already a section called", duplicate.FieldError("SectionName"), StringComparison.Ordinal);

        var caseload = await SectionIdAsync(id, "Caseload");
        var page = await client.GetDocumentAsync(url);
        await client.SubmitFormAsync(page, new Dictionary<string, string>(), $"#section-{caseload} form[action*='MoveSection']");
        var clash = await HttpExtensions.ParseAsync(await client.SubmitFormAsync(await client.GetDocumentAsync(url), new Dictionary<string, string> { ["SectionName"] = "DEATHS" }, $"#section-{caseload} form[action*='RenameSection']"));
        Assert.Contains("already a section called", clash.QuerySelector($"#section-{caseload} [data-rename-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("DEATHS", clash.QuerySelector($"#rename-{caseload}")!.GetAttribute("value"));
        await client.SubmitFormAsync(await client.GetDocumentAsync(url), new Dictionary<string, string> { ["SectionName"] = "Children on the caseload" }, $"#section-{caseload} form[action*='RenameSection']");

        Assert.Equal(["Children on the caseload", "Deaths"], await SectionNamesAsync(id));
        var deaths = await SectionIdAsync(id, "Deaths");
        var removed = await client.SubmitFormAsync(await client.GetDocumentAsync(url), new Dictionary<string, string>(), $"#section-{deaths} form[action*='RemoveSection']");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(["Children on the caseload"], await SectionNamesAsync(id));
    }

    [Fact]
    public async Task An_element_is_placed_once_in_order_marked_compulsory_and_removed_while_it_has_no_values()
    {
        await factory.SeedEvaluationAsync();
        var id = await NewDatasetAsync("PLACING", withSection: true);
        var (first, second) = await factory.WithDbAsync(async db =>
        {
            var ids = await db.Set<DataElement>().OrderBy(e => e.Id).Select(e => e.Id).Take(2).ToListAsync();
            return (ids[0], ids[1]);
        });
        var client = await factory.SignInAsync(Coordinator);
        var url = $"/data/datasets/{id}/sections";
        string S(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await client.SubmitFormAsync(await client.GetDocumentAsync(url), new Dictionary<string, string> { ["ElementId"] = S(first) }, "#add-element");
        await client.SubmitFormAsync(await client.GetDocumentAsync(url), new Dictionary<string, string> { ["ElementId"] = S(second), ["Compulsory"] = "true" }, "#add-element");

        var again = await HttpExtensions.ParseAsync(await client.SubmitFormAsync(await client.GetDocumentAsync(url), new Dictionary<string, string> { ["ElementId"] = S(first) }, "#add-element"));
        Assert.Contains("already in this dataset", again.FieldError("ElementId"), StringComparison.Ordinal);
        Assert.Null(again.QuerySelector($"#ElementId option[value='{S(first)}']"));

        var items = await ItemsAsync(id);
        Assert.Equal([(first, false), (second, true)], items.Select(i => (i.DataElementId, i.Compulsory)));
        var page = await client.GetDocumentAsync(url);
        await client.SubmitFormAsync(page, new Dictionary<string, string>(), $"#item-{items[1].Id} form[action*='MoveElement']");
        await client.SubmitFormAsync(await client.GetDocumentAsync(url), new Dictionary<string, string>(), $"#item-{items[0].Id} form[action*='Compulsory']");
        Assert.Equal([(second, true), (first, true)], (await ItemsAsync(id)).Select(i => (i.DataElementId, i.Compulsory)));

        await client.SubmitFormAsync(await client.GetDocumentAsync(url), new Dictionary<string, string>(), $"#item-{items[0].Id} form[action*='RemoveElement']");
        Assert.Equal([second], (await ItemsAsync(id)).Select(i => i.DataElementId));
    }

    [Fact]
    public async Task An_element_or_section_holding_stored_values_cannot_be_removed()
    {
        await factory.SeedEvaluationAsync();
        var id = await factory.DatasetIdAsync();
        var (item, section, count) = await factory.WithDbAsync(async db =>
        {
            var withValues = await db.Set<DataValue>().Where(v => v.DataReturn!.DatasetId == id).Select(v => v.DataElementId).FirstAsync();
            var placed = await db.Set<DatasetElement>().SingleAsync(e => e.DatasetId == id && e.DataElementId == withValues);
            return (placed.Id, placed.DatasetSectionId, await db.Set<DatasetElement>().CountAsync(e => e.DatasetId == id));
        });
        var client = await factory.SignInAsync(Coordinator);
        var url = $"/data/datasets/{id}/sections";
        var page = await client.GetDocumentAsync(url);
        Assert.Null(page.QuerySelector($"#item-{item} form[action*='RemoveElement']"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var element = await HttpExtensions.ParseAsync(await client.PostAsync($"{url}?handler=RemoveElement&item={item}", Form(token)));
        var whole = await HttpExtensions.ParseAsync(await client.PostAsync($"{url}?handler=RemoveSection&section={section}", Form(token)));

        Assert.Contains("returns of this dataset hold values for it", Summary(element), StringComparison.Ordinal);
        Assert.Contains("cannot be removed: returns of this dataset hold values for", Summary(whole), StringComparison.Ordinal);
        Assert.Equal(count, await factory.WithDbAsync(db => db.Set<DatasetElement>().CountAsync(e => e.DatasetId == id)));
        Assert.True(await factory.WithDbAsync(db => db.Set<DatasetSection>().AnyAsync(s => s.Id == section)));
    }

    private static FormUrlEncodedContent Form(string token) => new([new("__RequestVerificationToken", token)]);

    private static string Summary(IDocument page) => page.QuerySelector(".nhsuk-error-summary")?.TextContent ?? "";

    private Task<int> NewDatasetAsync(string code, bool withSection = false) => factory.WithDbAsync(async db =>
    {
        var dataset = new Dataset { Code = code, Name = $"Test {code}" };
        if (withSection)
        {
            dataset.Sections.Add(new DatasetSection { Name = "Only", SortOrder = 1 });
        }

        db.Add(dataset);
        await db.SaveChangesAsync();
        return dataset.Id;
    });

    private Task<int> SectionIdAsync(int dataset, string name) =>
        factory.WithDbAsync(db => db.Set<DatasetSection>().Where(s => s.DatasetId == dataset && s.Name == name).Select(s => s.Id).SingleAsync());

    private Task<List<string>> SectionNamesAsync(int dataset) =>
        factory.WithDbAsync(db => db.Set<DatasetSection>().Where(s => s.DatasetId == dataset).OrderBy(s => s.SortOrder).Select(s => s.Name).ToListAsync());

    private Task<List<DatasetElement>> ItemsAsync(int dataset) =>
        factory.WithDbAsync(db => db.Set<DatasetElement>().AsNoTracking().Where(e => e.DatasetId == dataset).OrderBy(e => e.SortOrder).ToListAsync());
}
