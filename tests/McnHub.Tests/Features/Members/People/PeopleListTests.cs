using System.Net;
using System.Text;
using McnHub.Features.Members.People;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Members.People;

public sealed class PeopleListTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private static IEnumerable<int> RowIds(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("[data-list=people] tr[data-person]").Select(r => int.Parse(r.GetAttribute("data-person")!, System.Globalization.CultureInfo.InvariantCulture));

    private Task<List<Person>> PeopleAsync() => factory.WithDbAsync(db => db.Set<Person>().AsNoTracking().ToListAsync());

    [Fact]
    public async Task A_member_sees_only_people_listed_in_the_directory_and_never_a_phone_number()
    {
        var listed = (await PeopleAsync()).First(p => p.ListedInDirectory && p.Active && p.Email != Member);
        await factory.WithDbAsync(async db =>
        {
            await db.Set<Person>().Where(p => p.Id == listed.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Phone, "0161 496 7777"));
            return 0;
        });
        var people = await PeopleAsync();
        var visible = people.Where(p => p.ListedInDirectory && p.Active).Select(p => p.Id).ToHashSet();
        var client = await factory.SignInAsync(Member);

        var seen = new List<int>();
        for (var page = 1; page <= 5; page++)
        {
            var document = await client.GetDocumentAsync($"/people?Status=all&DirectoryOnly=false&page={page}");
            Assert.DoesNotContain("0161 496 7777", document.Text());
            Assert.DoesNotContain("Phone", document.QuerySelector("[data-list=people] thead")?.TextContent ?? "");
            seen.AddRange(RowIds(document));
        }

        Assert.Equal(visible.OrderBy(i => i), seen.Distinct().OrderBy(i => i));
        var details = await client.GetDocumentAsync($"/people/{listed.Id}");
        Assert.Contains(listed.FullName, details.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("0161 496 7777", details.Text());
    }

    [Fact]
    public async Task A_member_cannot_open_an_unlisted_persons_details_but_the_coordinator_can()
    {
        var unlisted = (await PeopleAsync()).First(p => !p.ListedInDirectory);
        var member = await factory.SignInAsync(Member);
        var coordinator = await factory.SignInAsync(Coordinator);

        var refused = await member.GetAsync($"/people/{unlisted.Id}");
        var shown = await coordinator.GetDocumentAsync($"/people/{unlisted.Id}");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains(unlisted.FullName, shown.QuerySelector("h1")!.TextContent);
        Assert.Contains("Not listed", shown.Text());
    }

    [Fact]
    public async Task The_coordinator_sees_everyone_with_phone_numbers_and_statuses()
    {
        var people = await PeopleAsync();
        var client = await factory.SignInAsync(Coordinator);

        var page = await client.GetDocumentAsync("/people?Status=all");

        Assert.StartsWith($"{people.Count} people found", page.QuerySelector("main h2.nhsuk-heading-m")!.TextContent.Trim());
        Assert.Contains("Phone", page.QuerySelector("[data-list=people] thead")!.TextContent);
        Assert.Equal(25, RowIds(page).Count());
        Assert.NotNull(page.QuerySelector(".nhsuk-pagination a[rel=next]"));
    }

    [Fact]
    public async Task Search_matches_name_email_and_job_title_without_regard_to_case()
    {
        var client = await factory.SignInAsync(Coordinator);

        var byTitle = await client.GetDocumentAsync("/people?Search=network+CO-ORDINATOR");
        var byEmail = await client.GetDocumentAsync("/people?Search=SUBMITTER%40riverlands");
        var byName = await client.GetDocumentAsync("/people?Search=jo+fletch");

        Assert.Equal(["Alex Morgan"], byTitle.QuerySelectorAll("[data-list=people] tbody td:first-child a").Select(a => a.TextContent));
        Assert.Equal(["Priya Shah"], byEmail.QuerySelectorAll("[data-list=people] tbody td:first-child a").Select(a => a.TextContent));
        Assert.Equal(["Jo Fletcher"], byName.QuerySelectorAll("[data-list=people] tbody td:first-child a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Filtering_by_organisation_and_role_lists_exactly_the_people_with_that_role_there()
    {
        var kingfisher = await factory.OrganisationIdAsync(LeadsOrganisation);
        var expected = await factory.WithDbAsync(db => db.Set<Person>()
            .Where(p => p.Active && p.Affiliations.Any(a => a.OrganisationId == kingfisher && a.Role == OrganisationRole.Lead))
            .Select(p => p.Id).OrderBy(i => i).ToListAsync());
        var client = await factory.SignInAsync(Coordinator);

        var page = await client.GetDocumentAsync($"/people?Organisation={kingfisher}&Role=Lead");

        Assert.Equal(expected, RowIds(page).Order());
        Assert.Contains("Jo Fletcher", page.QuerySelector("[data-list=people]")!.TextContent);
        Assert.True(expected.Count >= 2);
    }

    [Fact]
    public async Task Directory_only_and_discipline_filters_with_sort_by_discipline()
    {
        var people = await PeopleAsync();
        var client = await factory.SignInAsync(Coordinator);

        var listedNurses = await client.GetDocumentAsync("/people?DirectoryOnly=true&Discipline=Nurse&Sort=name");
        var byDiscipline = await client.GetDocumentAsync("/people?Sort=discipline");

        var expected = people.Where(p => p.Active && p.ListedInDirectory && p.Discipline == Discipline.Nurse).Select(p => p.Id).Order();
        Assert.Equal(expected, RowIds(listedNurses).Order());
        var firstPage = RowIds(byDiscipline).Select(id => people.Single(p => p.Id == id).Discipline.ToString()).ToList();
        Assert.Equal(firstPage.Order(StringComparer.Ordinal), firstPage);
    }

    [Fact]
    public async Task The_coordinator_exports_the_filtered_list_as_csv_and_excel_but_a_member_cannot()
    {
        var coordinator = await factory.SignInAsync(Coordinator);
        var member = await factory.SignInAsync(Member);

        var csv = await coordinator.GetAsync("/people?handler=export&format=csv&Search=fletcher");
        var xlsx = await coordinator.GetAsync("/people?handler=export&format=xlsx");
        var refused = await member.GetAsync("/people?handler=export&format=csv");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("Full name,Email,Phone", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.Contains("Jo Fletcher", lines[1]);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/access-denied", refused.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task The_coordinator_sees_that_a_person_has_a_sign_in_account_and_its_roles()
    {
        var lead = (await PeopleAsync()).Single(p => p.Email == Lead);
        var client = await factory.SignInAsync(Coordinator);

        var page = await client.GetDocumentAsync($"/people/{lead.Id}");

        var account = page.QuerySelector("[data-field=account]")!.TextContent;
        Assert.Contains("Has a sign-in account", account);
        Assert.Contains("Organisation lead", account);
    }
}
