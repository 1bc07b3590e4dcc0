using System.Globalization;
using System.Net;
using McnHub.Features.Directory.Search;
using McnHub.Features.Directory.Services;
using McnHub.Features.Members.Organisations;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Directory.DirectoryTestData;

namespace McnHub.Tests.Features.Directory.Search;

/// <summary>The public directory pages, /services and /services/{id}, as a browser sees them.</summary>
public sealed class DirectoryPageTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task A_search_lists_each_service_with_its_organisation_types_ages_areas_and_tags()
    {
        var word = Word();
        var org = await factory.AddOrganisationAsync(Sector.NonNhs);
        var term = await factory.AddTermAsync();
        var area = await factory.AddAreaAsync();
        var staleDate = Today.AddMonths(-8);
        var fresh = await factory.AddServiceAsync(org.Id, s =>
        {
            s.Name = $"Fresh {word}";
            s.MinimumAge = 0;
            s.MaximumAge = 19;
            s.Is24x7 = true;
            s.Types.Add(OfType(term.Id));
            s.Areas.Add(In(area.Id));
        });
        var stale = await factory.AddServiceAsync(org.Id, s => (s.Name, s.LastVerifiedOn) = ($"Stale {word}", staleDate));
        var client = factory.CreateBrowserClient();

        var page = await client.GetDocumentAsync($"/services?Q={word}");

        Assert.Equal("2", page.QuerySelector("#result-count")?.GetAttribute("data-total"));
        Assert.Contains("2 services found", page.QuerySelector("#result-count")?.TextContent);
        var freshItem = page.QuerySelector($"[data-service-id='{fresh.Id}']")!;
        var text = freshItem.TextContent;
        Assert.Equal($"/services/{fresh.Id}", freshItem.QuerySelector("h3 a")?.GetAttribute("href"));
        Assert.Contains(org.Name, text);
        Assert.Contains("Non-NHS", text);
        Assert.Contains(term.Label, text);
        Assert.Contains("From birth to 19 years", text);
        Assert.Contains(area.Name, text);
        Assert.Contains("24/7", freshItem.QuerySelector(".nhsuk-tag")?.TextContent);
        Assert.Null(freshItem.QuerySelector(".mcn-stale"));
        var staleItem = page.QuerySelector($"[data-service-id='{stale.Id}']")!;
        Assert.Equal($"Not verified since {staleDate.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}", staleItem.QuerySelector(".mcn-stale")?.TextContent.Trim());
    }

    [Fact]
    public async Task Filters_in_the_query_string_reach_the_search()
    {
        var word = Word();
        var org = await factory.AddOrganisationAsync();
        var term = await factory.AddTermAsync();
        var allDay = await factory.AddServiceAsync(org.Id, s => (s.Description, s.Is24x7, s.Types) = (word, true, [OfType(term.Id)]));
        await factory.AddServiceAsync(org.Id, s => (s.Description, s.MinimumAge, s.MaximumAge) = (word, 16, 25));
        var client = factory.CreateBrowserClient();

        var byType = await client.GetDocumentAsync($"/services?Q={word}&TypeId={term.Id}");
        var by24x7 = await client.GetDocumentAsync($"/services?Q={word}&Only24x7=true&Only24x7=false");
        var byAge = await client.GetDocumentAsync($"/services?Q={word}&Age=3&Sector=Nhs");

        Assert.Equal([allDay.Id.ToString(CultureInfo.InvariantCulture)], Ids(byType));
        Assert.Equal([allDay.Id.ToString(CultureInfo.InvariantCulture)], Ids(by24x7));
        Assert.Equal([allDay.Id.ToString(CultureInfo.InvariantCulture)], Ids(byAge));
        Assert.NotNull(by24x7.QuerySelector("input#Only24x7[checked]"));
    }

    [Theory]
    [InlineData("Age=-1", "Age", "-1", "Enter the child's age as a whole number of years, from 0 to 25")]
    [InlineData("Age=200", "Age", "200", "Enter the child's age as a whole number of years, from 0 to 25")]
    [InlineData("Age=three", "Age", "three", "Enter the child's age as a whole number of years, from 0 to 25")]
    [InlineData("TypeId=99999999", "TypeId", null, "Choose a service type from the list")]
    [InlineData("AreaId=north", "AreaId", null, "Choose an area from the list")]
    [InlineData("Sector=Private", "Sector", null, "Choose NHS or non-NHS")]
    public async Task Bad_filter_values_get_a_message_in_the_error_summary_and_keep_what_was_typed(string query, string field, string? typed, string message)
    {
        var client = factory.CreateBrowserClient();

        var page = await client.GetDocumentAsync("/services?Q=hospice&" + query);

        var summary = page.QuerySelector(".nhsuk-error-summary");
        Assert.NotNull(summary);
        Assert.Equal(message, summary.QuerySelector($"a[href='#{field}']")?.TextContent);
        Assert.Contains(message, page.QuerySelector($"#{field}-error")?.TextContent);
        Assert.Null(page.QuerySelector("#result-count"));
        Assert.Equal("hospice", page.QuerySelector("input#Q")?.GetAttribute("value"));
        if (typed is not null)
        {
            Assert.Equal(typed, page.QuerySelector($"input#{field}")?.GetAttribute("value"));
        }
    }

    [Fact]
    public async Task Search_text_longer_than_the_limit_is_refused_with_a_message()
    {
        var page = await factory.CreateBrowserClient().GetDocumentAsync("/services?Q=" + new string('a', McnHub.Features.Directory.Search.IndexModel.MaxTextLength + 1));

        Assert.Contains("Search text must be 200 characters or fewer", page.QuerySelector(".nhsuk-error-summary")?.TextContent);
    }

    [Theory]
    [InlineData("page=99999999999&size=1", 3, 1)]
    [InlineData("page=99999999999999999999999&size=99999999999", 1, 3)]
    [InlineData("page=-4&size=-1", 1, 1)]
    [InlineData("page=two&size=lots", 1, 3)]
    public async Task Page_numbers_and_sizes_out_of_range_are_clamped(string query, int expectedPage, int expectedItems)
    {
        var word = Word();
        var org = await factory.AddOrganisationAsync();
        for (var i = 0; i < 3; i++)
        {
            await factory.AddServiceAsync(org.Id, s => s.Description = word);
        }

        var page = await factory.CreateBrowserClient().GetDocumentAsync($"/services?Q={word}&{query}");

        Assert.Equal(expectedItems, page.QuerySelectorAll(".mcn-result").Length);
        Assert.Equal("3", page.QuerySelector("#result-count")?.GetAttribute("data-total"));
        if (expectedItems < 3)
        {
            Assert.Contains($"page {expectedPage} of {3 / expectedItems}", page.Text());
        }
    }

    [Fact]
    public async Task The_pager_links_keep_the_search_and_filters()
    {
        var word = Word();
        var org = await factory.AddOrganisationAsync();
        var first = await factory.AddServiceAsync(org.Id, s => (s.Name, s.Description) = ($"A {word}", word));
        var second = await factory.AddServiceAsync(org.Id, s => (s.Name, s.Description) = ($"B {word}", word));
        var client = factory.CreateBrowserClient();

        var one = await client.GetDocumentAsync($"/services?Q={word}&Sort=name&size=1");
        var next = one.QuerySelector("a[rel=next]")?.GetAttribute("href");
        var two = await client.GetDocumentAsync(next!);

        Assert.Equal([first.Id.ToString(CultureInfo.InvariantCulture)], Ids(one));
        Assert.Contains("page=2", next);
        Assert.Equal([second.Id.ToString(CultureInfo.InvariantCulture)], Ids(two));
    }

    [Fact]
    public async Task The_service_page_shows_what_who_where_when_and_how_to_refer()
    {
        var org = await factory.AddOrganisationAsync();
        var term = await factory.AddTermAsync();
        var area = await factory.AddAreaAsync();
        var service = await factory.AddServiceAsync(org.Id, s =>
        {
            s.Description = "Nursing care at home for children at the end of life.";
            s.MinimumAge = 0;
            s.MaximumAge = 18;
            s.Conditions = "Any life-limiting condition";
            s.Eligibility = "Registered with a Northbrook GP";
            s.OutOfHours = "Calls divert to the hospice on-call nurse";
            s.ReferralWho = "Any professional, or families themselves";
            s.ReferralHow = "Phone the team";
            s.ReferralContact = "0161 496 0000";
            s.ReferralCriteria = "Expected to die within weeks";
            s.Phone = "0161 496 0001";
            s.Email = "team@example.org";
            s.Website = "https://team.example.org";
            s.Cost = "Free for families";
            s.Languages = "English, Urdu";
            s.LastVerifiedOn = Today.AddMonths(-7);
            s.Types.Add(OfType(term.Id));
            s.Areas.Add(In(area.Id));
            s.Locations.Add(new ServiceLocation { Name = "Hospice base", AddressLine1 = "1 River Road", Town = "Northbrook", Postcode = "NB1 1AA" });
            s.Hours.Add(new OpeningHours { Day = DayOfWeek.Monday, Opens = new TimeOnly(9, 0), Closes = new TimeOnly(17, 30) });
            s.Hours.Add(new OpeningHours { Day = DayOfWeek.Saturday, Opens = new TimeOnly(10, 0), Closes = new TimeOnly(12, 0) });
        });

        var page = await factory.CreateBrowserClient().GetDocumentAsync($"/services/{service.Id}");
        var text = page.Text();

        Assert.Equal(service.Name, page.QuerySelector("h1")?.TextContent.Trim());
        foreach (var expected in new[]
                 {
                     org.Name, term.Label, area.Name, "Nursing care at home", "From birth to 18 years", "Registered with a Northbrook GP",
                     "Hospice base", "1 River Road", "NB1 1AA", "Calls divert to the hospice on-call nurse", "Any professional, or families themselves",
                     "Phone the team", "0161 496 0000", "Expected to die within weeks", "team@example.org", "Free for families", "English, Urdu",
                 })
        {
            Assert.Contains(expected, text);
        }

        var hours = page.QuerySelectorAll("table tbody tr").Select(r => r.TextContent.Trim().Replace("\n", " ", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, hours.Count);
        Assert.Matches(@"Monday\s+9am to 5:30pm", hours[0]);
        Assert.Matches(@"Tuesday\s+Closed", hours[1]);
        Assert.Matches(@"Saturday\s+10am to midday", hours[5]);
        Assert.Contains("These details may be out of date", page.QuerySelector("#stale-warning")?.TextContent);
        Assert.NotNull(page.QuerySelector(".mcn-stale"));
        Assert.Equal($"/organisations/{org.Id}", page.QuerySelector(".nhsuk-lede-text a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_recently_verified_service_has_no_stale_warning()
    {
        var org = await factory.AddOrganisationAsync();
        var service = await factory.AddServiceAsync(org.Id, s => s.LastVerifiedOn = Today.AddMonths(-5));

        var page = await factory.CreateBrowserClient().GetDocumentAsync($"/services/{service.Id}");

        Assert.Null(page.QuerySelector("#stale-warning"));
        Assert.Null(page.QuerySelector(".mcn-stale"));
    }

    [Fact]
    public async Task Unknown_and_defunct_services_are_not_found()
    {
        var org = await factory.AddOrganisationAsync();
        var defunct = await factory.AddServiceAsync(org.Id, s => s.Status = ServiceStatus.Defunct);
        var client = factory.CreateBrowserClient();

        var unknown = await client.GetAsync("/services/999999");
        var gone = await client.GetAsync($"/services/{defunct.Id}");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Contains("Page not found", await gone.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_people_who_may_edit_the_service_see_the_edit_link()
    {
        var kingfisher = await factory.WithDbAsync(db => db.Set<Organisation>().SingleAsync(o => o.Name == "Kingfisher Children's Hospice"));
        var other = await factory.AddOrganisationAsync();
        var own = await factory.AddServiceAsync(kingfisher.Id);
        var notOwn = await factory.AddServiceAsync(other.Id);
        var lead = await factory.SignInAsync("lead@riverlands.example");
        var coordinator = await factory.SignInAsync("coordinator@riverlands.example");
        var member = await factory.SignInAsync("member@riverlands.example");

        Assert.Equal($"/services/{own.Id}/edit", await EditLinkAsync(lead, own.Id));
        var ownPage = await lead.GetDocumentAsync($"/services/{own.Id}");
        Assert.Equal($"/services/{own.Id}/verify", ownPage.QuerySelector("#service-admin-actions form")?.GetAttribute("action"));
        Assert.Null(await EditLinkAsync(lead, notOwn.Id));
        Assert.Equal($"/services/{notOwn.Id}/edit", await EditLinkAsync(coordinator, notOwn.Id));
        Assert.Null(await EditLinkAsync(member, own.Id));
        Assert.Null(await EditLinkAsync(factory.CreateBrowserClient(), own.Id));
    }

    private static async Task<string?> EditLinkAsync(HttpClient client, int id) =>
        (await client.GetDocumentAsync($"/services/{id}")).QuerySelector("#service-admin-actions a")?.GetAttribute("href");

    private static List<string?> Ids(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".mcn-result").Select(e => e.GetAttribute("data-service-id")).ToList();
}
