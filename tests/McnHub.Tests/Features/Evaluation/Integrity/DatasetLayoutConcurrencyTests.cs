using System.Globalization;
using System.Net;
using McnHub.Features.Evaluation;
using McnHub.Features.Evaluation.Datasets;
using McnHub.Platform.Audit;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Evaluation.EvaluationTestData;

namespace McnHub.Tests.Features.Evaluation.Integrity;

/// <summary>The sections page refuses a change made from a page opened before someone else's, saying what changed; refusals are audited.</summary>
public sealed class DatasetLayoutConcurrencyTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private async Task<(int Dataset, int Section, int Acp, int Deaths)> NewDatasetAsync(string code)
    {
        await factory.SeedEvaluationAsync();
        return await factory.WithDbAsync(async db =>
        {
            var acp = await db.Set<DataElement>().SingleAsync(e => e.Code == "ACP");
            var deaths = await db.Set<DataElement>().SingleAsync(e => e.Code == "DEATHS");
            var dataset = new Dataset { Code = code, Name = $"Layout test {code}" };
            var section = new DatasetSection { Name = "Care", SortOrder = 1, Dataset = dataset };
            dataset.Sections.Add(section);
            foreach (var (element, order) in new[] { (acp, 1), (deaths, 2) })
            {
                var item = new DatasetElement { DataElementId = element.Id, SortOrder = order, Section = section };
                section.Elements.Add(item);
                dataset.Elements.Add(item);
            }

            db.Add(dataset);
            await db.SaveChangesAsync();
            var items = section.Elements.ToDictionary(e => e.DataElementId, e => e.Id);
            return (dataset.Id, section.Id, items[acp.Id], items[deaths.Id]);
        });
    }

    [Fact]
    public async Task A_change_from_a_page_opened_before_someone_elses_is_refused_and_says_what_they_changed()
    {
        var (dataset, section, acp, _) = await NewDatasetAsync("LAYOUT_STALE");
        var client = await factory.SignInAsync(Coordinator);
        var url = $"/data/datasets/{dataset}/sections";
        var mine = await client.GetDocumentAsync(url);
        var theirs = await client.GetDocumentAsync(url);
        var renamed = await client.SubmitFormAsync(theirs, new Dictionary<string, string> { ["SectionName"] = "Symptoms" }, $"form[action*='handler=RenameSection'][action*='section={section}']");
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);

        var response = await client.SubmitFormAsync(mine, new Dictionary<string, string>(), $"form[action*='handler=Compulsory'][action*='item={acp}']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HttpExtensions.ParseAsync(response);
        var message = page.QuerySelector(".nhsuk-error-summary")!.TextContent;
        Assert.Contains("Someone else changed this dataset's layout", message, StringComparison.Ordinal);
        Assert.Contains("the section “Care” has been renamed “Symptoms”", message, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Set<DatasetElement>().Where(e => e.Id == acp).Select(e => e.Compulsory).SingleAsync()));

        // The refreshed page carries the new version: the same change now goes through.
        var again = await client.SubmitFormAsync(page, new Dictionary<string, string>(), $"form[action*='handler=Compulsory'][action*='item={acp}']");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Set<DatasetElement>().Where(e => e.Id == acp).Select(e => e.Compulsory).SingleAsync()));
    }

    [Fact]
    public async Task A_section_name_typed_on_a_stale_page_is_kept_while_the_change_is_refused()
    {
        var (dataset, _, _, deaths) = await NewDatasetAsync("LAYOUT_KEEP");
        var client = await factory.SignInAsync(Coordinator);
        var url = $"/data/datasets/{dataset}/sections";
        var mine = await client.GetDocumentAsync(url);
        var theirs = await client.GetDocumentAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync(theirs, new Dictionary<string, string>(), $"form[action*='handler=RemoveElement'][action*='item={deaths}']")).StatusCode);

        var response = await client.SubmitFormAsync(mine, new Dictionary<string, string> { ["SectionName"] = "Bereavement" }, "#add-section");

        var page = await HttpExtensions.ParseAsync(response);
        var name = await factory.WithDbAsync(db => db.Set<DataElement>().Where(e => e.Code == "DEATHS").Select(e => e.Name).SingleAsync());
        Assert.Contains($"“{name}” has been removed", page.QuerySelector(".nhsuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Bereavement", page.QuerySelector("#add-section input[name=SectionName]")!.GetAttribute("value"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<DatasetSection>().CountAsync(s => s.DatasetId == dataset)));
    }

    [Fact]
    public async Task Removing_an_element_that_returns_hold_values_for_is_refused_and_the_refusal_is_audited()
    {
        await factory.SeedEvaluationAsync();
        var dataset = await factory.DatasetIdAsync();
        var item = await factory.WithDbAsync(db => db.Set<DatasetElement>().Where(e => e.DatasetId == dataset && e.DataElement!.Code == "ACP").Select(e => e.Id).SingleAsync());
        var client = await factory.SignInAsync(Coordinator);

        var page = await client.GetDocumentAsync($"/data/datasets/{dataset}/sections");
        string Field(string name) => page.QuerySelector($"#add-section input[name={name}]")!.GetAttribute("value")!;

        // The page offers no Remove button for it; the post is made by hand, as a stale or forged page would.
        var response = await client.PostAsync($"/data/datasets/{dataset}/sections?handler=RemoveElement&item={item}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Field("__RequestVerificationToken"), ["Version"] = Field("Version"), ["Seen"] = Field("Seen"),
        }));

        Assert.Contains("cannot be removed", (await HttpExtensions.ParseAsync(response)).QuerySelector(".nhsuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.Set<DatasetElement>().AnyAsync(e => e.Id == item)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == "Dataset" && a.EntityKey == dataset.ToString(CultureInfo.InvariantCulture) && a.Action == AuditAction.Refused && a.UserName == Coordinator && a.Changes.Contains("cannot be removed"))));
    }

    [Fact]
    public async Task The_layout_described_lists_additions_removals_moves_and_order()
    {
        SeenSection[] seen = [new(1, "Care", [[10, 100, 0], [11, 101, 1]]), new(2, "Deaths", [[12, 102, 0]])];
        SeenSection[] now = [new(3, "Support", []), new(2, "Deaths", [[12, 102, 0], [11, 101, 0]])];
        var names = new Dictionary<int, string> { [100] = "Caseload", [101] = "Plans", [102] = "Deaths" };

        var changes = LayoutChanges.Describe(seen, now, i => names[i]);

        Assert.Equal(
            ["the section “Support” has been added", "the section “Care” has been removed", "“Plans” has moved to “Deaths”", "“Plans” is now optional", "“Caseload” has been removed"],
            changes);
    }
}
