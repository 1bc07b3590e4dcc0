using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using ClosedXML.Excel;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.Organisations;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Members.Organisations;

/// <summary>The public list on the seeded demo network; nothing here changes the data.</summary>
public sealed class OrganisationListTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private Task<List<Organisation>> AllAsync() =>
        factory.WithDbAsync(db => db.Set<Organisation>().AsNoTracking().Include(o => o.AreasServed).ToListAsync());

    private static List<string> Names(IDocument page) =>
        page.QuerySelectorAll("table tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task By_default_the_list_shows_members_and_prospective_members_25_to_a_page()
    {
        var all = await AllAsync();
        var current = all.Where(o => o.Status is MembershipStatus.Member or MembershipStatus.Prospective).OrderBy(o => o.Name, StringComparer.Ordinal).ToList();

        var page = await factory.CreateBrowserClient().GetDocumentAsync("/organisations");

        Assert.Contains($"{current.Count} organisations found (members and prospective members)", page.QuerySelector("#result-count")!.TextContent.Replace("\n", " ").Trim());
        Assert.Equal(current.Take(25).Select(o => o.Name), Names(page));
        Assert.DoesNotContain("Helping Hands Transition Project", page.Text());
        Assert.NotNull(page.QuerySelector(".nhsuk-pagination a[rel=next]"));
    }

    [Fact]
    public async Task The_second_page_shows_the_rest_with_a_link_back()
    {
        var all = await AllAsync();
        var current = all.Count(o => o.Status is MembershipStatus.Member or MembershipStatus.Prospective);

        var page = await factory.CreateBrowserClient().GetDocumentAsync("/organisations?page=2");

        Assert.Equal(current - 25, Names(page).Count);
        Assert.Contains($"showing 26 to {current}", page.QuerySelector("#result-count")!.TextContent);
        Assert.Equal("/organisations?page=1", page.QuerySelector(".nhsuk-pagination a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Lapsed_and_left_organisations_appear_when_asked_for()
    {
        var client = factory.CreateBrowserClient();

        var any = await client.GetDocumentAsync("/organisations?status=all&q=helping");
        var left = await client.GetDocumentAsync("/organisations?status=Left");

        Assert.Equal(["Helping Hands Transition Project"], Names(any));
        Assert.Equal(["Helping Hands Transition Project"], Names(left));
        Assert.NotNull(left.QuerySelector("#status option[value=Left][selected]"));
    }

    [Theory]
    [InlineData("KINGFISHER", "Kingfisher Children's Hospice")]
    [InlineData("8kf01", "Kingfisher Children's Hospice")]
    [InlineData("lowMOOR", "Lowmoor Children's Hospice Appeal")]
    public async Task Search_matches_name_ods_code_or_town_in_any_case(string q, string expected)
    {
        var page = await factory.CreateBrowserClient().GetDocumentAsync($"/organisations?q={Uri.EscapeDataString(q)}");

        Assert.Contains(expected, Names(page));
        Assert.Equal(q, page.QuerySelector("#q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Search_by_town_finds_organisations_based_there()
    {
        var all = await AllAsync();
        var expected = all.Where(o => o.Status is MembershipStatus.Member or MembershipStatus.Prospective
            && (o.Town == "Eastmere" || o.Name.Contains("Eastmere", StringComparison.OrdinalIgnoreCase))).Select(o => o.Name).Order(StringComparer.Ordinal);

        var page = await factory.CreateBrowserClient().GetDocumentAsync("/organisations?q=eastmere");

        Assert.Equal(expected, Names(page));
    }

    [Fact]
    public async Task Type_sector_and_area_filters_combine()
    {
        var all = await AllAsync();
        var lowmoor = await factory.WithDbAsync(db => db.Set<Area>().SingleAsync(a => a.Name == "Lowmoor"));
        var expected = all.Where(o => o.Status is MembershipStatus.Member or MembershipStatus.Prospective
                                      && o.Type == OrganisationType.Charity && o.Sector == Sector.NonNhs && o.AreasServed.Any(a => a.AreaId == lowmoor.Id))
            .Select(o => o.Name).Order(StringComparer.Ordinal).ToList();

        var page = await factory.CreateBrowserClient().GetDocumentAsync($"/organisations?type=Charity&sector=NonNhs&area={lowmoor.Id}");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Names(page));
        Assert.NotNull(page.QuerySelector($"#area option[value='{lowmoor.Id}'][selected]"));
    }

    [Fact]
    public async Task Filtering_by_the_region_includes_organisations_serving_any_of_its_areas()
    {
        var all = await AllAsync();
        var region = await factory.WithDbAsync(db => db.Set<Area>().SingleAsync(a => a.ParentId == null));

        var page = await factory.CreateBrowserClient().GetDocumentAsync($"/organisations?area={region.Id}&status=all");

        Assert.Contains($"{all.Count(o => o.AreasServed.Count > 0)} organisations found", page.QuerySelector("#result-count")!.TextContent);
    }

    [Fact]
    public async Task Sorting_by_name_descending_is_marked_with_aria_sort_and_the_header_link_flips_it()
    {
        var all = await AllAsync();
        var expected = all.Where(o => o.Status is MembershipStatus.Member or MembershipStatus.Prospective)
            .Select(o => o.Name).OrderDescending(StringComparer.Ordinal).Take(25);

        var page = await factory.CreateBrowserClient().GetDocumentAsync("/organisations?sort=name&dir=desc");

        Assert.Equal(expected, Names(page));
        var header = page.QuerySelector("th:has(a[data-sort=name])")!;
        Assert.Equal("descending", header.GetAttribute("aria-sort"));
        Assert.Equal("/organisations", header.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("none", page.QuerySelector("th:has(a[data-sort=type])")!.GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task Sorting_by_date_joined_puts_the_earliest_first_and_those_never_joined_last()
    {
        var all = await AllAsync();
        var current = all.Where(o => o.Status is MembershipStatus.Member or MembershipStatus.Prospective).ToList();
        var expected = current.Where(o => o.JoinedOn is not null).OrderBy(o => o.JoinedOn).ThenBy(o => o.Name, StringComparer.Ordinal)
            .Concat(current.Where(o => o.JoinedOn is null).OrderBy(o => o.Name, StringComparer.Ordinal))
            .Select(o => o.Name).ToList();

        var client = factory.CreateBrowserClient();
        var first = await client.GetDocumentAsync("/organisations?sort=joined");
        var second = await client.GetDocumentAsync("/organisations?sort=joined&page=2");

        Assert.Equal(expected, Names(first).Concat(Names(second)));
        Assert.Equal("ascending", first.QuerySelector("th:has(a[data-sort=joined])")!.GetAttribute("aria-sort"));
        Assert.Equal("/organisations?sort=joined&dir=desc", first.QuerySelector("th a[data-sort=joined]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Sorting_by_type_and_status_groups_them()
    {
        var page = await factory.CreateBrowserClient().GetDocumentAsync("/organisations?sort=status&status=all&dir=desc");
        var statuses = page.QuerySelectorAll("table tbody tr td:nth-child(6)").Select(td => td.TextContent.Trim()).ToList();

        Assert.Equal(statuses.OrderDescending(StringComparer.Ordinal), statuses);
        Assert.Equal("Prospective", statuses[0]);
    }

    [Fact]
    public async Task The_filter_form_keeps_the_sort_and_has_no_javascript_dependency()
    {
        var page = await factory.CreateBrowserClient().GetDocumentAsync("/organisations?sort=type&dir=desc");
        var form = page.QuerySelector("form.mcn-filters")!;

        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("type", form.QuerySelector("input[name=sort]")!.GetAttribute("value"));
        Assert.Equal("desc", form.QuerySelector("input[name=dir]")!.GetAttribute("value"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public async Task Csv_download_has_the_whole_filtered_list_without_contact_details_for_the_public()
    {
        var all = await AllAsync();
        var current = all.Where(o => o.Status is MembershipStatus.Member or MembershipStatus.Prospective).ToList();
        var client = factory.CreateBrowserClient();
        var page = await client.GetDocumentAsync("/organisations");
        var link = page.QuerySelectorAll("a").First(a => a.TextContent.StartsWith("Download CSV", StringComparison.Ordinal)).GetAttribute("href")!;

        var response = await client.GetAsync(link);
        var csv = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("organisations-", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        Assert.Equal("Name,ODS code,Type,Sector,Address line 1,Address line 2,Town,Postcode,Website,Status,Status since,Joined,Left,Areas served", lines[0]);
        Assert.Equal(current.Count + 1, lines.Length);
        Assert.DoesNotContain("enquiries@", csv);
        Assert.Contains(lines, l => l.StartsWith("Kingfisher Children's Hospice,8KF01,Children's hospice,Non-NHS,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csv_download_for_a_signed_in_member_includes_phone_and_email()
    {
        var client = await factory.SignInAsync("member@riverlands.example");

        var csv = await client.GetStringAsync("/organisations?handler=export&format=csv&q=kingfisher");

        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("Phone,Email", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.Contains("enquiries@kingfisher-childrens-hospice.example", lines[1]);
        Assert.Contains("Eastmere; Northbrook", lines[1]);
    }

    [Fact]
    public async Task Excel_download_is_a_workbook_of_the_filtered_list()
    {
        var all = await AllAsync();
        var hospices = all.Where(o => o.Type == OrganisationType.ChildrensHospice && o.Status is MembershipStatus.Member or MembershipStatus.Prospective)
            .OrderBy(o => o.Name, StringComparer.Ordinal).ToList();

        var response = await factory.CreateBrowserClient().GetAsync("/organisations?handler=export&format=xlsx&type=ChildrensHospice");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(1);
        Assert.Equal("Name", sheet.Cell(1, 1).GetString());
        Assert.Equal("Areas served", sheet.Cell(1, 14).GetString());
        Assert.Equal(hospices.Count + 1, sheet.LastRowUsed().RowNumber());
        Assert.Equal(hospices.Select(h => h.Name), Enumerable.Range(2, hospices.Count).Select(r => sheet.Cell(r, 1).GetString()));
        Assert.Equal("Children's hospice", sheet.Cell(2, 3).GetString());
        Assert.Equal(hospices[0].StatusSince.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), sheet.Cell(2, 11).GetString());
    }

    [Fact]
    public async Task Details_are_public_but_contact_details_and_people_need_sign_in()
    {
        var kingfisher = (await AllAsync()).Single(o => o.Name == "Kingfisher Children's Hospice");

        var anonymous = await factory.CreateBrowserClient().GetDocumentAsync($"/organisations/{kingfisher.Id}");
        var member = await (await factory.SignInAsync("member@riverlands.example")).GetDocumentAsync($"/organisations/{kingfisher.Id}");

        Assert.Equal("Kingfisher Children's Hospice", anonymous.QuerySelector("h1")!.TextContent);
        Assert.Contains("8KF01", anonymous.Text());
        Assert.Contains("Northbrook", anonymous.Text());
        Assert.Null(anonymous.QuerySelector("[data-field=phone]"));
        Assert.DoesNotContain("Jo Fletcher", anonymous.Text());
        Assert.DoesNotContain("Edit", anonymous.QuerySelector("main")!.TextContent);
        Assert.Equal(kingfisher.Phone, member.QuerySelector("[data-field=phone]")!.TextContent.Trim());
        Assert.Contains("Jo Fletcher", member.Text());
        Assert.DoesNotContain("Agreements", member.Text());
        Assert.Null(member.QuerySelector($"a[href='/organisations/{kingfisher.Id}/edit']"));
    }

    [Fact]
    public async Task The_coordinator_sees_agreements_and_the_edit_and_retire_buttons()
    {
        var kingfisher = (await AllAsync()).Single(o => o.Name == "Kingfisher Children's Hospice");

        var page = await (await factory.SignInAsync("coordinator@riverlands.example")).GetDocumentAsync($"/organisations/{kingfisher.Id}");

        Assert.Contains("Membership agreement", page.Text());
        Assert.NotNull(page.QuerySelector($"a[href='/organisations/{kingfisher.Id}/edit']"));
        Assert.NotNull(page.QuerySelector($"a[href='/organisations/{kingfisher.Id}/retire']"));
    }

    [Fact]
    public async Task A_lead_sees_the_edit_button_on_their_own_organisation_only()
    {
        var all = await AllAsync();
        var kingfisher = all.Single(o => o.Name == "Kingfisher Children's Hospice");
        var willow = all.Single(o => o.Name == "Willow Bank Children's Hospice");
        var lead = await factory.SignInAsync("lead@riverlands.example");

        var own = await lead.GetDocumentAsync($"/organisations/{kingfisher.Id}");
        var other = await lead.GetDocumentAsync($"/organisations/{willow.Id}");

        Assert.NotNull(own.QuerySelector($"a[href='/organisations/{kingfisher.Id}/edit']"));
        Assert.Null(own.QuerySelector($"a[href='/organisations/{kingfisher.Id}/retire']"));
        Assert.Null(other.QuerySelector($"a[href='/organisations/{willow.Id}/edit']"));
    }

    [Fact]
    public async Task An_unknown_organisation_is_not_found()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/organisations/99999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
