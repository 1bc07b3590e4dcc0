using System.Net;
using System.Security.Claims;
using McnHub.Features.Evaluation;
using McnHub.Platform.Audit;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Evaluation.DataValues.DataValuesApiKit;
using static McnHub.Tests.Features.Evaluation.EvaluationTestData;

namespace McnHub.Tests.Features.Evaluation.DataValues;

public sealed class DataValuesImportApiTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private const string TemplateHeader = "OrganisationId,Organisation,Period,ElementCode,OptionCode,Value,Comment";

    [Fact]
    public async Task A_json_import_saves_drafts_counts_created_updated_and_unchanged_and_is_audited()
    {
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync(SubmittersOrganisation);
        await factory.ClearReturnAsync(org, LastQuarter);
        var since = await factory.WithDbAsync(db => db.AuditEntries.MaxAsync(a => (long?)a.Id)) ?? 0;
        var client = await factory.SignInAsync(Submitter);
        var q = LastQuarter.Id;

        var first = await JsonAsync(await client.PostJsonAsync(new object[]
        {
            Item($"{org}", q, "ACP", "1,234", comment: "From the clinical system"),
            new { dataset = "CPC_MDS", organisation = org, period = q, element = "CASELOAD", option = "AGE_0_1", value = 7 },
            Item($"{org}", q, "ADVICE_247", "yes"),
        }), HttpStatusCode.OK);
        var second = await JsonAsync(await client.PostJsonAsync(new object[]
        {
            Item($"{org}", q, "ACP", "1234"),
            Item($"{org}", q, "CASELOAD", "8", option: "age_0_1"),
        }), HttpStatusCode.OK);

        Assert.Equal((3, 0, 0), (first.GetProperty("created").GetInt32(), first.GetProperty("updated").GetInt32(), first.GetProperty("unchanged").GetInt32()));
        Assert.Equal("draft", Assert.Single(first.GetProperty("returns").EnumerateArray()).GetProperty("status").GetString());
        Assert.Equal(["1234", "7", "Yes"], first.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("value").GetString()));
        Assert.Equal((0, 1, 1), (second.GetProperty("created").GetInt32(), second.GetProperty("updated").GetInt32(), second.GetProperty("unchanged").GetInt32()));
        var r = (await factory.ReturnAsync(org, LastQuarter))!;
        Assert.Equal(ReturnStatus.Draft, r.Status);
        Assert.Contains(r.Values, v => v.Numeric == 1234 && v.Comment == "From the clinical system");
        Assert.Contains(r.Values, v => v.Numeric == 8);
        var audited = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Id > since && a.Entity == nameof(DataValue) && a.UserName == Submitter).Select(a => a.Action).ToListAsync());
        Assert.Equal(3, audited.Count(a => a == AuditAction.Insert));
        Assert.Equal(1, audited.Count(a => a == AuditAction.Update));
    }

    [Fact]
    public async Task A_csv_body_with_the_template_columns_imports_with_the_dataset_in_the_query()
    {
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync(SubmittersOrganisation);
        await factory.ClearReturnAsync(org, LastQuarter);
        var client = await factory.SignInAsync(Submitter);
        var csv = string.Join("\r\n", TemplateHeader, $"{org},Northbrook,{LastQuarter.Id},NAMED_LEAD,,33,", $"{org},,{LastQuarter.Id},CASELOAD,AGE_1_4,\"1,001\",Counted twice", $"{org},,{LastQuarter.Id},DEATHS,,,");

        var json = await JsonAsync(await client.PostCsvAsync(csv, "?dataset=CPC_MDS"), HttpStatusCode.OK);
        var noDataset = await JsonAsync(await client.PostCsvAsync(csv), HttpStatusCode.BadRequest);

        Assert.Equal(2, json.GetProperty("created").GetInt32());
        Assert.Equal(1, json.GetProperty("skipped").GetInt32());
        Assert.Equal([33.0, 1001.0], (await factory.ReturnAsync(org, LastQuarter))!.Values.Select(v => v.Numeric!.Value).Order());
        Assert.Contains("no column Dataset", noDataset.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_export_of_a_draft_imports_back_with_nothing_changed()
    {
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync(SubmittersOrganisation);
        await factory.ClearReturnAsync(org, LastQuarter);
        var client = await factory.SignInAsync(Submitter);
        var q = LastQuarter.Id;
        await JsonAsync(await client.PostJsonAsync(new object[]
        {
            Item($"{org}", q, "ACP", "30", comment: "=SUM(A1) is not a formula here"),
            Item($"{org}", q, "CASELOAD", "12.0", option: "AGE_5_9"),
            Item($"{org}", q, "ADVICE_247", "No"),
            Item($"{org}", q, "SHORT_BREAK_NIGHTS", "0"),
        }), HttpStatusCode.OK);
        var before = await factory.StoredAsync(org);

        var export = await client.GetAsync($"{Route}?organisation={org}&period={q}&format=csv");
        var csv = await export.Content.ReadAsStringAsync();
        var json = await JsonAsync(await client.PostCsvAsync(csv), HttpStatusCode.OK);

        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("Dataset,OrganisationId,Organisation,Period,ElementCode,OptionCode,Value,Comment", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(3, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);
        Assert.Equal((0, 0, 3), (json.GetProperty("created").GetInt32(), json.GetProperty("updated").GetInt32(), json.GetProperty("unchanged").GetInt32()));
        Assert.Equal(before, await factory.StoredAsync(org));
    }

    [Fact]
    public async Task The_excel_export_holds_the_same_values_and_reads_back_as_an_import_file()
    {
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync(SubmittersOrganisation);
        await factory.ClearReturnAsync(org, LastQuarter);
        var client = await factory.SignInAsync(Submitter);
        var q = LastQuarter.Id;
        await JsonAsync(await client.PostJsonAsync(new object[]
        {
            Item($"{org}", q, "ACP", "30", comment: "Checked"),
            Item($"{org}", q, "CASELOAD", "12", option: "AGE_5_9"),
            Item($"{org}", q, "ADVICE_247", "No"),
        }), HttpStatusCode.OK);

        var export = await client.GetAsync($"{Route}?organisation={org}&period={q}&format=xlsx");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".xlsx", export.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
        var (values, problem) = DataValueImport.ReadValues(await export.Content.ReadAsByteArrayAsync(), requireDataset: true);
        Assert.Null(problem);
        Assert.Equal(
            ["ACP||30|Checked", "ADVICE_247||No|", "CASELOAD|AGE_5_9|12|"],
            values!.Select(v => $"{v.Element}|{v.Option}|{v.Value}|{v.Comment}").Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task Every_problem_of_a_json_import_is_reported_at_once_and_nothing_is_saved()
    {
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync(SubmittersOrganisation);
        var other = await factory.OrganisationIdAsync("Kingfisher Children's Hospice");
        var charity = await factory.OrganisationIdAsync("Starlight Sibling Support");
        await factory.ClearReturnAsync(org, LastQuarter);
        await factory.WithDbAsync(async db =>
        {
            if (!await db.Set<DataElement>().AnyAsync(e => e.Code == "NOT_IN_MDS"))
            {
                db.Add(new DataElement { Code = "NOT_IN_MDS", Name = "Not in the dataset", Definition = "Test only." });
            }

            return await db.SaveChangesAsync();
        });
        var refusals = await factory.RefusalsAsync();
        var client = await factory.SignInAsync(Submitter);
        var q = LastQuarter.Id;

        var response = await client.PostJsonAsync(new object[]
        {
            Item($"{org}", q, "ACP", "30"),
            Item($"{org}", q, "ACP", "31"),
            Item($"{org}", q, "DEATHS_GARDEN", "1"),
            Item($"{org}", q, "NOT_IN_MDS", "1"),
            Item($"{org}", q, "CASELOAD", "5"),
            Item($"{org}", q, "DEATHS", "1.234"),
            Item($"{other}", q, "DEATHS", "1"),
            Item($"{charity}", q, "DEATHS", "1"),
            Item($"{org}", LastQuarter.Next.Next.Id, "DEATHS", "1"),
            Item($"{org}", LastQuarter.Previous.Id, "DEATHS", "1"),
            Item("99999", q, "DEATHS", "1", dataset: "NO_SUCH_SET"),
            Item($"{org}", q, "DEATHS_HOME", ""),
        });

        var errors = await ErrorsAsync(response);
        Assert.Equal(12, errors.Count);
        Assert.Equal("1|row|duplicates item 0", errors[0]);
        Assert.Equal("2|element|unknown element code \"DEATHS_GARDEN\" for this dataset", errors[1]);
        Assert.Equal("3|element|NOT_IN_MDS is not in the dataset CPC_MDS", errors[2]);
        Assert.StartsWith("4|option|CASELOAD is given by", errors[3], StringComparison.Ordinal);
        Assert.Contains("5|value|", errors[4], StringComparison.Ordinal);
        Assert.Contains("could be read two ways", errors[4], StringComparison.Ordinal);
        Assert.Equal("6|organisation|you do not submit data for Kingfisher Children's Hospice", errors[5]);
        Assert.Equal("7|organisation|Starlight Sibling Support is not assigned this dataset", errors[6]);
        Assert.Contains("8|period|", errors[7], StringComparison.Ordinal);
        Assert.Contains("is in the future", errors[7], StringComparison.Ordinal);
        Assert.Contains("the co-ordinator must reopen it first", errors[8], StringComparison.Ordinal);
        Assert.Equal("10|dataset|unknown dataset code \"NO_SUCH_SET\"", errors[9]);
        Assert.Equal("10|organisation|unknown organisation id \"99999\"", errors[10]);
        Assert.Equal("11|value|value is missing", errors[11]);
        Assert.Null(await factory.ReturnAsync(org, LastQuarter));
        Assert.Equal(refusals + 1, await factory.RefusalsAsync());
    }

    [Fact]
    public async Task Csv_problems_are_reported_by_line_and_a_locked_return_is_refused_even_to_the_coordinator()
    {
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync(SubmittersOrganisation);
        var locked = LastQuarter.Previous;
        var before = await factory.StoredAsync(org);
        var client = await factory.SignInAsync(Coordinator);
        var csv = string.Join("\n", "Dataset," + TemplateHeader, $"CPC_MDS,{org},,{locked.Id},DEATHS,,1,", $"CPC_MDS,{org},,{locked.Id},ACP,,two,");

        var errors = await ErrorsAsync(await client.PostCsvAsync(csv));
        var missing = await JsonAsync(await client.PostCsvAsync("Dataset,Period\nCPC_MDS,2025Q1"), HttpStatusCode.BadRequest);

        Assert.Equal(3, errors.Count);
        Assert.StartsWith($"2|period|the return for {locked.Name} is ", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("3|period|", errors[1], StringComparison.Ordinal);
        Assert.Contains("3|value|", errors[2], StringComparison.Ordinal);
        Assert.Contains("'two' is not a number", errors[2], StringComparison.Ordinal);
        Assert.Contains("no column OrganisationId, ElementCode, OptionCode, Value, Comment", missing.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await factory.StoredAsync(org));
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_change_and_saves_nothing()
    {
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync(SubmittersOrganisation);
        await factory.ClearReturnAsync(org, LastQuarter);
        var client = await factory.SignInAsync(Submitter);

        var json = await JsonAsync(await client.PostJsonAsync(new object[] { Item($"{org}", LastQuarter.Id, "DEATHS", "2") }, "?dryRun=true"), HttpStatusCode.OK);

        Assert.True(json.GetProperty("dryRun").GetBoolean());
        Assert.Equal(1, json.GetProperty("created").GetInt32());
        Assert.Null(await factory.ReturnAsync(org, LastQuarter));
    }

    [Fact]
    public async Task Malformed_bodies_and_other_content_types_are_refused_with_a_clear_message()
    {
        await factory.SeedEvaluationAsync();
        var client = await factory.SignInAsync(Submitter);

        var notJson = await JsonAsync(await client.PostAsync(Route, new StringContent("[{", System.Text.Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        var notArray = await JsonAsync(await client.PostJsonAsync(new { value = 1 }), HttpStatusCode.BadRequest);
        var wrongType = await ErrorsAsync(await client.PostJsonAsync(new object[] { new { dataset = "CPC_MDS", organisation = new[] { 1 }, period = "2025Q1", element = "DEATHS", value = "1" } }));
        var plain = await client.PostAsync(Route, new StringContent("hello", System.Text.Encoding.UTF8, "text/plain"));
        var anonymous = await factory.CreateClient().PostJsonAsync(Array.Empty<object>());

        Assert.StartsWith("The body is not valid JSON", notJson.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("The body must be a JSON array", notArray.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("0|organisation|organisation must be a string or a number", wrongType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Values_checked_before_their_return_was_submitted_are_not_written_into_it()
    {
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync(SubmittersOrganisation);
        var dataset = await factory.DatasetIdAsync();
        await factory.ClearReturnAsync(org, LastQuarter);

        var thrown = await factory.WithDbAsync(async db =>
        {
            var layout = (await ReturnLayout.LoadAsync(db, dataset, CancellationToken.None))!;
            ValueInput[] inputs = [new(2, "CPC_MDS", $"{org}", LastQuarter.Id, "DEATHS", "", "2", "")];
            var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, McnHub.Platform.Accounts.Roles.Coordinator)], "test"));
            var values = (await DataValueRules.LoadAsync(db, [layout], inputs, CancellationToken.None)).Check(inputs, _ => layout, user, Today);
            Assert.Empty(values.SelectMany(v => v.Problems));
            var submitted = DataReturn.Start(dataset, org, LastQuarter, "someone else", DateTime.UtcNow);
            submitted.Status = ReturnStatus.Submitted;
            db.Add(submitted);
            await db.SaveChangesAsync();
            return await Record.ExceptionAsync(() => DataValueWriter.ApplyAsync(db, values, user, DateTime.UtcNow, save: true, CancellationToken.None));
        });

        Assert.IsType<ReturnLockedException>(thrown);
        Assert.Empty((await factory.ReturnAsync(org, LastQuarter))!.Values);
    }
}
