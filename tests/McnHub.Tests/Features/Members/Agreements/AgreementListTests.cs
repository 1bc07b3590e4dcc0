using System.Net;
using System.Text;
using McnHub.Features.Members.Agreements;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Members.Agreements;

public sealed class AgreementListTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private static readonly DateOnly Today = McnHub.Features.Members.People.UkDates.Today();

    private Task<List<Agreement>> AgreementsAsync() => factory.WithDbAsync(db => db.Set<Agreement>().AsNoTracking().ToListAsync());

    [Fact]
    public async Task Overdue_agreements_are_listed_with_a_tag_that_says_so_in_words()
    {
        var overdue = (await AgreementsAsync()).Where(a => a.RenewalDue < Today).Select(a => a.Id).Order().ToList();
        var client = await factory.SignInAsync(Coordinator);

        var page = await client.GetDocumentAsync("/agreements?Due=overdue");

        var rows = page.QuerySelectorAll("[data-list=agreements] tbody tr");
        Assert.NotEmpty(overdue);
        Assert.Equal(overdue, rows.Select(r => int.Parse(r.GetAttribute("data-agreement")!, System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.All(rows, r => Assert.Equal("Overdue", r.QuerySelector(".nhsuk-tag")!.TextContent.Trim()));
    }

    [Fact]
    public async Task Agreements_due_within_sixty_days_and_current_ones_are_told_apart()
    {
        var all = await AgreementsAsync();
        var client = await factory.SignInAsync(Coordinator);

        var due = await client.GetDocumentAsync("/agreements?Due=due-soon");
        var current = await client.GetDocumentAsync("/agreements?Due=current&Kind=DataSharing");

        var dueCount = all.Count(a => a.RenewalDue >= Today && a.RenewalDue <= Today.AddDays(60));
        Assert.True(dueCount > 0);
        Assert.Equal(dueCount, due.QuerySelectorAll("[data-list=agreements] tbody tr").Length);
        Assert.All(due.QuerySelectorAll("[data-list=agreements] .nhsuk-tag"), t => Assert.Equal("Due within 60 days", t.TextContent.Trim()));
        var currentSharing = all.Count(a => a.RenewalDue > Today.AddDays(60) && a.Kind == AgreementKind.DataSharing);
        Assert.Equal(currentSharing, current.QuerySelectorAll("[data-list=agreements] tbody tr").Length);
        Assert.All(current.QuerySelectorAll("[data-list=agreements] tbody tr"), r => Assert.Contains("Data-sharing agreement", r.TextContent));
    }

    [Fact]
    public async Task The_list_is_sorted_by_renewal_date_either_way()
    {
        var client = await factory.SignInAsync(Coordinator);

        var soonest = await client.GetDocumentAsync("/agreements");
        var latest = await client.GetDocumentAsync("/agreements?Sort=renewal-desc");

        var ids = (await AgreementsAsync()).ToDictionary(a => a.Id, a => a.RenewalDue);
        List<DateOnly> Dates(AngleSharp.Dom.IDocument page) => page.QuerySelectorAll("[data-list=agreements] tbody tr")
            .Select(r => ids[int.Parse(r.GetAttribute("data-agreement")!, System.Globalization.CultureInfo.InvariantCulture)]).ToList();
        Assert.Equal(ids.Values.Order().Take(Dates(soonest).Count), Dates(soonest));
        Assert.Equal(ids.Values.OrderDescending().Take(Dates(latest).Count), Dates(latest));
    }

    [Fact]
    public async Task The_filtered_list_exports_as_csv_and_excel()
    {
        var overdue = (await AgreementsAsync()).Count(a => a.RenewalDue < Today);
        var client = await factory.SignInAsync(Coordinator);

        var csv = await client.GetAsync("/agreements?handler=export&format=csv&Due=overdue");
        var xlsx = await client.GetAsync("/agreements?handler=export&format=xlsx");

        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("Organisation,Kind,Signed on,Renewal due,Status", lines[0]);
        Assert.Equal(overdue + 1, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Contains(",Overdue,", l));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Contains("attachment", xlsx.Content.Headers.ContentDisposition!.DispositionType);
    }

    [Fact]
    public async Task Only_the_coordinator_manages_agreements()
    {
        var lead = await factory.SignInAsync(Lead);
        var member = await factory.SignInAsync(Member);

        foreach (var url in new[] { "/agreements", "/agreements/new", "/agreements/1/edit" })
        {
            Assert.StartsWith("/account/access-denied", (await lead.GetAsync(url)).Headers.Location?.PathAndQuery);
            Assert.StartsWith("/account/access-denied", (await member.GetAsync(url)).Headers.Location?.PathAndQuery);
        }
    }
}
