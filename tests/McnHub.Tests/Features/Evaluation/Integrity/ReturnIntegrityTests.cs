using System.Net;
using McnHub.Features.Evaluation;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static McnHub.Tests.Features.Evaluation.EvaluationTestData;

namespace McnHub.Tests.Features.Evaluation.Integrity;

/// <summary>One value per cell held by the database, timeliness on the first submission, reminders once a day.</summary>
public sealed class ReturnIntegrityTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private const string Eastmere = "Eastmere Community Children's Nursing Service";

    [Fact]
    public async Task The_database_refuses_a_second_value_for_the_same_return_element_and_option()
    {
        await factory.SeedEvaluationAsync();
        var (returnId, org, start) = await SomeReturnAsync();

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => factory.WithDbAsync(async db =>
        {
            var element = await db.Set<DataValue>().Where(v => v.DataReturnId == returnId && v.CategoryOptionId == null).Select(v => v.DataElementId).FirstAsync();
            db.Add(new DataValue { DataReturnId = returnId, DataElementId = element, OrganisationId = org, PeriodStart = start, Value = "9", Numeric = 9 });
            return await db.SaveChangesAsync();
        }));
        var optionError = await Assert.ThrowsAsync<DbUpdateException>(() => factory.WithDbAsync(async db =>
        {
            var cell = await db.Set<DataValue>().Where(v => v.DataReturnId == returnId && v.CategoryOptionId != null).Select(v => new { v.DataElementId, v.CategoryOptionId }).FirstAsync();
            db.Add(new DataValue { DataReturnId = returnId, DataElementId = cell.DataElementId, CategoryOptionId = cell.CategoryOptionId, OrganisationId = org, PeriodStart = start, Value = "9", Numeric = 9 });
            return await db.SaveChangesAsync();
        }));

        Assert.True(UniqueViolation.Is(error));
        Assert.True(UniqueViolation.Is(optionError));
    }

    [Fact]
    public async Task The_demo_network_holds_one_value_per_cell()
    {
        await factory.SeedEvaluationAsync();

        var duplicates = await factory.WithDbAsync(db => db.Set<DataValue>()
            .GroupBy(v => new { v.DataReturnId, v.DataElementId, v.CategoryOptionId })
            .CountAsync(g => g.Count() > 1));
        var values = await factory.WithDbAsync(db => db.Set<DataValue>().CountAsync());

        Assert.True(values > 1000);
        Assert.Equal(0, duplicates);
    }

    [Fact]
    public async Task Of_two_saves_at_once_adding_the_same_value_the_second_is_refused_whole()
    {
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync(Eastmere);
        await factory.ClearReturnAsync(org, LastQuarter);
        var f = await factory.FieldsAsync();
        var coordinator = await factory.SignInAsync(Coordinator);
        var url = Url(org, await factory.DatasetIdAsync(), LastQuarter);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitFormAsync(await coordinator.GetDocumentAsync(url), Complete(f))).StatusCode);
        using var scopeA = factory.Services.CreateScope();
        using var scopeB = factory.Services.CreateScope();
        var a = scopeA.ServiceProvider.GetRequiredService<McnHub.Platform.Data.AppDbContext>();
        var b = scopeB.ServiceProvider.GetRequiredService<McnHub.Platform.Data.AppDbContext>();
        var calls = await a.Set<DataElement>().Where(e => e.Code == "ADVICE_CALLS").Select(e => e.Id).SingleAsync();
        var returnA = await a.Set<DataReturn>().Include(r => r.Values).SingleAsync(x => x.OrganisationId == org && x.Period == LastQuarter);
        var returnB = await b.Set<DataReturn>().Include(r => r.Values).SingleAsync(x => x.OrganisationId == org && x.Period == LastQuarter);

        returnA.Values.Add(new DataValue { DataElementId = calls, OrganisationId = org, PeriodStart = returnA.PeriodStart, Value = "12", Numeric = 12 });
        await a.SaveChangesAsync();
        returnB.Values.Add(new DataValue { DataElementId = calls, OrganisationId = org, PeriodStart = returnB.PeriodStart, Value = "40", Numeric = 40 });
        returnB.Values.First(v => v.Value == "30").Value = "31";
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => b.SaveChangesAsync());

        Assert.True(UniqueViolation.Is(error));
        var saved = await factory.ReturnAsync(org, LastQuarter);
        Assert.Equal(["12"], saved!.Values.Where(v => v.DataElementId == calls).Select(v => v.Value));
        Assert.Contains(saved.Values, v => v.Value == "30");
        Assert.DoesNotContain(saved.Values, v => v.Value == "31");
    }

    [Fact]
    public async Task A_form_opened_before_an_import_into_its_return_is_refused_as_stale_and_keeps_what_was_typed()
    {
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync("Kingfisher Children's Hospice");
        await factory.ClearReturnAsync(org, LastQuarter);
        var f = await factory.FieldsAsync();
        var coordinator = await factory.SignInAsync(Coordinator);
        var dataset = await factory.DatasetIdAsync();
        var url = Url(org, dataset, LastQuarter);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitFormAsync(await coordinator.GetDocumentAsync(url), Complete(f))).StatusCode);
        var form = await coordinator.GetDocumentAsync(url);
        var csv = $"OrganisationId,Organisation,Period,ElementCode,OptionCode,Value,Comment\r\n{org},,{LastQuarter.Id},ADVICE_CALLS,,12,";
        var import = await coordinator.GetDocumentAsync("/data/import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(import.QuerySelector("#upload-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(dataset.ToString(System.Globalization.CultureInfo.InvariantCulture)), "DatasetId" },
        };
        var upload = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
        upload.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        content.Add(upload, "Upload", "values.csv");
        var preview = await HttpExtensions.ParseAsync(await coordinator.PostAsync("/data/import?handler=Preview", content));
        var confirm = await coordinator.SubmitFormAsync(preview, new Dictionary<string, string>(), "#confirm-form");
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);

        var response = await coordinator.SubmitFormAsync(form, Complete(f, v => { v["ADVICE_CALLS"] = "40"; v["ACP"] = "31"; }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HttpExtensions.ParseAsync(response);
        Assert.Contains("Someone else changed this return", page.QuerySelector(".nhsuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("40", page.QuerySelector($"input[name='{f["ADVICE_CALLS"]}']")!.GetAttribute("value"));
        Assert.Equal("31", page.QuerySelector($"input[name='{f["ACP"]}']")!.GetAttribute("value"));
        var saved = await factory.ReturnAsync(org, LastQuarter);
        Assert.Contains(saved!.Values, v => v.Value == "12");
        Assert.DoesNotContain(saved.Values, v => v.Value is "40" or "31");
    }

    [Fact]
    public async Task A_return_reopened_and_submitted_again_after_the_due_date_still_counts_as_on_time()
    {
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync("Kingfisher Children's Hospice");
        var period = LastQuarter.Previous;
        await factory.ClearReturnAsync(org, period);
        var dataset = await factory.DatasetIdAsync();
        var due = await factory.WithDbAsync(async db => (await db.Set<Dataset>().SingleAsync(d => d.Id == dataset)).DueDate(period));
        var onTime = due.AddDays(-3).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
        await factory.WithDbAsync(async db =>
        {
            var r = DataReturn.Start(dataset, org, period, Submitter, onTime.AddDays(-5));
            r.Submit(Submitter, onTime);
            r.Status = ReturnStatus.Reopened;
            r.Submit(Submitter, onTime.AddDays(20));
            db.Add(r);
            return await db.SaveChangesAsync();
        });

        var expected = await factory.WithDbAsync(db => CompletenessQuery.LoadAsync(db, Today, 4, dataset, CancellationToken.None));
        var saved = await factory.ReturnAsync(org, period);

        Assert.Equal(onTime, saved!.FirstSubmittedAt);
        Assert.Equal(onTime.AddDays(20), saved.SubmittedAt);
        Assert.True(expected.Single(e => e.OrganisationId == org && e.Period == period).OnTime);
    }

    [Fact]
    public async Task A_return_first_submitted_late_stays_late_when_submitted_again()
    {
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync("Kingfisher Children's Hospice");
        var period = LastQuarter.Previous.Previous;
        await factory.ClearReturnAsync(org, period);
        var dataset = await factory.DatasetIdAsync();
        var due = await factory.WithDbAsync(async db => (await db.Set<Dataset>().SingleAsync(d => d.Id == dataset)).DueDate(period));
        await factory.WithDbAsync(async db =>
        {
            var r = DataReturn.Start(dataset, org, period, Submitter, due.AddDays(-20).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
            r.Submit(Submitter, due.AddDays(5).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
            r.Status = ReturnStatus.Reopened;
            r.Submit(Submitter, due.AddDays(9).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
            db.Add(r);
            return await db.SaveChangesAsync();
        });

        var expected = await factory.WithDbAsync(db => CompletenessQuery.LoadAsync(db, Today, 4, dataset, CancellationToken.None));

        var row = expected.Single(e => e.OrganisationId == org && e.Period == period);
        Assert.True(row.Submitted);
        Assert.False(row.OnTime);
    }

    [Fact]
    public async Task Submitting_through_the_form_again_after_reopening_keeps_the_first_submission_time()
    {
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync("Northbrook Community Children's Nursing Team");
        await factory.ClearReturnAsync(org, LastQuarter);
        var f = await factory.FieldsAsync();
        var coordinator = await factory.SignInAsync(Coordinator);
        var url = Url(org, await factory.DatasetIdAsync(), LastQuarter);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitFormAsync(await coordinator.GetDocumentAsync(url), Complete(f, v => v["intent"] = "submit"))).StatusCode);
        var first = new DateTime(2001, 1, 1, 9, 0, 0, DateTimeKind.Utc);
        await factory.WithDbAsync(async db =>
        {
            var r = await db.Set<DataReturn>().SingleAsync(x => x.OrganisationId == org && x.Period == LastQuarter);
            r.FirstSubmittedAt = first;
            return await db.SaveChangesAsync();
        });
        var id = (await factory.ReturnAsync(org, LastQuarter))!.Id;
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitFormAsync(await coordinator.GetDocumentAsync($"/data/returns/{id}/reopen"), new Dictionary<string, string> { ["Reason"] = "One death was missed." })).StatusCode);

        var again = await coordinator.SubmitFormAsync(await coordinator.GetDocumentAsync(url), Complete(f, v => v["intent"] = "submit"));

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var saved = await factory.ReturnAsync(org, LastQuarter);
        Assert.Equal(first, saved!.FirstSubmittedAt);
        Assert.True(saved.SubmittedAt > first.AddYears(10));
    }

    [Fact]
    public async Task A_second_reminder_run_on_the_same_day_sends_nothing()
    {
        await factory.SeedEvaluationAsync();
        var period = LastQuarter.Previous;
        var org = await factory.OrganisationIdAsync("Northbrook Community Children's Nursing Team");
        await factory.ClearReturnAsync(org, period);
        var dataset = await factory.DatasetIdAsync();
        var due = await factory.WithDbAsync(async db => (await db.Set<Dataset>().SingleAsync(d => d.Id == dataset)).DueDate(period));
        var dayAfter = due.AddDays(1).ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc);
        var reminder = factory.Services.GetRequiredService<DataReturnReminder>();

        var first = await reminder.SendDueRemindersAsync(dayAfter);
        var second = await reminder.SendDueRemindersAsync(dayAfter.AddHours(5));
        var recorded = await factory.WithDbAsync(db => db.Set<ReminderSent>().Where(s => s.SentOn == DateOnly.FromDateTime(dayAfter) && s.OrganisationId == org && s.Period == period).Select(s => s.Email).ToListAsync());

        Assert.True(first > 0);
        Assert.Equal(0, second);
        Assert.Contains(Submitter, recorded, StringComparer.OrdinalIgnoreCase);
    }

    private Task<(int ReturnId, int Org, DateOnly Start)> SomeReturnAsync() =>
        factory.WithDbAsync(async db =>
        {
            var r = await db.Set<DataReturn>().Where(x => x.Values.Any(v => v.CategoryOptionId == null) && x.Values.Any(v => v.CategoryOptionId != null))
                .OrderBy(x => x.Id).Select(x => new { x.Id, x.OrganisationId, x.PeriodStart }).FirstAsync();
            return (r.Id, r.OrganisationId, r.PeriodStart);
        });
}
