using System.Globalization;
using System.Net;
using McnHub.Features.Governance.Actions;
using McnHub.Features.Governance.Decisions;
using McnHub.Features.Governance.Groups;
using McnHub.Tests.Features.Governance.Minutes;
using McnHub.Tests.Features.Members.People;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace McnHub.Tests.Features.Governance.Decisions;

public sealed class DecisionTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<int> CreateDecisionAsync(int group, string statement, DateOnly decidedOn, Action<Decision>? change = null) =>
        factory.WithDbAsync(async db =>
        {
            var decision = new Decision { GroupId = group, Statement = statement, DecidedOn = decidedOn };
            change?.Invoke(decision);
            db.Add(decision);
            await db.SaveChangesAsync();
            return decision.Id;
        });

    [Fact]
    public async Task Superseded_without_a_superseding_decision_is_refused_with_the_input_kept()
    {
        var group = await factory.CreateGroupAsync(GroupVisibility.Public, 1);
        var statement = "Adopt the regional symptom plan " + Guid.NewGuid().ToString("N")[..6];
        var client = await factory.SignInAsync("coordinator@riverlands.example");
        var page = await client.GetDocumentAsync("/governance/decisions/new");

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["Input.GroupId"] = Id(group),
            ["Input.Statement"] = statement,
            ["Input.Rationale"] = "Agreed by all leads",
            ["Input.DecidedOn"] = "2026-02-01",
            ["Input.ReviewDate"] = "2026-01-01",
            ["Input.Status"] = "Superseded",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await HttpExtensions.ParseAsync(response);
        Assert.Equal(DecisionForm.SupersededNeedsDecision, again.FieldError("Input_SupersededByDecisionId").Replace("Error:", "").Trim());
        Assert.Contains("The review date must be after the date the decision was made", again.FieldError("Input_ReviewDate"));
        Assert.Equal(statement, again.FieldValue("Input_Statement"));
        Assert.Equal("Agreed by all leads", again.FieldValue("Input_Rationale"));
        Assert.Equal("Superseded", again.FieldValue("Input_Status"));
        Assert.False(await factory.WithDbAsync(db => db.Set<Decision>().AnyAsync(d => d.Statement == statement)));
    }

    [Fact]
    public async Task A_decision_superseded_by_an_earlier_one_or_by_itself_is_refused_and_by_a_later_one_of_another_group_is_saved()
    {
        var group = await factory.CreateGroupAsync(GroupVisibility.Public, 1);
        var other = await factory.CreateGroupAsync(GroupVisibility.Public, 1);
        var old = await CreateDecisionAsync(group, "Old rule", new DateOnly(2025, 6, 1));
        var earlier = await CreateDecisionAsync(other, "Earlier rule", new DateOnly(2025, 1, 1));
        var later = await CreateDecisionAsync(other, "Later rule", new DateOnly(2025, 9, 1));
        var client = await factory.SignInAsync("coordinator@riverlands.example");

        var page = await client.GetDocumentAsync($"/governance/decisions/{old}/edit");
        var byEarlier = await HttpExtensions.ParseAsync(await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.Status"] = "Superseded", ["Input.SupersededByDecisionId"] = Id(earlier) }));
        var byItself = await HttpExtensions.ParseAsync(await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.Status"] = "Superseded", ["Input.SupersededByDecisionId"] = Id(old) }));
        var byLater = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Input.Status"] = "Superseded", ["Input.SupersededByDecisionId"] = Id(later) });
        var shown = await client.GetDocumentAsync($"/governance/decisions/{old}");

        Assert.Contains("on or after this one", byEarlier.FieldError("Input_SupersededByDecisionId"));
        Assert.Contains("select", byItself.FieldError("Input_SupersededByDecisionId"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, byLater.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Set<Decision>().SingleAsync(d => d.Id == old));
        Assert.Equal((DecisionStatus.Superseded, (int?)later), (saved.Status, saved.SupersededByDecisionId));
        Assert.Equal(Id(later), shown.QuerySelector("[data-superseded-by]")?.GetAttribute("data-superseded-by"));
    }

    [Fact]
    public async Task The_log_searches_rationale_any_case_and_the_decision_page_lists_its_actions_and_links()
    {
        var owner = await factory.CreatePersonAsync("Owner");
        var group = await factory.CreateGroupAsync(GroupVisibility.Public, 1);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var decision = await CreateDecisionAsync(group, "Fund a transition nurse", new DateOnly(2026, 1, 10), d => (d.Rationale, d.Links) = ($"Evidence {tag} from the audit", "https://example.org/audit.pdf\nnot a link"));
        await CreateDecisionAsync(group, "Something else " + tag[..4], new DateOnly(2026, 1, 11));
        await factory.CreateActionAsync(owner.Id, a => (a.Description, a.DecisionId, a.GroupId) = ("Advertise the post", decision, group));
        var client = await factory.SignInAsync(owner.Email);

        var results = await client.GetDocumentAsync($"/governance/decisions?q={tag.ToUpperInvariant()}");
        var page = await client.GetDocumentAsync($"/governance/decisions/{decision}");

        Assert.Equal(["Fund a transition nurse"], results.QuerySelectorAll("table[data-list=decisions] tbody td:first-child a").Select(a => a.TextContent.Trim()));
        Assert.Equal(["Advertise the post"], page.QuerySelectorAll("table[data-list=actions] tbody td:first-child a").Select(a => a.TextContent.Trim()));
        Assert.Equal(["https://example.org/audit.pdf"], page.QuerySelectorAll("a[rel=noopener]").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_private_groups_decision_is_refused_and_audited_for_a_non_member_and_hidden_from_the_log()
    {
        var member = await factory.CreatePersonAsync("Member");
        var outsider = await factory.CreatePersonAsync("Outsider");
        var secret = await factory.CreateGroupAsync(GroupVisibility.Private, 1, (member.Id, GroupRole.Member));
        var statement = "Secret decision " + Guid.NewGuid().ToString("N")[..8];
        var decision = await CreateDecisionAsync(secret, statement, new DateOnly(2026, 1, 10));
        var outsiderClient = await factory.SignInAsync(outsider.Email);

        var refused = await outsiderClient.GetAsync($"/governance/decisions/{decision}");
        var log = await outsiderClient.GetDocumentAsync($"/governance/decisions?q={statement}");
        var memberLog = await (await factory.SignInAsync(member.Email)).GetDocumentAsync($"/governance/decisions?q={statement}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Single(await factory.RefusalsAsync(nameof(Decision), decision));
        Assert.DoesNotContain(statement, log.Text());
        Assert.Contains(statement, memberLog.Text());
    }

    [Fact]
    public async Task The_coordinator_is_reminded_of_decisions_due_for_review_once_a_week()
    {
        var group = await factory.CreateGroupAsync(GroupVisibility.Public, 1);
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var soon = await CreateDecisionAsync(group, "Review soon " + tag, today.AddYears(-1), d => d.ReviewDate = today.AddDays(20));
        await CreateDecisionAsync(group, "Review later " + tag, today.AddYears(-1), d => d.ReviewDate = today.AddDays(90));
        await CreateDecisionAsync(group, "Rescinded " + tag, today.AddYears(-1), d => (d.ReviewDate, d.Status) = (today.AddDays(5), DecisionStatus.Rescinded));
        var reminder = factory.Services.GetRequiredService<DecisionReviewReminder>();

        await reminder.SendDueRemindersAsync(now);
        var first = Mentioning(tag);
        await reminder.SendDueRemindersAsync(now.AddDays(3));
        var within = Mentioning(tag);

        var message = Assert.Single(first);
        Assert.Equal("coordinator@riverlands.example", message.To.Mailboxes.Single().Address);
        Assert.Contains("Review soon " + tag, message.TextBody);
        Assert.Contains($"/governance/decisions/{soon}", message.TextBody);
        Assert.DoesNotContain("Review later", message.TextBody);
        Assert.DoesNotContain("Rescinded", message.TextBody);
        Assert.Single(within);
    }

    private List<MimeMessage> Mentioning(string tag) =>
        !System.IO.Directory.Exists(factory.MailFolder)
            ? []
            : System.IO.Directory.GetFiles(factory.MailFolder, "*.eml").Select(path => MimeMessage.Load(path)).Where(m => (m.TextBody ?? "").Contains(tag, StringComparison.Ordinal)).ToList();
}
