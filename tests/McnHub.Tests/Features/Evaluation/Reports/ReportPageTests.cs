using System.Net;
using System.Text;
using McnHub.Tests.Features.Evaluation.Indicators;
using McnHub.Tests.Support;
using PdfSharp.Pdf.IO;

namespace McnHub.Tests.Features.Evaluation.Reports;

/// <summary>The quarterly and annual reports: on screen, as PDF, and their tables as CSV and Excel.</summary>
public sealed class ReportPageTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private const string Member = "member@riverlands.example";

    [Fact]
    public async Task The_report_list_offers_quarters_and_years()
    {
        var client = await factory.SignInAsync(Member);

        var page = await client.GetDocumentAsync("/reports");

        Assert.Equal(8, page.QuerySelectorAll("#quarterly-reports a").Length);
        Assert.Matches(@"^/reports/quarterly/\d{4}Q[1-4]$", page.QuerySelector("#quarterly-reports a")!.GetAttribute("href"));
        Assert.Matches(@"^/reports/annual/\d{4}$", page.QuerySelector("#annual-reports a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_quarterly_report_has_aims_membership_and_the_indicators_with_their_trend_and_target()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var client = await factory.SignInAsync(Member);

        var page = await client.GetDocumentAsync("/reports/quarterly/2025Q2");

        Assert.StartsWith("Quarterly report: 2025Q2", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("#section-aims"));
        Assert.Contains("Member organisations by type and sector", page.QuerySelector("#section-membership")!.TextContent);
        var indicators = page.QuerySelector("#table-evaluation-0")!;
        Assert.Equal(["Indicator", "Target", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "Target met in 2025Q2"], indicators.QuerySelectorAll("thead th").Select(th => th.TextContent));
        var row = indicators.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(world.Prefix + " Deaths", StringComparison.Ordinal));
        Assert.Equal(["72.7%", "0.0%", "No"], row.QuerySelectorAll("td").Skip(3).Select(td => td.TextContent));
        Assert.Contains("Fell from 72.7% to 0.0% over 4 quarters", page.QuerySelector("#section-evaluation")!.TextContent);
    }

    [Fact]
    public async Task The_report_downloads_as_a_pdf_with_pages()
    {
        await IndicatorTestData.SeedAsync(factory);
        var client = await factory.SignInAsync(Member);

        var response = await client.GetAsync("/reports/annual/2025?handler=pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.True(pdf.PageCount >= 1);
    }

    [Fact]
    public async Task Every_table_downloads_as_csv_and_excel()
    {
        var world = await IndicatorTestData.SeedAsync(factory);
        var client = await factory.SignInAsync(Member);

        var csv = await client.GetAsync("/reports/quarterly/2025Q2?handler=table&section=evaluation&table=0&format=csv");
        var excel = await client.GetAsync("/reports/quarterly/2025Q2?handler=table&section=membership&table=0&format=xlsx");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("Indicator,Target,2024Q3", text.TrimStart('\uFEFF'));
        Assert.Contains(world.Prefix + " Deaths in the preferred place", text);
        Assert.Equal("PK", Encoding.ASCII.GetString((await excel.Content.ReadAsByteArrayAsync())[..2]));
    }

    [Theory]
    [InlineData("/reports/quarterly/2025Q5")]
    [InlineData("/reports/quarterly/2025")]
    [InlineData("/reports/annual/2025Q1")]
    [InlineData("/reports/monthly/2025-01")]
    [InlineData("/reports/quarterly/2025Q1?handler=table&section=nope&table=0")]
    public async Task A_report_that_cannot_exist_is_not_found(string url)
    {
        var client = await factory.SignInAsync(Member);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
