using McnHub.Features.Governance.Groups;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace McnHub.Tests.Features.Governance.Groups;

/// <summary>The terms-of-reference review reminder, called directly (it does not run by itself in tests).</summary>
public sealed class TermsReviewReminderTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private Task<int> GroupWithTermsAsync(string name, DateOnly review, bool active = true) =>
        factory.WithDbAsync(async db =>
        {
            var group = new Group { Name = name, Kind = GroupKind.WorkingGroup, Active = active };
            group.TermsOfReference.Add(new TermsOfReference { Number = 1, Purpose = "Old", ReviewDate = review.AddYears(-5) });
            group.TermsOfReference.Add(new TermsOfReference { Number = 2, Purpose = "Current", ReviewDate = review });
            db.Add(group);
            await db.SaveChangesAsync();
            return group.Id;
        });

    [Fact]
    public async Task The_coordinator_is_emailed_once_a_week_about_current_terms_due_for_review_but_not_later_or_inactive_ones()
    {
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var soon = await GroupWithTermsAsync($"Soon {suffix}", today.AddDays(20));
        await GroupWithTermsAsync($"Later {suffix}", today.AddDays(200));
        await GroupWithTermsAsync($"Inactive {suffix}", today.AddDays(-3), active: false);
        var reminder = factory.Services.GetRequiredService<TermsReviewReminder>();

        await reminder.SendDueRemindersAsync(now);
        var first = Mentioning(suffix);
        await reminder.SendDueRemindersAsync(now.AddDays(6));
        var withinWeek = Mentioning(suffix);
        await reminder.SendDueRemindersAsync(now.AddDays(7));
        var afterWeek = Mentioning(suffix);

        var message = Assert.Single(first);
        Assert.Equal("coordinator@riverlands.example", message.To.Mailboxes.Single().Address);
        Assert.Contains($"- Soon {suffix} (version 2; review due ", message.TextBody);
        Assert.Contains($"/governance/groups/{soon}/terms/new", message.TextBody);
        Assert.DoesNotContain($"Later {suffix}", message.TextBody);
        Assert.DoesNotContain($"Inactive {suffix}", message.TextBody);
        Assert.Single(withinWeek);
        Assert.Equal(2, afterWeek.Count);
        Assert.NotNull(await factory.WithDbAsync(db => db.Set<TermsOfReference>().Where(t => t.GroupId == soon && t.Number == 2).Select(t => t.LastReviewReminderAt).SingleAsync()));
    }

    private List<MimeMessage> Mentioning(string text) =>
        !System.IO.Directory.Exists(factory.MailFolder)
            ? []
            : System.IO.Directory.GetFiles(factory.MailFolder, "*.eml").Select(path => MimeMessage.Load(path))
                .Where(m => m.TextBody?.Contains(text, StringComparison.Ordinal) == true).ToList();
}
