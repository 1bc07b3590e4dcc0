using System.Net;
using McnHub.Features.Directory.Services;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Directory.Editing.DirectoryTestData;

namespace McnHub.Tests.Features.Directory.Editing;

/// <summary>Every kind of bad input on the service form: a clear message next to the field, what was typed kept, nothing saved.</summary>
public sealed class ServiceFormValidationTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    public static TheoryData<string, string, string, string> BadInputs => new()
    {
        // field posted, value, id of the field that keeps it, message
        { "Input.Name", "", "Input_Name", "Enter the name of the service" },
        { "Input.Name", new string('n', 201), "Input_Name", "Name must be 200 characters or fewer" },
        { "Input.Description", "", "Input_Description", "Enter a description of the service" },
        { "Input.Description", new string('d', 4001), "Input_Description", "Description must be 4,000 characters or fewer" },
        { "Input.MinimumAge", "-1", "Input_MinimumAge", "Minimum age cannot be negative: use 0 for from birth" },
        { "Input.MaximumAge", "26", "Input_MaximumAge", "Maximum age must be 25 years or less" },
        { "Input.MinimumAge", "three", "Input_MinimumAge", "Minimum age must be a whole number of years, like 5" },
        { "Input.MinimumAge", "12", "Input_MinimumAge", "Minimum age (12) must not be more than the maximum age (5)" },
        { "Input.Hours[0].Closes1", "08:00", "Input_Hours_0__Closes1", "Monday, first period: the closing time (08:00) must be after the opening time (17:00)" },
        { "Input.Hours[2].Opens2", "12:00", "Input_Hours_2__Opens2", "Wednesday: the second period (12:00–17:00) overlaps the first (09:00–13:00)" },
        { "Input.Hours[4].Opens1", "09:00", "Input_Hours_4__Opens1", "Friday, first period: enter both an opening and a closing time" },
        { "Input.Hours[0].Opens1", "25:99", "Input_Hours_0__Opens1", "Monday, first period: enter the opening time as hours and minutes, like 09:00" },
        { "Input.Locations[0].Postcode", "NOT A POSTCODE", "Input_Locations_0__Postcode", "Location 1: enter a real postcode, like NB1 4AA" },
        { "Input.Locations[0].Latitude", "91", "Input_Locations_0__Latitude", "Location 1: latitude must be a number from -90 to 90, like 53.4808" },
        { "Input.Locations[0].Longitude", "-181", "Input_Locations_0__Longitude", "Location 1: longitude must be a number from -180 to 180, like -2.2426" },
        { "Input.Locations[1].Town", "Lowmoor", "Input_Locations_1__Town", "Location 2: enter a name for the location, like the building" },
        { "Input.Email", "not-an-email", "Input_Email", "Enter an email address in the correct format, like name@example.org" },
        { "Input.Website", "www.example", "Input_Website", "Enter a website address starting https://, like https://www.example.org" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task A_bad_value_is_refused_with_a_message_and_kept_and_nothing_is_saved(string field, string value, string id, string message)
    {
        var client = await factory.SignInAsync(Coordinator);
        var name = Unique("Validation");
        var values = await ValidFormAsync(name);
        values.RemoveAll(v => v.Name == field);
        values.Add((field, value));
        var page = await client.GetDocumentAsync("/services/new");

        var response = await client.PostFormAsync(page, values);

        var again = await ExpectPageAsync(response);
        Assert.Contains(message, again.ErrorSummary());
        Assert.Contains(again.QuerySelectorAll("form .nhsuk-error-message"), e => e.TextContent.Contains(message, StringComparison.Ordinal));
        Assert.Equal(value, again.FieldValue(id));
        Assert.Equal(field == "Input.Description" ? value : "The kept description", again.FieldValue("Input_Description"));
        Assert.False(await factory.WithDbAsync(db => db.Set<Service>().AnyAsync(s => s.Name == name || s.Name == value)));
    }

    [Fact]
    public async Task A_service_without_a_type_is_refused_and_the_ticked_areas_stay_ticked()
    {
        var client = await factory.SignInAsync(Coordinator);
        var name = Unique("No type");
        var values = await ValidFormAsync(name);
        values.RemoveAll(v => v.Name == "Input.TypeIds");
        var page = await client.GetDocumentAsync("/services/new");

        var again = await ExpectPageAsync(await client.PostFormAsync(page, values, cleared: ["Input.TypeIds"]));

        Assert.Contains("Choose at least one type of service", again.ErrorSummary());
        Assert.Equal(name, again.FieldValue("Input_Name"));
        var northbrook = await factory.AreaIdAsync("Northbrook");
        Assert.True(again.QuerySelector($"input[name='Input.AreaIds'][value='{northbrook}']")!.HasAttribute("checked"));
        Assert.False(await factory.WithDbAsync(db => db.Set<Service>().AnyAsync(s => s.Name == name)));
    }

    [Fact]
    public async Task A_name_already_used_by_the_organisation_is_refused_whatever_its_case()
    {
        var existing = Unique("Existing service");
        await factory.CreateServiceAsync(LeadsOrganisation, existing);
        var client = await factory.SignInAsync(Coordinator);
        var values = await ValidFormAsync(existing.ToUpperInvariant());
        var page = await client.GetDocumentAsync("/services/new");

        var again = await ExpectPageAsync(await client.PostFormAsync(page, values));

        Assert.Contains("This organisation already has a service with this name", again.ErrorSummary());
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<Service>().CountAsync(s => s.Name.ToLower() == existing.ToLower())));
    }

    [Fact]
    public async Task The_same_name_is_allowed_in_another_organisation()
    {
        var name = Unique("Shared name");
        await factory.CreateServiceAsync(OtherOrganisation, name);
        var client = await factory.SignInAsync(Coordinator);
        var page = await client.GetDocumentAsync("/services/new");

        var response = await client.PostFormAsync(page, await ValidFormAsync(name));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Set<Service>().CountAsync(s => s.Name == name)));
    }

    [Fact]
    public async Task The_edit_form_offers_no_delete_only_the_defunct_status()
    {
        var id = await factory.CreateServiceAsync(LeadsOrganisation);
        var client = await factory.SignInAsync(Coordinator);

        var page = await client.GetDocumentAsync($"/services/{id}/edit");

        Assert.DoesNotContain(page.QuerySelectorAll("main a, main button"), e => e.TextContent.Contains("Delete", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(page.QuerySelectorAll("#Input_Status option"), o => o.TextContent == "Defunct");
        Assert.Equal("09:00", page.FieldValue("Input_Hours_0__Opens1"));
        Assert.Equal("NB1 4AA", page.FieldValue("Input_Locations_0__Postcode"));
    }

    /// <summary>A complete, valid form for Kingfisher, with hours the bad inputs above play against.</summary>
    private async Task<List<(string Name, string Value)>> ValidFormAsync(string name) =>
    [
        ("Input.OrganisationId", (await factory.OrganisationIdAsync(LeadsOrganisation)).ToString()),
        ("Input.Name", name),
        ("Input.Description", "The kept description"),
        ("Input.TypeIds", (await factory.TermIdAsync("short-breaks")).ToString()),
        ("Input.AreaIds", (await factory.AreaIdAsync("Northbrook")).ToString()),
        ("Input.MaximumAge", "5"),
        ("Input.Hours[0].Opens1", "17:00"), ("Input.Hours[0].Closes1", "18:00"),
        ("Input.Hours[2].Opens1", "09:00"), ("Input.Hours[2].Closes1", "13:00"),
        ("Input.Hours[2].Opens2", "13:30"), ("Input.Hours[2].Closes2", "17:00"),
        ("Input.Locations[0].Name", "Kingfisher House"), ("Input.Locations[0].Postcode", "NB5 1KF"),
        ("Input.Locations[0].Latitude", "53.5"), ("Input.Locations[0].Longitude", "-2.2"),
    ];
}
