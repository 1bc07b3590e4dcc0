using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using ClosedXML.Excel;
using McnHub.Features.Evaluation;
using McnHub.Tests.Support;
using static McnHub.Tests.Features.Evaluation.EvaluationTestData;

namespace McnHub.Tests.Features.Evaluation;

public sealed class DataValueImportTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private const string Header = "OrganisationId,Organisation,Period,ElementCode,OptionCode,Value,Comment";

    private async Task<IDocument> UploadAsync(HttpClient client, byte[] file, string name)
    {
        var page = await client.GetDocumentAsync("/data/import");
        var token = page.QuerySelector("#upload-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent((await factory.DatasetIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture)), "DatasetId" },
        };
        var upload = new ByteArrayContent(file);
        upload.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".xlsx", StringComparison.Ordinal) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        content.Add(upload, "Upload", name);
        var response = await client.PostAsync("/data/import?handler=Preview", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HttpExtensions.ParseAsync(response);
    }

    [Fact]
    public async Task A_file_with_problems_reports_every_problem_by_row_and_imports_nothing()
    {
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync(SubmittersOrganisation);
        var other = await factory.OrganisationIdAsync("Kingfisher Children's Hospice");
        var charity = await factory.OrganisationIdAsync("Starlight Sibling Support");
        await factory.ClearReturnAsync(org, LastQuarter);
        var q = LastQuarter.Id;
        var csv = string.Join("\r\n",
            Header,
            $"{org},,{q},ACP,,30,",
            $"{org},,{q},ACP,,31,",
            $"{org},,{q},DEATHS_GARDEN,,1,",
            $"{org},,{q},CASELOAD,,5,",
            $"{org},,{q},DEATHS,,two,",
            $"{other},,{q},DEATHS,,1,",
            $"{charity},,{q},DEATHS,,1,",
            $"{org},,{LastQuarter.Next.Next.Id},DEATHS,,1,",
            $"{org},,{q},DEATHS_HOME,,1,");
        var client = await factory.SignInAsync(Submitter);

        var preview = await UploadAsync(client, Encoding.UTF8.GetBytes(csv), "values.csv");

        var problems = preview.QuerySelectorAll("#preview-rows tbody tr").Select(r => r.Children[5].TextContent).ToList();
        Assert.Equal(9, problems.Count);
        Assert.Equal("None", problems[0]);
        Assert.Contains("duplicates row 2", problems[1], StringComparison.Ordinal);
        Assert.Contains("unknown element code \"DEATHS_GARDEN\"", problems[2], StringComparison.Ordinal);
        Assert.Contains("OptionCode must be one of AGE_0_1", problems[3], StringComparison.Ordinal);
        Assert.Contains("'two' is not a number", problems[4], StringComparison.Ordinal);
        Assert.Contains("you do not submit data for Kingfisher Children's Hospice", problems[5], StringComparison.Ordinal);
        Assert.Contains("is not assigned this dataset", problems[6], StringComparison.Ordinal);
        Assert.Contains("is in the future", problems[7], StringComparison.Ordinal);
        Assert.Equal("None", problems[8]);
        Assert.Null(preview.QuerySelector("#confirm-form"));
        Assert.Null(await factory.ReturnAsync(org, LastQuarter));
    }

    [Fact]
    public async Task A_clean_csv_is_previewed_then_imported_all_at_once_into_a_draft_return()
    {
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync(SubmittersOrganisation);
        await factory.ClearReturnAsync(org, LastQuarter);
        var q = LastQuarter.Id;
        var csv = string.Join("\r\n", Header, $"{org},,{q},ACP,,\"1,234\",From the clinical system", $"{org},,{q},CASELOAD,AGE_0_1,7,", $"{org},,{q},DEATHS,,,");
        var client = await factory.SignInAsync(Submitter);
        var preview = await UploadAsync(client, Encoding.UTF8.GetBytes(csv), "values.csv");

        var response = await client.SubmitFormAsync(preview, new Dictionary<string, string>(), "#confirm-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var r = await factory.ReturnAsync(org, LastQuarter);
        Assert.Equal(ReturnStatus.Draft, r!.Status);
        Assert.Equal(2, r.Values.Count);
        Assert.Contains(r.Values, v => v.Numeric == 1234 && v.Comment == "From the clinical system");
    }

    [Fact]
    public async Task The_template_lists_every_value_of_the_submitters_organisation_and_an_excel_file_imports_too()
    {
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync(SubmittersOrganisation);
        await factory.ClearReturnAsync(org, LastQuarter);
        var client = await factory.SignInAsync(Submitter);
        var dataset = await factory.DatasetIdAsync();

        var template = await client.GetStringAsync($"/data/import?handler=template&dataset={dataset}&period={LastQuarter.Id}&format=csv");
        var lines = template.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("OrganisationId,Organisation,Period,ElementCode,OptionCode,Value,Comment", lines[0], StringComparison.Ordinal);
        Assert.Equal(22, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.StartsWith($"{org},", l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",CASELOAD,AGE_15_19,", StringComparison.Ordinal));

        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Values");
        string[][] rows = [["OrganisationId", "Organisation", "Period", "ElementCode", "OptionCode", "Value", "Comment"], [$"{org}", "", LastQuarter.Id, "NAMED_LEAD", "", "33", ""]];
        for (var i = 0; i < rows.Length; i++)
        {
            for (var j = 0; j < rows[i].Length; j++)
            {
                sheet.Cell(i + 1, j + 1).Value = rows[i][j];
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        var preview = await UploadAsync(client, stream.ToArray(), "values.xlsx");
        Assert.Equal("None", preview.QuerySelector("#preview-rows tbody tr")!.Children[5].TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync(preview, new Dictionary<string, string>(), "#confirm-form")).StatusCode);
        Assert.Contains((await factory.ReturnAsync(org, LastQuarter))!.Values, v => v.Numeric == 33);
    }
}
