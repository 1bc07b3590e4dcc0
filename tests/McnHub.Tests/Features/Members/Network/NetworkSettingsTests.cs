using System.Net;
using McnHub.Features.Members.Network;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Members.Network;

public sealed class NetworkSettingsTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private Task<NetworkSettings> SettingsAsync() => factory.WithDbAsync(db => db.Set<NetworkSettings>().AsNoTracking().SingleAsync());

    [Fact]
    public async Task The_public_about_page_shows_the_aims_objectives_areas_and_population()
    {
        var page = await factory.CreateBrowserClient().GetDocumentAsync("/network");

        var settings = await SettingsAsync();
        Assert.Contains(settings.Name, page.QuerySelector("h1")!.TextContent);
        Assert.Contains(settings.Aims, page.Text());
        Assert.Equal(settings.ObjectiveList.Count(), page.QuerySelectorAll("[data-list=objectives] li").Length);
        Assert.Equal(7, page.QuerySelectorAll("[data-list=areas] tbody tr").Length);
        Assert.Equal("348,200", page.QuerySelector("[data-figure=population]")!.TextContent);
        var northbrook = page.QuerySelectorAll("[data-list=areas] tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Northbrook");
        Assert.Contains("Riverlands Integrated Care Board", northbrook.TextContent);
        Assert.Contains("68,400", northbrook.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='mailto:network@riverlands.example']"));
    }

    [Fact]
    public async Task Renaming_the_network_changes_the_header_on_the_next_page()
    {
        var client = await factory.SignInAsync(Coordinator);
        var before = await client.GetDocumentAsync("/");
        Assert.Equal((await SettingsAsync()).Name, before.QuerySelector(".nhsuk-header__service-name")!.TextContent);
        var form = await client.GetDocumentAsync("/network/edit");

        var response = await client.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = "Riverlands CYP Palliative Care Network",
            ["Input.Objectives"] = "First objective\r\n\r\n  Second objective  \r\n",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetDocumentAsync("/");
        Assert.Equal("Riverlands CYP Palliative Care Network", after.QuerySelector(".nhsuk-header__service-name")!.TextContent);
        Assert.Equal("First objective\nSecond objective", (await SettingsAsync()).Objectives);
    }

    [Fact]
    public async Task Bad_network_settings_are_refused_with_the_input_kept_and_nothing_saved()
    {
        var saved = await SettingsAsync();
        var client = await factory.SignInAsync(Coordinator);
        var form = await client.GetDocumentAsync("/network/edit");
        var longAims = new string('a', 4001);

        var page = await PageOfAsync(await client.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = "",
            ["Input.Aims"] = longAims,
            ["Input.ContactEmail"] = "network at riverlands",
            ["Input.Region"] = "Riverlands and beyond",
        }));

        Assert.Contains("Enter the network's name", page.FieldError("Input_Name"));
        Assert.Contains("Aims must be 4,000 characters or fewer", page.FieldError("Input_Aims"));
        Assert.Contains("Enter a contact email address in the correct format", page.FieldError("Input_ContactEmail"));
        Assert.Equal(longAims, page.FieldValue("Input_Aims"));
        Assert.Equal("Riverlands and beyond", page.FieldValue("Input_Region"));
        var now = await SettingsAsync();
        Assert.Equal((saved.Name, saved.Aims, saved.Version), (now.Name, now.Aims, now.Version));
    }

    [Fact]
    public async Task A_stale_network_edit_says_what_changed_and_keeps_the_input()
    {
        var first = await factory.SignInAsync(Coordinator);
        var second = await factory.SignInAsync(Coordinator);
        var firstForm = await first.GetDocumentAsync("/network/edit");
        var secondForm = await second.GetDocumentAsync("/network/edit");
        Assert.Equal(HttpStatusCode.Redirect, (await second.SubmitFormAsync(secondForm, new Dictionary<string, string> { ["Input.Region"] = "Greater Riverlands" })).StatusCode);

        var page = await PageOfAsync(await first.SubmitFormAsync(firstForm, new Dictionary<string, string> { ["Input.ContactEmail"] = "hello@riverlands.example" }));

        Assert.Contains("Someone else saved changes", page.ErrorSummary());
        Assert.Contains("Greater Riverlands", page.FieldError("Input_Region"));
        Assert.Equal("hello@riverlands.example", page.FieldValue("Input_ContactEmail"));
        Assert.Equal("Greater Riverlands", (await SettingsAsync()).Region);
    }

    [Fact]
    public async Task Only_the_coordinator_edits_the_network()
    {
        var member = await factory.SignInAsync(Member);

        var edit = await member.GetAsync("/network/edit");
        var areas = await member.GetAsync("/network/areas");
        var anonymous = await factory.CreateBrowserClient().GetAsync("/network/edit");

        Assert.StartsWith("/account/access-denied", edit.Headers.Location?.PathAndQuery);
        Assert.StartsWith("/account/access-denied", areas.Headers.Location?.PathAndQuery);
        Assert.StartsWith("/account/sign-in", anonymous.Headers.Location?.PathAndQuery);
    }
}
