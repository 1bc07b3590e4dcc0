using System.Net;
using McnHub.Features.Training.Model;
using McnHub.Tests.Support;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Training.Outcomes;

/// <summary>The period picker of the barriers and coverage pages: last 12 months by default, a year, or chosen dates, in the downloads too.</summary>
public sealed class AnalysisPeriodTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private const string Educator = "educator@riverlands.example";

    /// <summary>A session in a month of 2019 (long before the demo programme) where one person attended and one missed their place for cost.</summary>
    private async Task<(int Org, string OrgName)> In2019Async(int month)
    {
        var org = await factory.CreateOrganisationAsync();
        var session = await factory.CreateSessionAsync(await factory.CreateCourseAsync(), new DateTime(2019, month, 12, 9, 0, 0, DateTimeKind.Utc));
        await factory.CreateBookingAsync(session, await factory.CreatePlainPersonAsync(organisationId: org), b => b.Attendance = AttendanceOutcome.Attended);
        await factory.CreateBookingAsync(session, await factory.CreatePlainPersonAsync(), b => (b.Attendance, b.NonAttendanceReason) = (AttendanceOutcome.DidNotAttend, BarrierReason.Cost));
        var name = await factory.WithDbAsync(db => Task.FromResult(db.Set<McnHub.Features.Members.Organisations.Organisation>().Single(o => o.Id == org).Name));
        return (org, name);
    }

    [Fact]
    public async Task Chosen_dates_show_that_period_and_its_downloads_hold_the_same_figures()
    {
        await In2019Async(month: 6);
        var client = await factory.SignInAsync(Educator);

        var page = await client.GetDocumentAsync("/training/barriers?Period=custom&From=2019-06-01&To=2019-06-30");
        var link = page.QuerySelectorAll("a").Select(a => a.GetAttribute("href") ?? "").First(h => h.Contains("handler=export", StringComparison.Ordinal) && h.Contains("format=csv", StringComparison.Ordinal));
        var csv = await client.GetAsync(link);

        Assert.Equal("Sessions in the period from 1 June 2019 to 30 June 2019: 2 places, 1 missed (cancelled, did not attend or cancelled late; 50%).", page.QuerySelector("[data-period-summary]")!.TextContent.Trim());
        Assert.Equal("2019-06-01", page.QuerySelector("#From")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("details[open] [data-form=dates]"));
        Assert.Contains("Period=custom&From=2019-06-01&To=2019-06-30", link);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("Reason,Missed places,Share\nCost,1,100%", (await csv.Content.ReadAsStringAsync()).Trim().ReplaceLineEndings("\n"));
        Assert.Contains("2019-06-01-to-2019-06-30", csv.Content.Headers.ContentDisposition!.FileNameStar ?? csv.Content.Headers.ContentDisposition.FileName);
    }

    [Fact]
    public async Task The_default_is_the_last_12_months_and_a_year_from_the_list_shows_that_year()
    {
        var (org, name) = await In2019Async(month: 9);
        var client = await factory.SignInAsync(Educator);

        var standard = await client.GetDocumentAsync("/training/coverage");
        var year = await client.GetDocumentAsync("/training/coverage?Period=2019");
        var yearCsv = await client.GetStringAsync("/training/coverage?handler=export&table=0&format=csv&Period=2019");

        Assert.Contains("in the last 12 months", standard.QuerySelector("[data-period-summary]")!.TextContent);
        Assert.Equal("last-12-months", standard.FieldValue("Period"));
        Assert.Contains(standard.QuerySelectorAll("[data-nobody-trained] a"), a => a.GetAttribute("href") == $"/organisations/{org}");
        Assert.Contains("in 2019", year.QuerySelector("[data-period-summary]")!.TextContent);
        Assert.Equal("2019", year.FieldValue("Period"));
        Assert.DoesNotContain(year.QuerySelectorAll("[data-nobody-trained] a"), a => a.GetAttribute("href") == $"/organisations/{org}");
        Assert.Contains(year.QuerySelectorAll("th[scope=row]"), th => th.TextContent == name);
        Assert.Contains(name, yearCsv);
    }

    [Theory]
    [InlineData("Period=custom&From=2019-06-30&To=2019-06-01", "To", "The ‘to’ date must be the same as or after the ‘from’ date")]
    [InlineData("Period=custom&From=2019-02-31&To=2019-06-01", "From", "Enter the ‘from’ date as a real date, like 2026-04-01")]
    [InlineData("Period=custom&From=2019-06-01", "To", "Enter the ‘to’ date, or choose a period from the list instead")]
    [InlineData("Period=1066", "Period", "Choose a period from the list")]
    public async Task A_bad_period_is_explained_next_to_its_field_keeping_what_was_typed_and_shows_no_figures(string query, string field, string message)
    {
        var client = await factory.SignInAsync(Educator);

        var barriers = await client.GetDocumentAsync("/training/barriers?" + query);
        var coverage = await client.GetDocumentAsync("/training/coverage?" + query);
        var export = await client.GetAsync("/training/barriers?handler=export&table=0&format=csv&" + query);

        foreach (var page in new[] { barriers, coverage })
        {
            Assert.Contains(message, page.ErrorSummary());
            Assert.Contains(message, page.FieldError(field));
            Assert.Null(page.QuerySelector("[data-period-summary]"));
            Assert.Empty(page.QuerySelectorAll("table"));
        }

        if (query.Contains("From=2019-02-31", StringComparison.Ordinal))
        {
            Assert.Equal("2019-02-31", barriers.QuerySelector("#From")!.GetAttribute("value"));
        }

        Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
    }
}
