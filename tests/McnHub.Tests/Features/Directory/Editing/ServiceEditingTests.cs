using System.Net;
using System.Text.Json;
using McnHub.Features.Directory.Services;
using McnHub.Platform.Audit;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Directory.Editing.DirectoryTestData;

namespace McnHub.Tests.Features.Directory.Editing;

/// <summary>Saving services through the form, on SQLite and on PostgreSQL: creation, edits, and two people editing at once.</summary>
public abstract class ServiceEditingTests<TFactory>(TFactory factory) where TFactory : McnHubFactory
{
    [Fact]
    public async Task A_coordinator_adds_a_service_with_every_field_and_the_insert_is_audited()
    {
        var client = await factory.SignInAsync(Coordinator);
        var name = Unique("Rainbow hospice at home");
        var organisationId = await factory.OrganisationIdAsync(OtherOrganisation);
        var eol = await factory.TermIdAsync("end-of-life-care-at-home");
        var advice = await factory.TermIdAsync("24-7-telephone-advice");
        var westvale = await factory.AreaIdAsync("Westvale");
        var southford = await factory.AreaIdAsync("Southford");
        var page = await client.GetDocumentAsync("/services/new");

        var response = await client.PostFormAsync(page,
        [
            ("Input.OrganisationId", organisationId.ToString()), ("Input.Name", name), ("Input.Description", "Nurses at home, day and night."),
            ("Input.TypeIds", eol.ToString()), ("Input.TypeIds", advice.ToString()), ("Input.MinimumAge", "0"), ("Input.MaximumAge", "19"),
            ("Input.Conditions", "Any life-limiting condition"), ("Input.Eligibility", "Registered with a Westvale GP"),
            ("Input.AreaIds", westvale.ToString()), ("Input.AreaIds", southford.ToString()), ("Input.OutOfHours", "Call the advice line"),
            ("Input.Hours[0].Opens1", "09:00"), ("Input.Hours[0].Closes1", "12:30"), ("Input.Hours[0].Opens2", "13:30"), ("Input.Hours[0].Closes2", "17:00"),
            ("Input.Hours[5].Opens1", "10:00"), ("Input.Hours[5].Closes1", "14:00"),
            ("Input.Locations[0].Name", "Willow Bank House"), ("Input.Locations[0].AddressLine1", "1 Willow Lane"), ("Input.Locations[0].Town", "Westvale"),
            ("Input.Locations[0].Postcode", "wv62wb"), ("Input.Locations[0].Latitude", "53.45"), ("Input.Locations[0].Longitude", "-2.5"),
            ("Input.Locations[2].Name", "Southford clinic"), ("Input.Locations[2].Postcode", "SF1 1RS"),
            ("Input.ReferralWho", "Any professional"), ("Input.ReferralHow", "Phone us"), ("Input.ReferralContact", "0161 496 0000"), ("Input.ReferralCriteria", "Life-limiting condition"),
            ("Input.Phone", "0161 496 0000"), ("Input.Email", "home@willow.example"), ("Input.Website", "https://willow.example/home"),
            ("Input.Cost", "Free"), ("Input.Languages", "English, Polish"), ("Input.Status", "TemporarilyClosed"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await factory.WithDbAsync(db => db.Set<Service>().Where(s => s.Name == name).Select(s => s.Id).SingleAsync());
        Assert.Equal($"/services/{id}", response.Headers.Location!.OriginalString);
        var saved = await factory.LoadServiceAsync(id);
        Assert.Equal((organisationId, 0, 19, ServiceStatus.TemporarilyClosed, "English, Polish"), (saved.OrganisationId, saved.MinimumAge, saved.MaximumAge, saved.Status, saved.Languages));
        Assert.Equal([advice, eol], saved.Types.Select(t => t.TaxonomyTermId).Order());
        Assert.Equal(new[] { westvale, southford }.Order(), saved.Areas.Select(a => a.AreaId).Order());
        Assert.Equal(["Monday 09:00-12:30", "Monday 13:30-17:00", "Saturday 10:00-14:00"],
            saved.Hours.OrderBy(h => ServiceRules.WeekIndex(h.Day)).ThenBy(h => h.Opens).Select(h => $"{h.Day} {h.Opens:HH:mm}-{h.Closes:HH:mm}"));
        Assert.Equal(["Southford clinic SF1 1RS", "Willow Bank House WV6 2WB"], saved.Locations.Select(l => $"{l.Name} {l.Postcode}").Order());
        Assert.Equal(53.45, saved.Locations.Single(l => l.Name == "Willow Bank House").Latitude);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), saved.LastVerifiedOn);
        Assert.Equal("Alex Morgan", saved.LastVerifiedBy);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Entity == "Service" && a.EntityKey == id.ToString() && a.Action == AuditAction.Insert));
        Assert.Equal(Coordinator, audit.UserName);
        Assert.Contains(JsonSerializer.Deserialize<List<AuditChange>>(audit.Changes)!, c => c.Field == "Name" && c.New == name);
    }

    [Fact]
    public async Task An_edit_saves_every_change_in_one_go_and_sets_the_updated_time()
    {
        var id = await factory.CreateServiceAsync(LeadsOrganisation, configure: s => s.UpdatedAt = DateTime.UtcNow.AddDays(-30));
        var before = await factory.LoadServiceAsync(id);
        var client = await factory.SignInAsync(Coordinator);
        var page = await client.GetDocumentAsync($"/services/{id}/edit");

        var response = await client.PostFormAsync(page,
        [
            ("Input.Description", "Changed by the edit test."), ("Input.MaximumAge", "25"),
            ("Input.Hours[0].Opens1", ""), ("Input.Hours[0].Closes1", ""), ("Input.Hours[2].Opens1", "08:00"), ("Input.Hours[2].Closes1", "18:00"),
            ("Input.Locations[0].Name", ""), ("Input.Locations[0].Town", ""), ("Input.Locations[0].Postcode", ""),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await factory.LoadServiceAsync(id);
        Assert.Equal(("Changed by the edit test.", 25), (after.Description, after.MaximumAge));
        Assert.Equal([(DayOfWeek.Wednesday, new TimeOnly(8, 0), new TimeOnly(18, 0))], after.Hours.Select(h => (h.Day, h.Opens, h.Closes)));
        Assert.Empty(after.Locations);
        Assert.True(after.UpdatedAt > before.UpdatedAt.AddDays(29));
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal(before.LastVerifiedOn, after.LastVerifiedOn);
    }

    [Fact]
    public async Task The_second_of_two_people_editing_at_once_is_told_what_changed_and_keeps_their_input()
    {
        var id = await factory.CreateServiceAsync(LeadsOrganisation);
        var first = await factory.SignInAsync(Coordinator);
        var second = await factory.SignInAsync(Lead);
        var firstPage = await first.GetDocumentAsync($"/services/{id}/edit");
        var secondPage = await second.GetDocumentAsync($"/services/{id}/edit");
        var savedFirst = await first.PostFormAsync(firstPage, [("Input.Name", "Renamed by the first editor " + id), ("Input.MinimumAge", "3")]);

        var conflict = await second.PostFormAsync(secondPage, [("Input.Description", "The second editor's description.")]);

        Assert.Equal(HttpStatusCode.Redirect, savedFirst.StatusCode);
        var page = await ExpectPageAsync(conflict);
        Assert.Contains("Someone else changed this service", page.ErrorSummary());
        var changes = page.QuerySelectorAll(".mcn-changes tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Contains($"Name | {secondPage.FieldValue("Input_Name")} | Renamed by the first editor {id}", changes);
        Assert.Contains("Minimum age | 0 | 3", changes);
        Assert.Contains("Description | The second editor's description. | A service made by a test.", changes);
        Assert.Equal("The second editor's description.", page.FieldValue("Input_Description"));
        var saved = await factory.LoadServiceAsync(id);
        Assert.Equal(("A service made by a test.", 3), (saved.Description, saved.MinimumAge));

        // Saving again, now knowing, overwrites with the second editor's version.
        var again = await second.PostFormAsync(page, []);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var final = await factory.LoadServiceAsync(id);
        Assert.Equal(("The second editor's description.", 0), (final.Description, final.MinimumAge));
    }

    [Fact]
    public async Task A_refused_form_saves_nothing_at_all()
    {
        var id = await factory.CreateServiceAsync(LeadsOrganisation);
        var before = await factory.LoadServiceAsync(id);
        var client = await factory.SignInAsync(Coordinator);
        var page = await client.GetDocumentAsync($"/services/{id}/edit");

        // Good changes to most fields, one bad period: none of it may be saved.
        var response = await client.PostFormAsync(page,
        [
            ("Input.Name", "Should not be saved " + id), ("Input.Description", "Nor this."), ("Input.Hours[0].Opens1", "18:00"), ("Input.Hours[0].Closes1", "08:00"),
            ("Input.Locations[1].Name", "New place"), ("Input.Locations[1].Postcode", "NB1 4AA"),
        ]);

        var again = await ExpectPageAsync(response);
        Assert.Contains("Monday, first period: the closing time (08:00) must be after the opening time (18:00)", again.ErrorSummary());
        var after = await factory.LoadServiceAsync(id);
        Assert.Equal((before.Name, before.Description, before.Version, 1, 1), (after.Name, after.Description, after.Version, after.Hours.Count, after.Locations.Count));
    }
}

public sealed class SqliteServiceEditingTests(McnHubFactory factory) : ServiceEditingTests<McnHubFactory>(factory), IClassFixture<McnHubFactory>;

public sealed class PostgresServiceEditingTests(PostgresMcnHubFactory factory) : ServiceEditingTests<PostgresMcnHubFactory>(factory), IClassFixture<PostgresMcnHubFactory>;
