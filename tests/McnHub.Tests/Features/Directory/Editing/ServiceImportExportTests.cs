using System.Net;
using System.Text;
using ClosedXML.Excel;
using McnHub.Features.Directory.Services;
using McnHub.Platform.Audit;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Directory.Editing.DirectoryTestData;

namespace McnHub.Tests.Features.Directory.Editing;

/// <summary>CSV and Excel export of every service; CSV import with a row-by-row preview before anything is saved.</summary>
public sealed class ServiceImportExportTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private const string Header = "OrganisationOdsOrName,Name,Description,Types,MinimumAge,MaximumAge,Areas,Is24x7,Phone,Email,Website,Status";

    [Fact]
    public async Task The_csv_export_lists_every_service_with_types_areas_ages_and_freshness()
    {
        var name = Unique("Exported service");
        await factory.CreateServiceAsync(LeadsOrganisation, name, s => (s.LastVerifiedOn, s.Is24x7, s.MinimumAge, s.MaximumAge) = (new DateOnly(2024, 3, 1), true, 2, 19));
        var client = await factory.SignInAsync(Coordinator);

        var response = await client.GetAsync("/directory/services/export?format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Id,Organisation,ODS code,Name,Types,Areas,Minimum age,Maximum age,24/7,Status,Last verified,Last verified by,Stale,Phone,Email,Website,Updated", lines[0]);
        var row = lines.Single(l => l.Contains(name, StringComparison.Ordinal));
        Assert.Contains($"Kingfisher Children's Hospice,8KF01,{name},Short breaks / respite,Northbrook,2,19,Yes,Active,2024-03-01,Test,Yes,", row);
        var count = await factory.WithDbAsync(db => db.Set<Service>().CountAsync());
        Assert.Equal(count + 1, lines.Length);
    }

    [Fact]
    public async Task The_excel_export_has_the_same_headings_and_one_row_per_service()
    {
        var client = await factory.SignInAsync(Coordinator);

        var response = await client.GetAsync("/directory/services/export?format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(1);
        Assert.Equal("Organisation", sheet.Cell(1, 2).GetString());
        Assert.Equal("Stale", sheet.Cell(1, 13).GetString());
        var count = await factory.WithDbAsync(db => db.Set<Service>().CountAsync());
        Assert.Equal(count + 1, sheet.LastRowUsed()!.RowNumber());
    }

    [Fact]
    public async Task An_unknown_export_format_is_a_bad_request_and_others_than_the_coordinator_are_refused()
    {
        var coordinator = await factory.SignInAsync(Coordinator);
        var lead = await factory.SignInAsync(Lead);

        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.GetAsync("/directory/services/export?format=pdf")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await lead.GetAsync("/directory/services/export?format=csv")).StatusCode);
    }

    [Fact]
    public async Task The_preview_names_every_problem_row_by_row_and_saves_nothing_then_confirming_saves_the_valid_rows()
    {
        var existing = Unique("Already here");
        await factory.CreateServiceAsync(LeadsOrganisation, existing);
        var good = Unique("Imported respite");
        var good2 = Unique("Imported advice");
        var csv = string.Join("\r\n",
            Header,
            $"8KF01,{good},Short breaks at home,short-breaks;Sibling support,0,18,Northbrook;E06000902,yes,0161 496 0001,a@kingfisher.example,https://kingfisher.example,Active",
            $"Willow Bank Children's Hospice,{good2},\"Advice, day and night\",24-7-telephone-advice,,,,no,+44 161 496 0002,,,Temporarily closed",
            "Nowhere Hospice,Ghost service,Nothing,short-breaks,0,18,,no,,,,",
            "8KF01,Bad type,Something,astrology,0,18,,no,,,,",
            "8KF01,Bad area,Something,short-breaks,0,18,Atlantis,no,,,,",
            "8KF01,Bad ages,Something,short-breaks,-1,30,,no,,,,",
            "8KF01,Inverted ages,Something,short-breaks,12,5,,no,,,,",
            $"8KF01,{good},Duplicate in the file,short-breaks,0,18,,no,,,,",
            $"8KF01,{existing},Duplicate in the directory,short-breaks,0,18,,no,,,,",
            "8KF01,Formula,=HYPERLINK(\"http://evil.example\"),short-breaks,0,18,,maybe,,,,Open");
        var client = await factory.SignInAsync(Coordinator);
        var countBefore = await factory.WithDbAsync(db => db.Set<Service>().CountAsync());

        var preview = await ExpectPageAsync(await UploadAsync(client, Encoding.UTF8.GetBytes(csv)));

        var rows = preview.QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.TextContent);
        Assert.Contains("Ready", rows["2"]);
        Assert.Contains("Ready", rows["3"]);
        Assert.Contains("unknown organisation \"Nowhere Hospice\"", rows["4"]);
        Assert.Contains("unknown service type \"astrology\"", rows["5"]);
        Assert.Contains("unknown area \"Atlantis\"", rows["6"]);
        Assert.Contains("MinimumAge cannot be negative", rows["7"]);
        Assert.Contains("MaximumAge must be 25 years or less", rows["7"]);
        Assert.Contains("Minimum age (12) must not be more than the maximum age (5)", rows["8"]);
        Assert.Contains("duplicate of row 2", rows["9"]);
        Assert.Contains("already has a service called", rows["10"]);
        Assert.Contains("Description starts with \"=\"", rows["11"]);
        Assert.Contains("Is24x7 must be yes or no", rows["11"]);
        Assert.Contains("Status must be Active, Temporarily closed or Defunct", rows["11"]);
        Assert.Equal(countBefore, await factory.WithDbAsync(db => db.Set<Service>().CountAsync()));

        var confirmed = await client.PostFormAsync(preview, [], "main form[action*='Confirm']");

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(countBefore + 2, await factory.WithDbAsync(db => db.Set<Service>().CountAsync()));
        var imported = await factory.WithDbAsync(db => db.Set<Service>().Include(s => s.Types).Include(s => s.Areas).SingleAsync(s => s.Name == good));
        Assert.Equal((true, 2, 2, "https://kingfisher.example"), (imported.Is24x7, imported.Types.Count, imported.Areas.Count, imported.Website));
        var second = await factory.WithDbAsync(db => db.Set<Service>().SingleAsync(s => s.Name == good2));
        Assert.Equal((ServiceStatus.TemporarilyClosed, "Advice, day and night", "+44 161 496 0002"), (second.Status, second.Description, second.Phone));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == "Service" && a.Action == AuditAction.Insert && a.EntityKey == imported.Id.ToString() && a.UserName == Coordinator)));
    }

    [Fact]
    public async Task A_file_missing_columns_is_refused_before_any_row()
    {
        var client = await factory.SignInAsync(Coordinator);

        var page = await ExpectPageAsync(await UploadAsync(client, Encoding.UTF8.GetBytes("Name,Description\r\nA,B\r\n")));

        Assert.Contains("The file has no column OrganisationOdsOrName, Types, MinimumAge, MaximumAge, Areas, Is24x7, Phone, Email, Website, Status", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector("main form[action*='Confirm']"));
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_refused_with_advice()
    {
        var client = await factory.SignInAsync(Coordinator);
        var latin1 = Encoding.Latin1.GetBytes(Header + "\r\n8KF01,Caf\u00e9 service,Caf\u00e9,short-breaks,0,18,,no,,,,\r\n");

        var page = await ExpectPageAsync(await UploadAsync(client, latin1));

        Assert.Contains("The file is not UTF-8 text", page.QuerySelector("main")!.TextContent);
        Assert.False(await factory.WithDbAsync(db => db.Set<Service>().AnyAsync(s => s.Name.StartsWith("Caf"))));
    }

    [Fact]
    public async Task Uploading_nothing_asks_for_a_file()
    {
        var client = await factory.SignInAsync(Coordinator);

        var page = await ExpectPageAsync(await UploadAsync(client, []));

        Assert.Contains("Choose a CSV file to import", page.ErrorSummary());
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content)
    {
        var page = await client.GetDocumentAsync("/directory/services/import");
        var form = page.QuerySelector("main form")!;
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "Upload", "services.csv" },
        };
        return await client.PostAsync(form.GetAttribute("action"), body);
    }
}
