using System.Net;
using System.Text;
using ClosedXML.Excel;
using McnHub.Features.Members.Organisations;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Audit;

public sealed class AuditPageTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task A_change_appears_with_its_old_and_new_values()
    {
        var (id, oldName) = await RenameAsync(1, "Harbour View Hospice ");

        var client = await factory.SignInAsync("coordinator@riverlands.example");
        var page = await client.GetDocumentAsync($"/audit?Entity=Organisation&Key={id}&Action=Update");

        var entry = page.QuerySelector("[data-entry]")!;
        Assert.Contains($"Organisation {id}", entry.QuerySelector("h3")!.TextContent);
        Assert.Contains("Update", entry.QuerySelector(".nhsuk-tag")!.TextContent);
        var row = entry.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Name");
        Assert.Equal(oldName, row.QuerySelector("del")!.TextContent);
        Assert.StartsWith("Harbour View Hospice", row.QuerySelector("ins")!.TextContent);
        Assert.Contains("Version", entry.QuerySelectorAll("tbody th").Select(th => th.TextContent));
    }

    [Fact]
    public async Task A_failed_sign_in_through_the_web_is_recorded_against_an_anonymous_user()
    {
        var anonymous = factory.CreateBrowserClient();
        var signIn = await anonymous.GetDocumentAsync("/account/sign-in");
        await anonymous.SubmitFormAsync(signIn, new Dictionary<string, string> { ["Input.Email"] = "educator@riverlands.example", ["Input.Password"] = "not-the-password" });
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "educator@riverlands.example").Select(u => u.Id).SingleAsync());

        var client = await factory.SignInAsync("coordinator@riverlands.example");
        var page = await client.GetDocumentAsync($"/audit?Entity=ApplicationUser&Key={userId}&UserName=anonymous");

        var entry = page.QuerySelector("[data-entry]")!;
        Assert.Equal("anonymous", entry.QuerySelector("[data-user]")!.TextContent);
        var row = entry.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "AccessFailedCount");
        Assert.Equal("0", row.QuerySelector("del")!.TextContent);
        Assert.Equal("1", row.QuerySelector("ins")!.TextContent);
    }

    [Fact]
    public async Task Filters_narrow_the_entries()
    {
        var (id, _) = await RenameAsync(2, "Filtered Renamed Trust ");
        var client = await factory.SignInAsync("coordinator@riverlands.example");

        var updates = await client.GetDocumentAsync("/audit?Action=Update&Entity=Organisation");
        Assert.All(updates.QuerySelectorAll("[data-entry] .nhsuk-tag"), tag => Assert.Equal("Update", tag.TextContent));
        Assert.All(updates.QuerySelectorAll("[data-entry] h3 a"), a => Assert.StartsWith("Organisation ", a.TextContent));

        var inserts = await client.GetDocumentAsync($"/audit?Action=Insert&Entity=Organisation&Key={id}");
        Assert.All(inserts.QuerySelectorAll("[data-entry] .nhsuk-tag"), tag => Assert.Equal("Insert", tag.TextContent));
        Assert.Single(inserts.QuerySelectorAll("[data-entry]"));

        var byUser = await client.GetDocumentAsync("/audit?UserName=SYST");
        Assert.All(byUser.QuerySelectorAll("[data-user]"), u => Assert.Equal("system", u.TextContent));

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var tomorrow = await client.GetDocumentAsync($"/audit?From={today.AddDays(2):yyyy-MM-dd}");
        Assert.Contains("No entries match these filters", tomorrow.Text());
        var recent = await client.GetDocumentAsync($"/audit?From={today.AddDays(-1):yyyy-MM-dd}&To={today.AddDays(1):yyyy-MM-dd}&Entity=Organisation&Key={id}");
        Assert.NotEmpty(recent.QuerySelectorAll("[data-entry]"));
    }

    [Fact]
    public async Task The_entity_filter_offers_the_record_types_in_the_trail()
    {
        var client = await factory.SignInAsync("coordinator@riverlands.example");

        var page = await client.GetDocumentAsync("/audit");

        var options = page.QuerySelectorAll("#Entity option").Select(o => o.TextContent).ToList();
        Assert.Equal("Any", options[0]);
        Assert.Contains("Organisation", options);
        Assert.Contains("Person", options);
    }

    [Fact]
    public async Task A_date_range_that_runs_backwards_is_explained_and_kept()
    {
        var client = await factory.SignInAsync("coordinator@riverlands.example");

        var page = await client.GetDocumentAsync("/audit?From=2026-05-10&To=2026-05-01");

        Assert.Contains("The ‘to’ date must be the same as or after the ‘from’ date", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal("2026-05-01", page.QuerySelector("#To")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("[data-entry]"));
    }

    [Fact]
    public async Task Entries_are_newest_first_and_paged()
    {
        var client = await factory.SignInAsync("coordinator@riverlands.example");

        var first = await client.GetDocumentAsync("/audit");
        var second = await client.GetDocumentAsync("/audit?page=2");

        var firstTimes = first.QuerySelectorAll("[data-entry] time").Select(t => DateTime.Parse(t.GetAttribute("datetime")!, null, System.Globalization.DateTimeStyles.RoundtripKind)).ToList();
        Assert.Equal(25, firstTimes.Count);
        Assert.Equal(firstTimes.OrderDescending(), firstTimes);
        Assert.NotNull(first.QuerySelector(".nhsuk-pagination__link--next"));
        var secondIds = second.QuerySelectorAll("[data-entry]").Select(e => long.Parse(e.GetAttribute("data-entry")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(secondIds);
        Assert.Empty(secondIds.Intersect(first.QuerySelectorAll("[data-entry]").Select(e => long.Parse(e.GetAttribute("data-entry")!, System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task The_filtered_entries_export_to_CSV_and_Excel_with_their_changes()
    {
        var (id, oldName) = await RenameAsync(3, "Exported Renamed Hospice ");
        var client = await factory.SignInAsync("coordinator@riverlands.example");
        var page = await client.GetDocumentAsync($"/audit?Entity=Organisation&Key={id}&Action=Update");
        var csvLink = page.QuerySelectorAll("a").Single(a => a.TextContent == "Download as CSV").GetAttribute("href")!;
        var excelLink = page.QuerySelectorAll("a").Single(a => a.TextContent == "Download as Excel").GetAttribute("href")!;

        var csv = await client.GetAsync(csvLink);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        var lines = text.TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains("Record type", lines[0]);
        Assert.Contains($"Name: {oldName} → Exported Renamed Hospice", lines[1]);
        Assert.Contains(",Update,Organisation,", lines[1]);

        var excel = await client.GetAsync(excelLink);
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        using var workbook = new XLWorkbook(await excel.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheets.First();
        Assert.Equal("Changes", sheet.Cell(1, 7).GetString());
        Assert.Contains($"Name: {oldName} → Exported Renamed Hospice", sheet.Cell(2, 7).GetString());
        Assert.True(sheet.Cell(3, 1).IsEmpty());
    }

    [Theory]
    [InlineData("member@riverlands.example")]
    [InlineData("lead@riverlands.example")]
    [InlineData("submitter@riverlands.example")]
    [InlineData("educator@riverlands.example")]
    public async Task Anyone_but_the_coordinator_is_refused(string email)
    {
        var client = await factory.SignInAsync(email);

        foreach (var url in new[] { "/audit", "/audit?handler=export&format=csv" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/access-denied", new Uri(new Uri("http://localhost/"), response.Headers.Location!).AbsolutePath);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(response.Headers.Location)).StatusCode);
        }
    }

    /// <summary>Renames an organisation (each test its own) through the app's own database context.</summary>
    private async Task<(int Id, string OldName)> RenameAsync(int which, string newNameStart)
    {
        return await factory.WithDbAsync(async db =>
        {
            var organisation = await db.Set<Organisation>().OrderBy(o => o.Id).Skip(which).FirstAsync();
            var old = organisation.Name;
            organisation.Name = newNameStart + Guid.NewGuid().ToString("N")[..6];
            await db.SaveChangesAsync();
            return (organisation.Id, old);
        });
    }
}
