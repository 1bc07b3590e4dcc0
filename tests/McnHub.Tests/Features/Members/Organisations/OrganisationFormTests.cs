using System.Net;
using System.Text.Json;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Audit;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Members.Organisations;

/// <summary>Adding organisations: every rule's message, nothing saved on bad input, the audit entry on a good one.</summary>
public sealed class OrganisationFormTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    internal static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    internal static string UniqueOds() => "Z" + Random.Shared.Next(100_000, 999_999);

    private Task<int> CountAsync() => factory.WithDbAsync(db => db.Set<Organisation>().CountAsync());

    [Fact]
    public async Task Bad_input_shows_every_problem_next_to_its_field_saves_nothing_and_keeps_what_was_typed()
    {
        var before = await CountAsync();
        var client = await factory.SignInAsync("coordinator@riverlands.example");
        var page = await client.GetDocumentAsync("/organisations/new");
        var longName = new string('x', 201);

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["Input.Name"] = longName,
            ["Input.OdsCode"] = "R!",
            ["Input.Type"] = "",
            ["Input.Sector"] = "Private",
            ["Input.Town"] = "Northbrook",
            ["Input.Postcode"] = "NOPE",
            ["Input.Website"] = "www.example.org",
            ["Input.Phone"] = "call me",
            ["Input.Email"] = "not-an-email",
            ["Input.Status"] = "Member",
            ["Input.StatusSince"] = "31/02/2024",
            ["Input.JoinedOn"] = "2024-05-01",
            ["Input.LeftOn"] = "2024-01-01",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await HttpExtensions.ParseAsync(response);
        var summary = again.QuerySelector(".nhsuk-error-summary")!.TextContent;
        string[] expected =
        [
            "Name must be 200 characters or fewer", "ODS code must be 3 to 10 letters and numbers", "Select the type of organisation",
            "Sector \"Private\" is not recognised", "Enter a real postcode", "Enter the full website address", "Enter a phone number",
            "Enter an email address in the correct format", "Date the status began must be a real date", "Date left must be the same as or after the date joined",
        ];
        Assert.All(expected, message => Assert.Contains(message, summary));
        foreach (var field in new[] { "Name", "OdsCode", "Type", "Sector", "Postcode", "Website", "Phone", "Email", "StatusSince", "LeftOn" })
        {
            Assert.NotNull(again.QuerySelector($"#Input_{field}-error"));
            Assert.NotNull(again.QuerySelector($".nhsuk-error-summary a[href='#Input_{field}']"));
        }

        Assert.Equal(longName, again.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.Equal("not-an-email", again.QuerySelector("#Input_Email")!.GetAttribute("value"));
        Assert.Equal("Northbrook", again.QuerySelector("#Input_Town")!.GetAttribute("value"));
        Assert.Equal("31/02/2024", again.QuerySelector("#Input_StatusSince")!.GetAttribute("value"));
        Assert.NotNull(again.QuerySelector("#Input_Status option[value=Member][selected]"));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task An_empty_name_is_asked_for()
    {
        var client = await factory.SignInAsync("coordinator@riverlands.example");
        var page = await client.GetDocumentAsync("/organisations/new");

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.Name"] = " ", ["Input.Type"] = "Charity", ["Input.Sector"] = "NonNhs" });

        var again = await HttpExtensions.ParseAsync(response);
        Assert.Equal("Error: Enter the organisation's name", again.QuerySelector("#Input_Name-error")!.TextContent);
        Assert.NotNull(again.QuerySelector("#Input_Type option[value=Charity][selected]"));
    }

    [Fact]
    public async Task A_duplicate_name_in_another_case_and_a_duplicate_ods_code_are_refused()
    {
        var before = await CountAsync();
        var client = await factory.SignInAsync("coordinator@riverlands.example");
        var page = await client.GetDocumentAsync("/organisations/new");

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["Input.Name"] = "KINGFISHER children's hospice",
            ["Input.OdsCode"] = "8kf01",
            ["Input.Type"] = "ChildrensHospice",
            ["Input.Sector"] = "NonNhs",
        });

        var again = await HttpExtensions.ParseAsync(response);
        Assert.Contains("An organisation called \"Kingfisher Children's Hospice\" already exists", again.QuerySelector("#Input_Name-error")!.TextContent);
        Assert.Contains("ODS code 8KF01 is already used by Kingfisher Children's Hospice", again.QuerySelector("#Input_OdsCode-error")!.TextContent);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_valid_organisation_is_saved_with_its_areas_and_audited_field_by_field()
    {
        var northbrook = await factory.WithDbAsync(db => db.Set<Area>().SingleAsync(a => a.Name == "Northbrook"));
        var name = Unique("Otter Children's Hospice");
        var ods = UniqueOds();
        var client = await factory.SignInAsync("coordinator@riverlands.example");
        var page = await client.GetDocumentAsync("/organisations/new");

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.OdsCode"] = ods.ToLowerInvariant(),
            ["Input.Type"] = "ChildrensHospice",
            ["Input.Sector"] = "NonNhs",
            ["Input.Postcode"] = "nb11aa",
            ["Input.Website"] = "https://otter.example",
            ["Input.Email"] = "hello@otter.example",
            ["Input.Status"] = "Member",
            ["Input.JoinedOn"] = "2024-04-01",
            ["Input.AreaIds"] = northbrook.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Set<Organisation>().Include(o => o.AreasServed).SingleAsync(o => o.Name == name));
        Assert.Equal($"/organisations/{saved.Id}", response.Headers.Location!.PathOnly());
        Assert.Equal(ods, saved.OdsCode);
        Assert.Equal("NB1 1AA", saved.Postcode);
        Assert.Equal(MembershipStatus.Member, saved.Status);
        Assert.Equal([northbrook.Id], saved.AreasServed.Select(a => a.AreaId));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Entity == "Organisation" && a.EntityKey == saved.Id.ToString() && a.Action == AuditAction.Insert));
        Assert.Equal("coordinator@riverlands.example", audit.UserName);
        var changes = JsonSerializer.Deserialize<List<AuditChange>>(audit.Changes)!;
        Assert.Contains(new AuditChange("Name", null, name), changes);
        Assert.Contains(new AuditChange("OdsCode", null, ods), changes);
        var details = await client.GetDocumentAsync($"/organisations/{saved.Id}");
        Assert.Contains($"{name} has been added", details.QuerySelector(".nhsuk-notification-banner")!.TextContent);
    }

    [Fact]
    public async Task Only_the_coordinator_may_add_organisations()
    {
        var anonymous = await factory.CreateBrowserClient().GetAsync("/organisations/new");
        var lead = await (await factory.SignInAsync("lead@riverlands.example")).GetAsync("/organisations/new");

        Assert.StartsWith("/account/sign-in", anonymous.Headers.Location!.PathOnly());
        Assert.StartsWith("/account/access-denied", lead.Headers.Location!.PathOnly());
    }

    [Fact]
    public async Task Formula_like_names_are_escaped_in_the_csv_and_excel_downloads()
    {
        var name = "=HYPERLINK(\"https://evil.example\",\"Click\") " + Guid.NewGuid().ToString("N")[..6];
        await factory.WithDbAsync(async db =>
        {
            db.Add(new Organisation { Name = name, Type = OrganisationType.Other, Sector = Sector.NonNhs, Status = MembershipStatus.Member });
            return await db.SaveChangesAsync();
        });
        var client = factory.CreateBrowserClient();
        var query = Uri.EscapeDataString(name[^6..]);

        var csv = await client.GetStringAsync($"/organisations?handler=export&format=csv&q={query}");
        var xlsx = await client.GetStreamAsync($"/organisations?handler=export&format=xlsx&q={query}");

        Assert.StartsWith("\"'=HYPERLINK(", csv.TrimStart('\uFEFF').Split("\r\n")[1]);
        using var workbook = new ClosedXML.Excel.XLWorkbook(xlsx);
        var cell = workbook.Worksheet(1).Cell(2, 1);
        Assert.Equal("'" + name, cell.GetString());
        Assert.False(cell.HasFormula);
    }
}
