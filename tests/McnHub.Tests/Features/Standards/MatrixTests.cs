using System.Net;
using System.Text;
using McnHub.Features.Standards;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Standards.StandardsTestKit;

namespace McnHub.Tests.Features.Standards;

public sealed class MatrixTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private sealed record Scenario(int Earlier, int Later, int[] Orgs);

    [Theory]
    [InlineData(AssessmentStatus.NotMet, AssessmentStatus.PartiallyMet, Change.Improved)]
    [InlineData(AssessmentStatus.PartiallyMet, AssessmentStatus.Met, Change.Improved)]
    [InlineData(AssessmentStatus.NotMet, AssessmentStatus.Met, Change.Improved)]
    [InlineData(AssessmentStatus.Met, AssessmentStatus.NotMet, Change.Worse)]
    [InlineData(AssessmentStatus.Met, AssessmentStatus.PartiallyMet, Change.Worse)]
    [InlineData(AssessmentStatus.PartiallyMet, AssessmentStatus.PartiallyMet, Change.Same)]
    [InlineData(AssessmentStatus.NotApplicable, AssessmentStatus.NotApplicable, Change.Same)]
    [InlineData(AssessmentStatus.NotApplicable, AssessmentStatus.Met, Change.NotComparable)]
    [InlineData(null, AssessmentStatus.Met, Change.NotComparable)]
    [InlineData(AssessmentStatus.Met, null, Change.NotComparable)]
    public void Change_between_periods_follows_met_above_partially_met_above_not_met(AssessmentStatus? before, AssessmentStatus? now, Change expected) =>
        Assert.Equal(expected, StandardsRules.Compare(before, now));

    [Fact]
    public void Every_status_reads_as_text_with_a_symbol_so_colour_is_never_needed()
    {
        Assert.Equal("✓ Met", StandardsRules.Label(AssessmentStatus.Met));
        Assert.Equal("◐ Partially met", StandardsRules.Label(AssessmentStatus.PartiallyMet));
        Assert.Equal("✗ Not met", StandardsRules.Label(AssessmentStatus.NotMet));
        Assert.Equal("– Not applicable", StandardsRules.Label(AssessmentStatus.NotApplicable));
        Assert.Equal("? Not assessed", StandardsRules.Label(null));
    }

    [Fact]
    public async Task The_matrix_shows_each_organisation_and_statement_with_the_change_since_the_previous_period_and_counts()
    {
        var s = await ScenarioAsync();
        var matrix = await factory.WithDbAsync(async db => await StandardsMatrix.LoadAsync(db, (await StandardsMatrix.PeriodAsync(db, s.Later, default))!, default));

        Assert.Equal(s.Earlier, matrix.Previous!.Id);
        var kingfisher = matrix.Rows.Single(r => r.OrganisationId == s.Orgs[0]);
        Assert.Equal([Change.Improved, Change.Worse], kingfisher.Cells.Select(c => c.Change));
        Assert.Equal([Change.Same, Change.NotComparable], matrix.Rows.Single(r => r.OrganisationId == s.Orgs[1]).Cells.Select(c => c.Change));
        Assert.Equal((1, 1, 1), (matrix.Count(Change.Improved), matrix.Count(Change.Worse), matrix.Count(Change.Same)));
        Assert.Equal((2, 2, 1), (matrix.Count(AssessmentStatus.Met), matrix.Count(AssessmentStatus.PartiallyMet), matrix.Count(AssessmentStatus.NotMet)));
        Assert.Equal((matrix.Rows.Count * 2) - 5, matrix.Count((AssessmentStatus?)null));

        var client = await factory.SignInAsync(Coordinator);
        var page = await client.GetDocumentAsync($"/standards/matrix?period={s.Later}");
        var row = page.QuerySelectorAll("#matrix tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains(LeadsOrganisation, StringComparison.Ordinal));
        var cells = row.QuerySelectorAll("td").Select(c => string.Join(' ', c.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Equal(["✓ Met ↑ Improved", "◐ Partially met ↓ Worse"], cells);
        Assert.Contains("↑ Improved 1", Squash(page.QuerySelector("#change-counts")!.TextContent));
        Assert.Contains("↓ Worse 1", Squash(page.QuerySelector("#change-counts")!.TextContent));
        Assert.Contains("✓ Met 2", Squash(page.QuerySelector("#status-counts")!.TextContent));
        Assert.Equal(s.Later.ToString(), page.QuerySelector("#Period option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_matrix_downloads_as_CSV_and_Excel_with_statuses_and_changes_in_words()
    {
        var s = await ScenarioAsync();
        var client = await factory.SignInAsync(Coordinator);

        var csv = await client.GetAsync($"/standards/matrix?handler=export&period={s.Later}&format=csv");
        var xlsx = await client.GetAsync($"/standards/matrix?handler=export&period={s.Later}&format=xlsx");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n');
        Assert.StartsWith("Organisation,1. First test statement,1. First test statement: change since Test year 1", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("Kingfisher Children's Hospice,Met,Improved,Partially met,Worse", StringComparison.Ordinal));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
    }

    [Fact]
    public async Task Only_the_co_ordinator_sees_the_network_matrix_and_its_export()
    {
        var s = await ScenarioAsync();
        var lead = await factory.SignInAsync(Lead);

        var page = await lead.GetAsync($"/standards/matrix?period={s.Later}");
        var export = await lead.GetAsync($"/standards/matrix?handler=export&period={s.Later}&format=csv");

        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, export.StatusCode);
        Assert.DoesNotContain("Improved", await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_co_ordinator_adds_a_period_which_opens_and_closes_it_but_an_end_before_the_start_is_refused()
    {
        await factory.SeedStandardsAsync();
        var setId = await factory.WithDbAsync(db => db.Set<StandardsSet>().Where(x => x.Code == Qs160.Code).Select(x => x.Id).SingleAsync());
        var client = await factory.SignInAsync(Coordinator);
        var form = await client.GetDocumentAsync("/standards/periods");

        var bad = await McnHub.Tests.Features.Members.People.MemberPages.PageOfAsync(await client.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Input.SetId"] = setId.ToString(), ["Input.Name"] = "April to September 2031", ["Input.StartsOn"] = "2031-09-30", ["Input.EndsOn"] = "2031-04-01",
        }, "#new-period"));
        var good = await client.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Input.SetId"] = setId.ToString(), ["Input.Name"] = "April to September 2031", ["Input.StartsOn"] = "2031-04-01", ["Input.EndsOn"] = "2031-09-30",
        }, "#new-period");

        Assert.Contains("The end date must be after the start date", McnHub.Tests.Features.Members.People.MemberPages.FieldError(bad, "Input_EndsOn"));
        Assert.Equal("April to September 2031", McnHub.Tests.Features.Members.People.MemberPages.FieldValue(bad, "Input_Name"));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var period = await factory.WithDbAsync(db => db.Set<AssessmentPeriod>().SingleAsync(p => p.Name == "April to September 2031"));
        Assert.True(period.IsOpen);

        var list = await client.GetDocumentAsync("/standards/periods");
        var closed = await client.SubmitFormAsync(list, new Dictionary<string, string>(), $"form[action*='periodId={period.Id}']");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Set<AssessmentPeriod>().Where(p => p.Id == period.Id).Select(p => p.IsOpen).SingleAsync()));
        var lead = await factory.SignInAsync(Lead);
        Assert.NotEqual(HttpStatusCode.OK, (await lead.GetAsync("/standards/periods")).StatusCode);
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A two-statement set with two (closed, long past) periods and known assessments for three organisations.</summary>
    private async Task<Scenario> ScenarioAsync()
    {
        var orgs = new[] { await factory.OrgIdAsync(LeadsOrganisation), await factory.OrgIdAsync("Willow Bank Children's Hospice"), await factory.OrgIdAsync("Heron House Hospice for Children") };
        return await factory.WithDbAsync(async db =>
        {
            if (await db.Set<StandardsSet>().FirstOrDefaultAsync(x => x.Code == "TEST-M") is { } existing)
            {
                var ids = await db.Set<AssessmentPeriod>().Where(p => p.SetId == existing.Id).OrderBy(p => p.StartsOn).Select(p => p.Id).ToListAsync();
                return new Scenario(ids[0], ids[1], orgs);
            }

            var set = new StandardsSet
            {
                Code = "TEST-M",
                Title = "Matrix test set",
                Statements = [new() { Number = 1, Title = "First test statement", Text = "One", Measures = "M1" }, new() { Number = 2, Title = "Second test statement", Text = "Two", Measures = "M2" }],
            };
            var earlier = new AssessmentPeriod { Set = set, Name = "Test year 1", StartsOn = new(2001, 4, 1), EndsOn = new(2002, 3, 31) };
            var later = new AssessmentPeriod { Set = set, Name = "Test year 2", StartsOn = new(2002, 4, 1), EndsOn = new(2003, 3, 31) };
            Assessment A(int org, AssessmentPeriod p, int statement, AssessmentStatus status) => new() { OrganisationId = org, Period = p, Statement = set.Statements[statement], Status = status };
            db.AddRange(set, earlier, later);
            db.AddRange(
                A(orgs[0], earlier, 0, AssessmentStatus.NotMet), A(orgs[0], later, 0, AssessmentStatus.Met),
                A(orgs[0], earlier, 1, AssessmentStatus.Met), A(orgs[0], later, 1, AssessmentStatus.PartiallyMet),
                A(orgs[1], earlier, 0, AssessmentStatus.PartiallyMet), A(orgs[1], later, 0, AssessmentStatus.PartiallyMet),
                A(orgs[1], earlier, 1, AssessmentStatus.NotApplicable), A(orgs[1], later, 1, AssessmentStatus.NotMet),
                A(orgs[2], later, 0, AssessmentStatus.Met));
            await db.SaveChangesAsync();
            return new Scenario(earlier.Id, later.Id, orgs);
        });
    }
}
