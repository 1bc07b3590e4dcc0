using McnHub.Features.Evaluation;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using static McnHub.Tests.Features.Evaluation.EvaluationTestData;

namespace McnHub.Tests.Features.Evaluation;

/// <summary>The reminder job, called directly (it does not run by itself in tests).</summary>
public sealed class DataReturnReminderTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task Data_submitters_are_reminded_a_week_before_the_due_date_and_the_day_after_but_not_once_the_return_is_submitted()
    {
        await factory.SeedEvaluationAsync();
        var org = await factory.OrganisationIdAsync(SubmittersOrganisation);
        await factory.ClearReturnAsync(org, LastQuarter);
        var due = LastQuarter.End.AddDays(30).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
        var reminder = factory.Services.GetRequiredService<DataReturnReminder>();

        await reminder.SendDueRemindersAsync(due.AddDays(-7));
        var before = MailTo(Submitter);
        await reminder.SendDueRemindersAsync(due.AddDays(-6));
        var nextDay = MailTo(Submitter);
        await reminder.SendDueRemindersAsync(due.AddDays(1));
        var after = MailTo(Submitter);
        await factory.WithDbAsync(async db =>
        {
            var r = DataReturn.Start(await factory.DatasetIdAsync(), org, LastQuarter, Submitter, due);
            r.Status = ReturnStatus.Submitted;
            r.SubmittedAt = due.AddDays(2);
            db.Add(r);
            return await db.SaveChangesAsync();
        });
        await reminder.SendDueRemindersAsync(due.AddDays(14));
        var submitted = MailTo(Submitter);

        var first = Assert.Single(before);
        Assert.Equal("A data return is due soon", first.Subject);
        Assert.Contains($"{SubmittersOrganisation}: Children's palliative care minimum dataset, {LastQuarter.Name}", first.TextBody, StringComparison.Ordinal);
        Assert.Contains($"http://localhost:5080{Url(org, await factory.DatasetIdAsync(), LastQuarter)}", first.TextBody, StringComparison.Ordinal);
        Assert.Single(nextDay);
        Assert.Equal(2, after.Count);
        Assert.Contains(after, m => m.Subject == "A data return is overdue");
        Assert.Equal(2, submitted.Count);
    }

    private List<MimeMessage> MailTo(string address) =>
        !System.IO.Directory.Exists(factory.MailFolder)
            ? []
            : System.IO.Directory.GetFiles(factory.MailFolder, "*.eml")
                .Select(path => MimeMessage.Load(path))
                .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
                .ToList();
}
