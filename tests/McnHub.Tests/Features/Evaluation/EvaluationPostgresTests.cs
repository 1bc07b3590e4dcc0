using System.Net;
using McnHub.Features.Evaluation;
using McnHub.Features.Governance.Dashboard;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Evaluation.EvaluationTestData;

namespace McnHub.Tests.Features.Evaluation;

/// <summary>The demo seed, the entry form's queries (periods by value conversion), submission, approval and completeness on PostgreSQL.</summary>
public sealed class EvaluationPostgresTests(PostgresMcnHubFactory factory) : IClassFixture<PostgresMcnHubFactory>
{
    [Fact]
    public async Task A_return_is_submitted_approved_and_counted_on_PostgreSQL()
    {
        await factory.SeedEvaluationAsync();
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync(SubmittersOrganisation);
        var url = Url(org, await factory.DatasetIdAsync(), LastQuarter);
        await factory.ClearReturnAsync(org, LastQuarter);
        var f = await factory.FieldsAsync();
        var submitter = await factory.SignInAsync(Submitter);
        var coordinator = await factory.SignInAsync(Coordinator);

        var page = await submitter.GetDocumentAsync(url);
        Assert.Contains("Last period:", page.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await submitter.SubmitFormAsync(page, Complete(f, v => v["intent"] = "submit"))).StatusCode);
        var approve = await coordinator.SubmitFormAsync(await coordinator.GetDocumentAsync(url), new Dictionary<string, string> { ["intent"] = "approve" });

        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Equal(ReturnStatus.Approved, (await factory.ReturnAsync(org, LastQuarter))!.Status);
        var completeness = await coordinator.GetDocumentAsync("/data/completeness");
        Assert.Contains("Missing", completeness.QuerySelector("#completeness-matrix")!.TextContent, StringComparison.Ordinal);
        var list = await submitter.GetDocumentAsync("/data/returns");
        Assert.NotNull(list.QuerySelector($"#returns a[href='{url}']"));
        var section = await factory.WithDbAsync(db => new OutstandingReturnsSource(db).LoadAsync(new DashboardContext(Today, DateTime.UtcNow), CancellationToken.None));
        Assert.True(section.Count > 0);
    }

    [Fact]
    public async Task PostgreSQL_refuses_a_second_value_for_the_same_cell_and_it_is_recognised_as_a_collision()
    {
        await factory.SeedEvaluationAsync();
        var cell = await factory.WithDbAsync(db => db.Set<DataValue>().Where(v => v.CategoryOptionId == null)
            .Select(v => new { v.DataReturnId, v.DataElementId, v.OrganisationId, v.PeriodStart }).FirstAsync());
        var option = await factory.WithDbAsync(db => db.Set<DataValue>().Where(v => v.CategoryOptionId != null)
            .Select(v => new { v.DataReturnId, v.DataElementId, v.CategoryOptionId, v.OrganisationId, v.PeriodStart }).FirstAsync());

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => factory.WithDbAsync(db =>
        {
            db.Add(new DataValue { DataReturnId = cell.DataReturnId, DataElementId = cell.DataElementId, OrganisationId = cell.OrganisationId, PeriodStart = cell.PeriodStart, Value = "9", Numeric = 9 });
            return db.SaveChangesAsync();
        }));
        var optionError = await Assert.ThrowsAsync<DbUpdateException>(() => factory.WithDbAsync(db =>
        {
            db.Add(new DataValue { DataReturnId = option.DataReturnId, DataElementId = option.DataElementId, CategoryOptionId = option.CategoryOptionId, OrganisationId = option.OrganisationId, PeriodStart = option.PeriodStart, Value = "9", Numeric = 9 });
            return db.SaveChangesAsync();
        }));

        Assert.True(UniqueViolation.Is(error));
        Assert.True(UniqueViolation.Is(optionError));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<DataValue>().GroupBy(v => new { v.DataReturnId, v.DataElementId, v.CategoryOptionId }).CountAsync(g => g.Count() > 1)));
    }

    [Fact]
    public async Task Reminders_sent_are_recorded_on_PostgreSQL_so_a_second_run_the_same_day_sends_nothing()
    {
        await factory.SeedEvaluationAsync();
        var period = LastQuarter.Previous;
        var org = await factory.OrganisationIdAsync(SubmittersOrganisation);
        await factory.ClearReturnAsync(org, period);
        var dataset = await factory.DatasetIdAsync();
        var due = await factory.WithDbAsync(async db => (await db.Set<Dataset>().SingleAsync(d => d.Id == dataset)).DueDate(period));
        var reminder = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<DataReturnReminder>(factory.Services);
        var dayAfter = due.AddDays(1).ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc);

        var first = await reminder.SendDueRemindersAsync(dayAfter);
        var second = await reminder.SendDueRemindersAsync(dayAfter.AddHours(3));

        Assert.True(first > 0);
        Assert.Equal(0, second);
    }
}
