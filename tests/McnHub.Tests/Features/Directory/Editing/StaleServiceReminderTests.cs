using McnHub.Features.Directory.Editing;
using McnHub.Features.Directory.Services;
using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace McnHub.Tests.Features.Directory.Editing;

/// <summary>The reminder job, called directly (it does not run by itself in tests).</summary>
public sealed class StaleServiceReminderTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task Each_lead_gets_one_email_listing_only_the_stale_services_with_links_and_not_again_within_the_period()
    {
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var (organisation, leadEmail, staffEmail) = await CreateOrganisationWithLeadAsync();
        var stale = await factory.CreateServiceAsync(organisation, "Stale respite", s => s.LastVerifiedOn = today.AddMonths(-7));
        var neverChecked = await factory.CreateServiceAsync(organisation, "Never checked advice", s => s.LastVerifiedOn = null);
        var fresh = await factory.CreateServiceAsync(organisation, "Fresh nursing", s => s.LastVerifiedOn = today.AddMonths(-5));
        var defunct = await factory.CreateServiceAsync(organisation, "Closed for good", s => (s.LastVerifiedOn, s.Status) = (today.AddYears(-2), ServiceStatus.Defunct));
        var versionBefore = (await factory.LoadServiceAsync(stale)).Version;
        var reminder = factory.Services.GetRequiredService<StaleServiceReminder>();

        await reminder.SendDueRemindersAsync(now);
        var first = MailTo(leadEmail);
        await reminder.SendDueRemindersAsync(now.AddDays(1));
        await reminder.SendDueRemindersAsync(now.AddDays(13));
        var withinPeriod = MailTo(leadEmail);
        await reminder.SendDueRemindersAsync(now.AddDays(14));
        var afterPeriod = MailTo(leadEmail);

        var message = Assert.Single(first);
        Assert.Equal($"Please check 2 services in the directory ({organisation})", message.Subject);
        var body = message.TextBody;
        Assert.Contains("- Stale respite (last checked", body);
        Assert.Contains("- Never checked advice (never checked)", body);
        Assert.Contains($"http://localhost:5080/services/{stale}/verify", body);
        Assert.Contains($"http://localhost:5080/services/{neverChecked}/verify", body);
        Assert.DoesNotContain("Fresh nursing", body);
        Assert.DoesNotContain("Closed for good", body);
        Assert.Single(withinPeriod);
        Assert.Equal(2, afterPeriod.Count);
        Assert.Empty(MailTo(staffEmail));
        var reminded = await factory.LoadServiceAsync(stale);
        Assert.Equal(versionBefore, reminded.Version);
        Assert.NotNull(reminded.LastReminderSentAt);
        Assert.Null((await factory.LoadServiceAsync(fresh)).LastReminderSentAt);
        Assert.Null((await factory.LoadServiceAsync(defunct)).LastReminderSentAt);
    }

    [Fact]
    public async Task A_service_verified_since_the_last_reminder_is_not_mentioned_again()
    {
        var now = DateTime.UtcNow;
        var (organisation, leadEmail, _) = await CreateOrganisationWithLeadAsync();
        var id = await factory.CreateServiceAsync(organisation, "Checked after reminder", s => s.LastVerifiedOn = DateOnly.FromDateTime(now).AddMonths(-9));
        var reminder = factory.Services.GetRequiredService<StaleServiceReminder>();
        await reminder.SendDueRemindersAsync(now);
        await factory.WithDbAsync(async db =>
        {
            var service = await db.Set<Service>().SingleAsync(s => s.Id == id);
            service.LastVerifiedOn = DateOnly.FromDateTime(now);
            return await db.SaveChangesAsync();
        });

        await reminder.SendDueRemindersAsync(now.AddDays(30));

        Assert.Single(MailTo(leadEmail));
    }

    private async Task<(string Organisation, string LeadEmail, string StaffEmail)> CreateOrganisationWithLeadAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var name = "Reminder Hospice " + suffix;
        var lead = $"lead.{suffix}@reminder.example";
        var staff = $"staff.{suffix}@reminder.example";
        await factory.WithDbAsync(async db =>
        {
            var organisation = new Organisation { Name = name, Type = OrganisationType.ChildrensHospice, Sector = Sector.NonNhs, Status = MembershipStatus.Member };
            db.Add(new Person { FullName = "Lead " + suffix, Email = lead, Affiliations = [new Affiliation { Organisation = organisation, Role = OrganisationRole.Lead }] });
            db.Add(new Person { FullName = "Staff " + suffix, Email = staff, Affiliations = [new Affiliation { Organisation = organisation, Role = OrganisationRole.Staff }] });
            return await db.SaveChangesAsync();
        });
        return (name, lead, staff);
    }

    private List<MimeMessage> MailTo(string address) =>
        !System.IO.Directory.Exists(factory.MailFolder)
            ? []
            : System.IO.Directory.GetFiles(factory.MailFolder, "*.eml")
                .Select(path => MimeMessage.Load(path))
                .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
                .ToList();
}
