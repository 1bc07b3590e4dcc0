using McnHub.Features.Evaluation.Reports;
using McnHub.Tests.Support;

namespace McnHub.Tests.Features.Evaluation.Reports;

/// <summary>Annual reports cover the network's reporting year: April to March (the UK financial year) unless set otherwise.</summary>
public sealed class ReportingYearTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public void A_reporting_year_starting_in_April_runs_to_the_end_of_March_and_January_gives_the_calendar_year()
    {
        var financial = ReportBuilder.ParsePeriod("2025", annual: true, yearStartMonth: 4)!;
        var calendar = ReportBuilder.ParsePeriod("2025", annual: true, yearStartMonth: 1)!;

        Assert.Equal((new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31)), (financial.Start, financial.End));
        Assert.Equal("2025/26 (April 2025 to March 2026)", financial.Label);
        Assert.Equal("2025", ReportBuilder.IdOf(financial));
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), (calendar.Start, calendar.End));
        Assert.Equal(2024, ReportBuilder.ReportingYearOf(new DateOnly(2025, 3, 31), 4));
        Assert.Equal(2025, ReportBuilder.ReportingYearOf(new DateOnly(2025, 4, 1), 4));
    }

    [Fact]
    public async Task The_annual_report_uses_the_financial_year_by_default_and_calendar_years_once_the_coordinator_chooses_January()
    {
        await factory.SeedEvaluationAsync();
        var client = await factory.SignInAsync(EvaluationTestData.Coordinator);

        var financial = await client.GetDocumentAsync("/reports/annual/2025");
        Assert.StartsWith("Annual report: 2025/26 (April 2025 to March 2026)", financial.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["2025Q2", "2025Q3", "2025Q4", "2026Q1"], financial.QuerySelector("#table-evaluation-0")!.QuerySelectorAll("thead th").Skip(2).Take(4).Select(th => th.TextContent));
        Assert.Contains("(April", (await client.GetDocumentAsync("/reports")).QuerySelector("#annual-reports")!.TextContent, StringComparison.Ordinal);

        var saved = await client.SubmitFormAsync(await client.GetDocumentAsync("/network/edit"), new Dictionary<string, string> { ["Input.ReportingYearStartMonth"] = "1" });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        var calendar = await client.GetDocumentAsync("/reports/annual/2025");

        Assert.StartsWith("Annual report: 2025 (January to December)", calendar.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["2025Q1", "2025Q2", "2025Q3", "2025Q4"], calendar.QuerySelector("#table-evaluation-0")!.QuerySelectorAll("thead th").Skip(2).Take(4).Select(th => th.TextContent));
    }
}
