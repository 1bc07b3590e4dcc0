using System.Text;
using ClosedXML.Excel;
using McnHub.Features.Directory.Services;
using McnHub.Tests.Support;
using static McnHub.Tests.Features.Directory.DirectoryTestData;

namespace McnHub.Tests.Features.Directory.ProvisionMap;

/// <summary>
/// The provision map page and its downloads, on SQLite and PostgreSQL. Each test adds its own top-level area
/// (a local area of its own, with no children) and its own required types, so demo data does not matter.
/// </summary>
public abstract class ProvisionMapPageTests<TFactory>(TFactory factory) where TFactory : McnHubFactory
{
    private sealed record Setup(int AreaId, string AreaName, int NursingId, string Nursing, int AdviceId, string Advice);

    /// <summary>An area of 20,000 children; nursing required 24/7 but only office hours; advice required and missing.</summary>
    private async Task<Setup> ArrangeAsync(decimal? prevalence = null)
    {
        var area = await factory.AddAreaAsync(population: 20_000, prevalence: prevalence);
        var nursing = await factory.AddTermAsync(required: true, required24x7: true);
        var advice = await factory.AddTermAsync(required: true);
        var org = await factory.AddOrganisationAsync();
        await factory.AddServiceAsync(org.Id, s => (s.Types, s.Areas) = ([OfType(nursing.Id)], [In(area.Id)]));
        await factory.AddServiceAsync(org.Id, s => (s.Is24x7, s.Status, s.Types, s.Areas) = (true, ServiceStatus.TemporarilyClosed, [OfType(nursing.Id), OfType(advice.Id)], [In(area.Id)]));
        return new Setup(area.Id, area.Name, nursing.Id, nursing.Label, advice.Id, advice.Label);
    }

    [Fact]
    public async Task The_map_shows_coverage_population_and_estimated_children_for_each_local_area()
    {
        var setup = await ArrangeAsync();

        var page = await factory.CreateBrowserClient().GetDocumentAsync("/directory/provision-map");

        var table = page.QuerySelector("table#provision-map")!;
        Assert.NotNull(table.QuerySelector("caption"));
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        var row = table.QuerySelector($"tr[data-area-id='{setup.AreaId}']")!;
        Assert.Equal("row", row.QuerySelector("th")?.GetAttribute("scope"));
        Assert.Contains("20,000", row.TextContent);
        Assert.Equal("132.8", row.QuerySelector("[data-estimate]")?.GetAttribute("data-estimate"));
        Assert.Equal("133", row.QuerySelector("[data-estimate]")?.TextContent.Trim());
        var nursing = row.QuerySelector($"td[data-type-id='{setup.NursingId}']")!;
        Assert.Equal("OfficeHoursOnly", nursing.GetAttribute("data-coverage"));
        Assert.Contains("Office hours only", nursing.TextContent);
        Assert.Contains("mcn-coverage--office", nursing.ClassName);
        Assert.Contains("None", row.QuerySelector($"td[data-type-id='{setup.AdviceId}']")?.TextContent);
        Assert.NotNull(page.QuerySelector(".mcn-legend"));
        Assert.NotNull(page.QuerySelector(".mcn-table-wrap table#provision-map"));
        Assert.NotNull(page.QuerySelector("input[name=scenario][value=baseline][checked]"));
    }

    [Fact]
    public async Task The_gap_list_gives_each_missing_required_type_with_its_reason()
    {
        var setup = await ArrangeAsync();

        var page = await factory.CreateBrowserClient().GetDocumentAsync("/directory/provision-map");

        // Other tests' required types are gaps in this area too: look only at this test's types.
        var rows = page.QuerySelectorAll("table#gap-list tbody tr").Select(r => r.TextContent)
            .Where(t => t.Contains(setup.AreaName, StringComparison.Ordinal) && (t.Contains(setup.Nursing, StringComparison.Ordinal) || t.Contains(setup.Advice, StringComparison.Ordinal)))
            .ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Contains(setup.Nursing, StringComparison.Ordinal) && r.Contains("Office hours only, 24/7 required", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains(setup.Advice, StringComparison.Ordinal) && r.Contains("No service", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2030-upper", null, "168.4")]
    [InlineData("2030-lower", null, "134.0")]
    [InlineData("2030-upper", 50.0, "100.0")]
    public async Task A_scenario_changes_the_estimates_except_where_an_area_has_its_own_rate(string scenario, double? prevalence, string estimate)
    {
        var setup = await ArrangeAsync((decimal?)prevalence);

        var page = await factory.CreateBrowserClient().GetDocumentAsync($"/directory/provision-map?scenario={scenario}");

        Assert.Equal(estimate, page.QuerySelector($"tr[data-area-id='{setup.AreaId}'] [data-estimate]")?.GetAttribute("data-estimate"));
        Assert.NotNull(page.QuerySelector($"input[name=scenario][value='{scenario}'][checked]"));
    }

    [Fact]
    public async Task An_unknown_scenario_gets_a_message_and_the_baseline()
    {
        var page = await factory.CreateBrowserClient().GetDocumentAsync("/directory/provision-map?scenario=2099%27%3B--");

        Assert.Equal("Choose a prevalence scenario from the list", page.QuerySelector(".nhsuk-error-summary a[href='#Scenario']")?.TextContent);
        Assert.NotNull(page.QuerySelector("input#Scenario[value=baseline][checked]"));
    }

    [Fact]
    public async Task The_map_and_the_gap_list_download_as_csv()
    {
        var setup = await ArrangeAsync();
        var client = factory.CreateBrowserClient();

        var map = await client.GetAsync("/directory/provision-map?handler=export&table=map&format=csv&scenario=2030-upper");
        var gaps = await client.GetAsync("/directory/provision-map?handler=export&table=gaps&format=csv");

        Assert.Equal("text/csv", map.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("provision-map-2030-upper-", map.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var mapLines = Encoding.UTF8.GetString(await map.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n");
        Assert.StartsWith("Area,Population aged 0-19,Prevalence per 10000,", mapLines[0].Replace("\"", "", StringComparison.Ordinal).Replace("10,000", "10000", StringComparison.Ordinal));
        Assert.Contains(setup.Nursing, mapLines[0]);
        var areaLine = mapLines.Single(l => l.StartsWith(setup.AreaName, StringComparison.Ordinal));
        Assert.Contains(",20000,84.2,", areaLine);
        Assert.Contains(",168.4,", areaLine);
        Assert.Contains("Office hours only", areaLine);
        var gapText = await gaps.Content.ReadAsStringAsync();
        Assert.Contains($"{setup.AreaName},{setup.Advice},No service,132.8,20000", gapText);
        Assert.Contains($"{setup.AreaName},{setup.Nursing},\"Office hours only, 24/7 required\",132.8,20000", gapText);
    }

    [Fact]
    public async Task The_map_and_the_gap_list_download_as_excel()
    {
        var setup = await ArrangeAsync();
        var client = factory.CreateBrowserClient();

        var map = await client.GetAsync("/directory/provision-map?handler=export&table=map&format=xlsx");
        var gaps = await client.GetAsync("/directory/provision-map?handler=export&table=gaps&format=xlsx");

        using var mapBook = new XLWorkbook(await map.Content.ReadAsStreamAsync());
        var mapSheet = mapBook.Worksheet(1);
        var row = mapSheet.RowsUsed().Single(r => r.Cell(1).GetString() == setup.AreaName);
        Assert.Equal(20000, row.Cell(2).GetDouble());
        Assert.Equal(132.8, row.Cell(5).GetDouble(), 3);
        var nursingColumn = mapSheet.Row(1).CellsUsed().Single(c => c.GetString() == setup.Nursing).Address.ColumnNumber;
        Assert.Equal("Office hours only", row.Cell(nursingColumn).GetString());
        using var gapBook = new XLWorkbook(await gaps.Content.ReadAsStreamAsync());
        var gapRows = gapBook.Worksheet(1).RowsUsed().Where(r => r.Cell(2).GetString() == setup.AreaName && (r.Cell(3).GetString() == setup.Advice || r.Cell(3).GetString() == setup.Nursing)).ToList();
        Assert.Equal(2, gapRows.Count);
        Assert.Contains(gapRows, r => r.Cell(3).GetString() == setup.Advice && r.Cell(4).GetString() == "No service");
    }
}

public sealed class SqliteProvisionMapPageTests(McnHubFactory factory) : ProvisionMapPageTests<McnHubFactory>(factory), IClassFixture<McnHubFactory>;

public sealed class PostgresProvisionMapPageTests(PostgresMcnHubFactory factory) : ProvisionMapPageTests<PostgresMcnHubFactory>(factory), IClassFixture<PostgresMcnHubFactory>;
