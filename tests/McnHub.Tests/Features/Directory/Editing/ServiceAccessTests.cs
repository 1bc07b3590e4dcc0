using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using McnHub.Features.Directory.Services;
using McnHub.Platform.Audit;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Directory.Editing.DirectoryTestData;

namespace McnHub.Tests.Features.Directory.Editing;

/// <summary>Who may add, edit and re-verify which services; refusals are answered 403 and audited.</summary>
public sealed class ServiceAccessTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task A_lead_is_offered_only_their_own_organisation_and_can_add_a_service_to_it()
    {
        var client = await factory.SignInAsync(Lead);
        var name = Unique("Lead's new service");
        var page = await client.GetDocumentAsync("/services/new");

        var options = page.QuerySelectorAll("#Input_OrganisationId option").Select(o => o.TextContent).ToList();
        var response = await client.PostFormAsync(page,
            [("Input.Name", name), ("Input.Description", "Added by the lead."), ("Input.TypeIds", (await factory.TermIdAsync("sibling-support")).ToString())]);

        Assert.Equal([LeadsOrganisation], options);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var organisation = await factory.WithDbAsync(db => db.Set<Service>().Where(s => s.Name == name).Select(s => s.Organisation!.Name).SingleAsync());
        Assert.Equal(LeadsOrganisation, organisation);
    }

    [Fact]
    public async Task A_lead_edits_a_service_of_their_own_organisation()
    {
        var id = await factory.CreateServiceAsync(LeadsOrganisation);
        var client = await factory.SignInAsync(Lead);
        var page = await client.GetDocumentAsync($"/services/{id}/edit");

        var response = await client.PostFormAsync(page, [("Input.Phone", "0161 496 1234")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("0161 496 1234", (await factory.LoadServiceAsync(id)).Phone);
    }

    [Fact]
    public async Task A_lead_opening_another_organisations_service_is_refused_and_the_attempt_is_audited()
    {
        var id = await factory.CreateServiceAsync(OtherOrganisation);
        var client = await factory.SignInAsync(Lead);

        var response = await client.GetAsync($"/services/{id}/edit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var refusal = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Entity == "Service" && a.EntityKey == id.ToString() && a.Action == AuditAction.Refused));
        Assert.Equal(Lead, refusal.UserName);
        Assert.Contains(OtherOrganisation, JsonSerializer.Deserialize<List<AuditChange>>(refusal.Changes)!.Single().New);
    }

    [Fact]
    public async Task A_lead_posting_changes_to_another_organisations_service_is_refused_and_nothing_changes()
    {
        var own = await factory.CreateServiceAsync(LeadsOrganisation);
        var other = await factory.CreateServiceAsync(OtherOrganisation);
        var before = await factory.LoadServiceAsync(other);
        var client = await factory.SignInAsync(Lead);
        var ownPage = await client.GetDocumentAsync($"/services/{own}/edit");
        var token = ownPage.QuerySelector("main form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var response = await client.PostAsync($"/services/{other}/edit", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("Input.OrganisationId", before.OrganisationId.ToString()), new("Input.Name", "Hijacked"),
            new("Input.Description", "Hijacked"), new("Input.TypeIds", before.Types[0].TaxonomyTermId.ToString()), new("Input.Version", before.Version.ToString()),
        ]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before.Name, (await factory.LoadServiceAsync(other)).Name);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityKey == other.ToString() && a.Action == AuditAction.Refused && a.UserName == Lead)));
    }

    [Fact]
    public async Task A_lead_cannot_add_a_service_to_another_organisation_by_changing_the_form()
    {
        var client = await factory.SignInAsync(Lead);
        var name = Unique("Smuggled");
        var page = await client.GetDocumentAsync("/services/new");

        var response = await client.PostFormAsync(page,
        [
            ("Input.OrganisationId", (await factory.OrganisationIdAsync(OtherOrganisation)).ToString()), ("Input.Name", name),
            ("Input.Description", "Not allowed."), ("Input.TypeIds", (await factory.TermIdAsync("sibling-support")).ToString()),
        ]);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Set<Service>().AnyAsync(s => s.Name == name)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == "Service" && a.EntityKey == "new" && a.Action == AuditAction.Refused && a.UserName == Lead)));
    }

    [Fact]
    public async Task Re_verifying_is_one_click_that_changes_the_verification_and_nothing_else()
    {
        var id = await factory.CreateServiceAsync(LeadsOrganisation, configure: s => (s.LastVerifiedOn, s.LastVerifiedBy) = (new DateOnly(2025, 1, 15), "Someone long ago"));
        var before = await factory.LoadServiceAsync(id);
        var client = await factory.SignInAsync(Lead);
        var page = await client.GetDocumentAsync($"/services/{id}/verify");

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/services/{id}", response.Headers.Location!.OriginalString);
        var after = await factory.LoadServiceAsync(id);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), after.LastVerifiedOn);
        Assert.Equal("Jo Fletcher", after.LastVerifiedBy);
        Assert.Equal(Snapshot(before), Snapshot(after));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == "Service" && a.EntityKey == id.ToString() && a.Action == AuditAction.Update).ToListAsync());
        var changed = JsonSerializer.Deserialize<List<AuditChange>>(audit.Single().Changes)!.Select(c => c.Field).Order();
        Assert.Equal(["LastVerifiedBy", "LastVerifiedOn", "Version"], changed);
    }

    [Fact]
    public async Task The_coordinator_verifies_any_service_but_a_lead_of_another_organisation_is_refused()
    {
        var other = await factory.CreateServiceAsync(OtherOrganisation, configure: s => s.LastVerifiedOn = new DateOnly(2025, 1, 15));
        var coordinator = await factory.SignInAsync(Coordinator);
        var page = await coordinator.GetDocumentAsync($"/services/{other}/verify");
        var lead = await factory.SignInAsync(Lead);

        var refused = await lead.GetAsync($"/services/{other}/verify");
        var allowed = await coordinator.SubmitFormAsync(page, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        Assert.Equal("Alex Morgan", (await factory.LoadServiceAsync(other)).LastVerifiedBy);
        Assert.IsAssignableFrom<IHtmlFormElement>(page.QuerySelector("main form[method='post']"));
    }

    private static string Snapshot(Service s) => JsonSerializer.Serialize(new
    {
        s.OrganisationId, s.Name, s.Description, s.MinimumAge, s.MaximumAge, s.Conditions, s.Eligibility, s.Is24x7, s.OutOfHours,
        s.ReferralWho, s.ReferralHow, s.ReferralContact, s.ReferralCriteria, s.Phone, s.Email, s.Website, s.Cost, s.IsFree, s.Languages,
        s.Status, s.UpdatedAt, s.CreatedAt, s.LastReminderSentAt,
        Types = s.Types.Select(t => t.TaxonomyTermId).Order(), Areas = s.Areas.Select(a => a.AreaId).Order(),
        Hours = s.Hours.Select(h => $"{h.Id} {h.Day} {h.Opens} {h.Closes}").Order(), Locations = s.Locations.Select(l => $"{l.Id} {l.Name} {l.Postcode}").Order(),
    });
}
