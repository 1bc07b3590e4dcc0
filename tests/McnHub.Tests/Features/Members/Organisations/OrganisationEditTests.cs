using System.Globalization;
using System.Net;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Audit;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Members.Organisations;

/// <summary>Editing, concurrency, organisation scoping for leads, retiring and "my organisation".</summary>
public sealed class OrganisationEditTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private Task<Organisation> LoadAsync(int id) => factory.WithDbAsync(db => db.Set<Organisation>().AsNoTracking().SingleAsync(o => o.Id == id));

    private Task<int> IdOfAsync(string name) => factory.WithDbAsync(db => db.Set<Organisation>().Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    private Task<int> AddAsync(string name, DateOnly? joined = null) => factory.WithDbAsync(async db =>
    {
        var organisation = new Organisation
        {
            Name = name, Type = OrganisationType.Charity, Sector = Sector.NonNhs, Town = "Northbrook", Phone = "0161 496 1000",
            Status = MembershipStatus.Member, StatusSince = new DateOnly(2024, 1, 1), JoinedOn = joined ?? new DateOnly(2024, 1, 1),
        };
        db.Add(organisation);
        await db.SaveChangesAsync();
        return organisation.Id;
    });

    [Fact]
    public async Task A_stale_save_is_refused_with_what_changed_keeping_the_input_and_saving_again_is_deliberate()
    {
        var id = await AddAsync(OrganisationFormTests.Unique("Seal Care"));
        var first = await factory.SignInAsync("coordinator@riverlands.example");
        var second = await factory.SignInAsync("coordinator@riverlands.example");
        var firstPage = await first.GetDocumentAsync($"/organisations/{id}/edit");
        var secondPage = await second.GetDocumentAsync($"/organisations/{id}/edit");

        var firstSave = await first.SubmitFormAsync(firstPage, new Dictionary<string, string> { ["Input.Town"] = "Eastmere" });
        var secondSave = await second.SubmitFormAsync(secondPage, new Dictionary<string, string> { ["Input.Phone"] = "0161 000 1111" });

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var conflict = await HttpExtensions.ParseAsync(secondSave);
        Assert.Contains("Someone else changed this organisation while you were editing it", conflict.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal("Error: Town or city: someone else saved \"Eastmere\" (you entered \"Northbrook\")", conflict.QuerySelector("#Input_Town-error")!.TextContent);
        Assert.Null(conflict.QuerySelector("#Input_Phone-error"));
        Assert.Equal("0161 000 1111", conflict.QuerySelector("#Input_Phone")!.GetAttribute("value"));
        var afterFirst = await LoadAsync(id);
        Assert.Equal("0161 496 1000", afterFirst.Phone);
        Assert.Equal(afterFirst.Version.ToString(CultureInfo.InvariantCulture), conflict.QuerySelector("input[name='Input.Version']")!.GetAttribute("value"));

        var again = await second.SubmitFormAsync(conflict, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var final = await LoadAsync(id);
        Assert.Equal("0161 000 1111", final.Phone);
        Assert.Equal("Northbrook", final.Town);
    }

    [Fact]
    public async Task Changing_only_the_areas_is_still_checked_for_a_stale_version()
    {
        var id = await AddAsync(OrganisationFormTests.Unique("Puffin Care"));
        var areaId = await factory.WithDbAsync(db => db.Set<McnHub.Features.Members.Network.Area>().Where(a => a.Name == "Lowmoor").Select(a => a.Id).SingleAsync());
        var first = await factory.SignInAsync("coordinator@riverlands.example");
        var second = await factory.SignInAsync("coordinator@riverlands.example");
        var firstPage = await first.GetDocumentAsync($"/organisations/{id}/edit");
        var secondPage = await second.GetDocumentAsync($"/organisations/{id}/edit");

        var renamed = OrganisationFormTests.Unique("Puffin Care renamed");
        await first.SubmitFormAsync(firstPage, new Dictionary<string, string> { ["Input.Name"] = renamed });
        var stale = await second.SubmitFormAsync(secondPage, new Dictionary<string, string> { ["Input.AreaIds"] = areaId.ToString(CultureInfo.InvariantCulture) });

        var conflict = await HttpExtensions.ParseAsync(stale);
        Assert.Contains($"Name: someone else saved \"{renamed}\"", conflict.QuerySelector("#Input_Name-error")!.TextContent);
        Assert.Null(conflict.QuerySelector("#Input_AreaIds-error"));
        Assert.NotNull(conflict.QuerySelector($"input[name='Input.AreaIds'][value='{areaId}'][checked]"));
        Assert.Empty((await factory.WithDbAsync(db => db.Set<OrganisationArea>().Where(a => a.OrganisationId == id).ToListAsync())));
    }

    [Fact]
    public async Task A_lead_edits_their_own_organisation_but_not_its_membership_status()
    {
        var id = await IdOfAsync("Kingfisher Children's Hospice");
        var lead = await factory.SignInAsync("lead@riverlands.example");
        var page = await lead.GetDocumentAsync($"/organisations/{id}/edit");

        var response = await lead.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.Phone"] = "0161 496 7777", ["Input.Status"] = "Left", ["Input.LeftOn"] = "2024-01-01" });

        Assert.Null(page.QuerySelector("#Input_Status"));
        Assert.Contains("Only the network co-ordinator can change the membership status", page.Text());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await LoadAsync(id);
        Assert.Equal("0161 496 7777", saved.Phone);
        Assert.Equal(MembershipStatus.Member, saved.Status);
        Assert.Null(saved.LeftOn);
    }

    [Fact]
    public async Task A_lead_opening_or_saving_another_organisation_is_refused_with_403_and_audited()
    {
        var own = await IdOfAsync("Kingfisher Children's Hospice");
        var other = await IdOfAsync("Willow Bank Children's Hospice");
        var before = await LoadAsync(other);
        var lead = await factory.SignInAsync("lead@riverlands.example");
        var ownPage = await lead.GetDocumentAsync($"/organisations/{own}/edit");
        var token = ownPage.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var open = await lead.GetAsync($"/organisations/{other}/edit");
        var save = await lead.PostAsync($"/organisations/{other}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Name"] = "Taken over", ["Input.Type"] = "Charity", ["Input.Sector"] = "NonNhs", ["Input.Version"] = before.Version.ToString(CultureInfo.InvariantCulture),
        }));

        Assert.Equal(HttpStatusCode.Forbidden, open.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
        Assert.Equal(before.Name, (await LoadAsync(other)).Name);
        var refusals = await factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Action == AuditAction.Refused && a.Entity == "Organisation" && a.EntityKey == other.ToString(CultureInfo.InvariantCulture)).ToListAsync());
        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, r => Assert.Equal("lead@riverlands.example", r.UserName));
        Assert.Contains(refusals, r => r.Changes.Contains("save changes to", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_member_who_leads_nothing_cannot_reach_the_edit_page()
    {
        var id = await IdOfAsync("Westvale General Hospital NHS Trust");

        var response = await (await factory.SignInAsync("member@riverlands.example")).GetAsync($"/organisations/{id}/edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathOnly());
    }

    [Fact]
    public async Task Retiring_asks_for_the_leaving_date_and_can_be_undone_by_editing_the_status()
    {
        var id = await AddAsync(OrganisationFormTests.Unique("Gannet Care"), joined: new DateOnly(2024, 3, 1));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var client = await factory.SignInAsync("coordinator@riverlands.example");
        var page = await client.GetDocumentAsync($"/organisations/{id}/retire");

        var tooEarly = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.LeftOn"] = "2024-02-29" });
        var retired = await client.SubmitFormAsync(page, new Dictionary<string, string>());

        Assert.Equal(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), page.QuerySelector("#Input_LeftOn")!.GetAttribute("value"));
        Assert.Contains("Date left must be the same as or after the date it joined (1 March 2024)", (await HttpExtensions.ParseAsync(tooEarly)).QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        var left = await LoadAsync(id);
        Assert.Equal((MembershipStatus.Left, today, today), (left.Status, left.LeftOn!.Value, left.StatusSince));

        var edit = await client.GetDocumentAsync($"/organisations/{id}/edit");
        var undone = await client.SubmitFormAsync(edit, new Dictionary<string, string> { ["Input.Status"] = "Member", ["Input.LeftOn"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        var back = await LoadAsync(id);
        Assert.Equal((MembershipStatus.Member, (DateOnly?)null), (back.Status, back.LeftOn));
    }

    [Fact]
    public async Task My_organisation_takes_a_lead_to_their_organisation_and_tells_others_they_lead_none()
    {
        var id = await IdOfAsync("Kingfisher Children's Hospice");

        var lead = await (await factory.SignInAsync("lead@riverlands.example")).GetAsync("/organisations/mine");
        var coordinator = await (await factory.SignInAsync("coordinator@riverlands.example")).GetDocumentAsync("/organisations/mine");

        Assert.Equal(HttpStatusCode.Redirect, lead.StatusCode);
        Assert.Equal($"/organisations/{id}", lead.Headers.Location!.PathOnly());
        Assert.Contains("You are not recorded as the lead of any organisation", coordinator.Text());
    }
}
