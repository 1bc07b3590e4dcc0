using McnHub.Features.Governance.Actions;
using McnHub.Tests.Features.Governance.Minutes;
using McnHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace McnHub.Tests.Features.Governance.Actions;

/// <summary>The reminder job, called directly (it does not run by itself in tests).</summary>
public sealed class ActionReminderTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task Owners_get_one_email_for_due_soon_and_overdue_actions_and_not_again_within_seven_days()
    {
        var owner = await factory.CreatePersonAsync("Owner");
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var soon = await factory.CreateActionAsync(owner.Id, a => (a.Description, a.DueOn) = ("Due in five days", today.AddDays(5)));
        var overdue = await factory.CreateActionAsync(owner.Id, a => (a.Description, a.DueOn, a.Status) = ("Overdue one", today.AddDays(-3), ActionStatus.InProgress));
        var later = await factory.CreateActionAsync(owner.Id, a => (a.Description, a.DueOn) = ("Due next month", today.AddDays(30)));
        var done = await factory.CreateActionAsync(owner.Id, a => (a.Description, a.DueOn, a.Status) = ("Already done", today.AddDays(-3), ActionStatus.Done));
        var versionBefore = (await factory.LoadActionAsync(soon)).Version;
        var reminder = factory.Services.GetRequiredService<ActionReminder>();

        await reminder.SendDueRemindersAsync(now);
        var first = MailTo(owner.Email);
        await reminder.SendDueRemindersAsync(now.AddDays(6));
        var withinPeriod = MailTo(owner.Email);
        await reminder.SendDueRemindersAsync(now.AddDays(7));
        var afterPeriod = MailTo(owner.Email);

        var message = Assert.Single(first);
        Assert.Equal("2 of your actions are due soon or overdue", message.Subject);
        Assert.Contains("- Due in five days (due ", message.TextBody);
        Assert.Contains("- Overdue one (overdue, was due ", message.TextBody);
        Assert.Contains($"http://localhost:5080/governance/actions/{soon}", message.TextBody);
        Assert.Contains($"http://localhost:5080/governance/actions/{overdue}", message.TextBody);
        Assert.DoesNotContain("Due next month", message.TextBody);
        Assert.DoesNotContain("Already done", message.TextBody);
        Assert.Single(withinPeriod);
        Assert.Equal(2, afterPeriod.Count);
        var reminded = await factory.LoadActionAsync(soon);
        Assert.Equal(versionBefore, reminded.Version);
        Assert.NotNull(reminded.LastReminderAt);
        Assert.Null((await factory.LoadActionAsync(later)).LastReminderAt);
        Assert.Null((await factory.LoadActionAsync(done)).LastReminderAt);
    }

    private List<MimeMessage> MailTo(string address) =>
        !System.IO.Directory.Exists(factory.MailFolder)
            ? []
            : System.IO.Directory.GetFiles(factory.MailFolder, "*.eml")
                .Select(path => MimeMessage.Load(path))
                .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
                .ToList();
}
