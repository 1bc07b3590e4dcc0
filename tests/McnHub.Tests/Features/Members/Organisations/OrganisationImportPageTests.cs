using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Audit;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Members.Organisations;

/// <summary>Upload, preview (nothing saved) and confirm (valid rows only, in one transaction).</summary>
public sealed class OrganisationImportPageTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private const string Header = "Name,OdsCode,Type,Sector,AddressLine1,AddressLine2,Town,Postcode,Website,Phone,Email,Status,Areas";

    private Task<int> CountAsync() => factory.WithDbAsync(db => db.Set<Organisation>().CountAsync());

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName = "organisations.csv")
    {
        var page = await client.GetDocumentAsync("/organisations/import");
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "upload", fileName);
        return await client.PostAsync("/organisations/import/upload", content);
    }

    private static async Task<IDocument> PreviewAsync(HttpClient client, string csv)
    {
        var response = await UploadAsync(client, Encoding.UTF8.GetBytes(csv));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetDocumentAsync(response.Headers.Location!.PathOnly());
    }

    private static string ProblemsOf(IDocument preview, int line) =>
        preview.QuerySelector($"tr[data-line='{line}']")!.TextContent;

    [Fact]
    public async Task The_preview_shows_every_rows_problems_and_confirming_saves_only_the_valid_rows()
    {
        var a = OrganisationFormTests.Unique("Import Alpha");
        var b = OrganisationFormTests.Unique("Import Beta");
        var dup = OrganisationFormTests.Unique("Import Twice");
        var ods = OrganisationFormTests.UniqueOds();
        var csv = string.Join("\r\n",
            Header,
            $"{a},{ods},Children's hospice,Non-NHS,1 High St,,Northbrook,NB1 1AA,https://alpha.example,+44 161 496 0000,hi@alpha.example,Member,Northbrook; Eastmere",
            $"{b},,Charity,NHS,,,,,,,,,",
            $"{OrganisationFormTests.Unique("Bad Values")},,Hospital,Private,,,,,,,,Gone,",
            $"{OrganisationFormTests.Unique("Bad Ods")},R!,Charity,NHS,,,,,,,,,",
            $"{dup},,Charity,NHS,,,,,,,,,",
            $"{dup.ToUpperInvariant()},,Charity,NHS,,,,,,,,,",
            "Kingfisher Children's Hospice,,Charity,NHS,,,,,,,,,",
            $"{OrganisationFormTests.Unique("Ods Taken")},8KF01,Charity,NHS,,,,,,,,,",
            $"{OrganisationFormTests.Unique("Bad Contact")},,Charity,NHS,,,,,www.nope,,not-an-email,,",
            $"{OrganisationFormTests.Unique("Bad Area")},,Charity,NHS,,,,,,,,,Atlantis",
            $"{new string('L', 201)},,Charity,NHS,,,,,,,,,",
            "\"=cmd|' /C calc'!A0\",,Charity,NHS,,,,,,,,,");
        var before = await CountAsync();
        var client = await factory.SignInAsync("coordinator@riverlands.example");

        var preview = await PreviewAsync(client, csv);

        Assert.Equal("2", preview.QuerySelector("[data-count=valid]")!.TextContent);
        Assert.Equal("10", preview.QuerySelector("[data-count=problems]")!.TextContent);
        Assert.Equal(12, preview.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(["2", "3"], preview.QuerySelectorAll("tr[data-valid=true]").Select(r => r.GetAttribute("data-line")!));
        Assert.Contains("Type \"Hospital\" is not recognised: use one of Tertiary children's hospital", ProblemsOf(preview, 4));
        Assert.Contains("use one of Prospective, Member, Lapsed, Left", ProblemsOf(preview, 4));
        Assert.Contains("ODS code must be 3 to 10 letters and numbers", ProblemsOf(preview, 5));
        Assert.Contains("is in this file more than once (lines 6 and 7)", ProblemsOf(preview, 7));
        Assert.Contains("already exists", ProblemsOf(preview, 8));
        Assert.Contains("8KF01 is already used by Kingfisher Children's Hospice", ProblemsOf(preview, 9));
        Assert.Contains("Enter the full website address", ProblemsOf(preview, 10));
        Assert.Contains("Enter an email address in the correct format", ProblemsOf(preview, 10));
        Assert.Contains("\"Atlantis\" is not an area of the network", ProblemsOf(preview, 11));
        Assert.Contains("Name must be 200 characters or fewer", ProblemsOf(preview, 12));
        Assert.Contains("could run it as a formula", ProblemsOf(preview, 13));
        Assert.Equal(before, await CountAsync());

        var confirmed = await client.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action$=confirm]");

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("/organisations?status=all", confirmed.Headers.Location!.PathOnly());
        Assert.Equal(before + 2, await CountAsync());
        var alpha = await factory.WithDbAsync(db => db.Set<Organisation>().Include(o => o.AreasServed).ThenInclude(x => x.Area).SingleAsync(o => o.Name == a));
        Assert.Equal((ods, OrganisationType.ChildrensHospice, MembershipStatus.Member, "+44 161 496 0000"), (alpha.OdsCode, alpha.Type, alpha.Status, alpha.Phone));
        Assert.Equal(["Eastmere", "Northbrook"], alpha.AreasServed.Select(x => x.Area!.Name).Order());
        var beta = await factory.WithDbAsync(db => db.Set<Organisation>().SingleAsync(o => o.Name == b));
        Assert.Equal(MembershipStatus.Prospective, beta.Status);
        var audited = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Entity == "Organisation" && e.Action == AuditAction.Insert
            && (e.EntityKey == alpha.Id.ToString() || e.EntityKey == beta.Id.ToString()) && e.UserName == "coordinator@riverlands.example"));
        Assert.Equal(2, audited);

        var again = await client.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action$=confirm]");
        Assert.Contains("That upload has expired or cannot be found", (await HttpExtensions.ParseAsync(again)).QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal(before + 2, await CountAsync());
    }

    [Fact]
    public async Task A_file_missing_required_columns_cannot_be_imported_and_names_them()
    {
        var client = await factory.SignInAsync("coordinator@riverlands.example");

        var preview = await PreviewAsync(client, "Name,Town\r\nSomewhere,Northbrook\r\n");

        Assert.Contains("missing the required columns Type, Sector", preview.QuerySelector("#file-errors")!.TextContent);
        Assert.Null(preview.QuerySelector("form[action$=confirm]"));
    }

    [Fact]
    public async Task When_the_database_changes_after_the_preview_the_confirmation_shows_the_new_preview_and_saves_nothing()
    {
        var first = OrganisationFormTests.Unique("Race One");
        var second = OrganisationFormTests.Unique("Race Two");
        var client = await factory.SignInAsync("coordinator@riverlands.example");
        var preview = await PreviewAsync(client, $"Name,Type,Sector\r\n{first},Charity,NHS\r\n{second},Charity,NHS\r\n");
        await factory.WithDbAsync(async db =>
        {
            db.Add(new Organisation { Name = second, Type = OrganisationType.Charity, Sector = Sector.Nhs });
            return await db.SaveChangesAsync();
        });
        var before = await CountAsync();

        var response = await client.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action$=confirm]");

        var again = await HttpExtensions.ParseAsync(response);
        Assert.Contains("now 1 rows can be imported, not 2", again.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal("1", again.QuerySelector("[data-count=valid]")!.TextContent);
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("organisations.xlsx", 10, "The selected file must be a CSV file")]
    [InlineData("organisations.csv", 0, "The selected file is empty")]
    [InlineData("organisations.csv", 2 * 1024 * 1024 + 1, "The selected file must be smaller than 2 MB")]
    public async Task Wrong_empty_or_too_big_files_are_refused_next_to_the_field(string fileName, int size, string message)
    {
        var client = await factory.SignInAsync("coordinator@riverlands.example");

        var response = await UploadAsync(client, Enumerable.Repeat((byte)'a', size).ToArray(), fileName);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HttpExtensions.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("#upload-error")!.TextContent);
        Assert.Equal("#upload", page.QuerySelector(".nhsuk-error-summary a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_windows_1252_file_is_read_and_the_preview_says_how()
    {
        var name = OrganisationFormTests.Unique("Caf\u00e9 Care");
        var client = await factory.SignInAsync("coordinator@riverlands.example");
        var bytes = CodePagesBytes($"Name,Type,Sector\r\n{name},Charity,NHS\r\n");

        var response = await UploadAsync(client, bytes);
        var preview = await client.GetDocumentAsync(response.Headers.Location!.PathOnly());

        Assert.Contains("read as Windows-1252", preview.QuerySelector(".nhsuk-warning-callout")!.TextContent);
        Assert.Equal(name, preview.QuerySelector("tr[data-line='2'] td:nth-child(2)")!.TextContent);
    }

    [Fact]
    public async Task A_made_up_upload_id_is_not_found_and_other_roles_cannot_reach_the_import()
    {
        var coordinator = await factory.SignInAsync("coordinator@riverlands.example");
        var upload = await UploadAsync(coordinator, Encoding.UTF8.GetBytes("Name,Type,Sector\r\nX,Charity,NHS\r\n"));

        var madeUp = await coordinator.GetDocumentAsync("/organisations/import?batch=../../mcnhub");
        var lead = await (await factory.SignInAsync("lead@riverlands.example")).GetAsync(upload.Headers.Location!.PathOnly());

        Assert.Contains("That upload has expired or cannot be found", madeUp.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.StartsWith("/account/access-denied", lead.Headers.Location!.PathOnly());
    }

    [Fact]
    public async Task The_template_names_every_column()
    {
        var client = await factory.SignInAsync("coordinator@riverlands.example");

        var response = await client.GetAsync("/organisations/import/template");

        var text = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        Assert.StartsWith(Header + "\r\n", text);
        Assert.Equal("organisations-template.csv", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
    }

    private static byte[] CodePagesBytes(string text) => CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);
}
