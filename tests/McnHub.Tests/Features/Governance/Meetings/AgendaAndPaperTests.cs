using System.Globalization;
using System.Net;
using System.Text;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Members.People;
using McnHub.Platform.Audit;
using McnHub.Tests.Features.Governance.Groups;
using McnHub.Tests.Features.Members.Agreements;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Governance.Meetings;

public sealed class AgendaAndPaperTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    private async Task<int> MeetingAsync(Group group) => await factory.WithDbAsync(async db =>
    {
        var m = new Meeting { GroupId = group.Id, Title = $"{group.Name} meeting", StartsAt = DateTime.UtcNow.AddDays(10), EndsAt = DateTime.UtcNow.AddDays(10).AddHours(1), Place = "Room 1" };
        db.Add(m);
        await db.SaveChangesAsync();
        return m.Id;
    });

    private async Task AddItemAsync(HttpClient client, int meetingId, string title)
    {
        var page = await client.GetDocumentAsync($"/governance/meetings/{meetingId}/agenda");
        var response = await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Item.Title"] = title, ["Item.Purpose"] = "ForDecision" }, "form[data-form=add-item]");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, (await HttpExtensions.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task Agenda_items_are_added_in_order_and_reordered_by_the_numbers_typed()
    {
        var group = await factory.GroupAsync("Agenda order group");
        var meetingId = await MeetingAsync(group);
        var client = await factory.SignInAsync(Coordinator);
        foreach (var title in new[] { "Welcome", "Finance", "Any other business" })
        {
            await AddItemAsync(client, meetingId, title);
        }

        var ids = await factory.WithDbAsync(db => db.Set<AgendaItem>().Where(a => a.MeetingId == meetingId).OrderBy(a => a.Order).Select(a => a.Id).ToListAsync());
        var page = await client.GetDocumentAsync($"/governance/meetings/{meetingId}/agenda");
        var bad = await PageOfAsync(await client.SubmitFormAsync(page, new Dictionary<string, string> { [$"Orders[{ids[1]}]"] = "first" }, "form[data-form=reorder]"));
        var response = await client.SubmitFormAsync(page, new Dictionary<string, string> { [$"Orders[{ids[2]}]"] = "1", [$"Orders[{ids[0]}]"] = "2", [$"Orders[{ids[1]}]"] = "3" }, "form[data-form=reorder]");

        Assert.Contains("must be a whole number", bad.ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var shown = (await client.GetDocumentAsync($"/governance/meetings/{meetingId}")).QuerySelectorAll("[data-list=agenda] > li strong").Select(e => e.TextContent);
        Assert.Equal(["Any other business", "Welcome", "Finance"], shown);
    }

    [Fact]
    public async Task A_private_groups_paper_is_for_its_members_and_a_non_members_download_is_refused_and_audited()
    {
        var group = await factory.GroupAsync("Private papers group", visibility: GroupVisibility.Private);
        var kingfisher = await factory.OrganisationIdAsync(LeadsOrganisation);
        await factory.WithDbAsync(async db =>
        {
            // The lead demo account holds the seat through its organisation role.
            db.Add(new GroupMember { GroupId = group.Id, OrganisationId = kingfisher, OrganisationRole = OrganisationRole.Lead, From = Today.AddDays(-1) });
            return await db.SaveChangesAsync();
        });
        var meetingId = await MeetingAsync(group);
        var coordinator = await factory.SignInAsync(Coordinator);
        await AddItemAsync(coordinator, meetingId, "Budget");
        var itemId = await factory.WithDbAsync(db => db.Set<AgendaItem>().Where(a => a.MeetingId == meetingId).Select(a => a.Id).SingleAsync());
        var agenda = await coordinator.GetDocumentAsync($"/governance/meetings/{meetingId}/agenda");

        var fake = await PageOfAsync(await coordinator.SubmitMultipartAsync(agenda, new Dictionary<string, string> { ["Paper.ItemId"] = S(itemId), ["Paper.Title"] = "Fake" }, new Upload("Paper.File", "budget.pdf", Encoding.ASCII.GetBytes("not a pdf")), "form[data-form=paper]"));
        var uploaded = await coordinator.SubmitMultipartAsync(agenda, new Dictionary<string, string> { ["Paper.ItemId"] = S(itemId), ["Paper.Title"] = "Budget paper" }, new Upload("Paper.File", "budget.pdf", Pdf, "application/pdf"), "form[data-form=paper]");

        Assert.Contains("not a real PDF file", fake.ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var paperId = await factory.WithDbAsync(db => db.Set<AgendaPaper>().Where(p => p.AgendaItemId == itemId).Select(p => p.Id).SingleAsync());

        var member = await factory.SignInAsync(Member);
        var refused = await member.GetAsync($"/governance/papers/{paperId}");
        var meetingPage = await member.GetDocumentAsync($"/governance/meetings/{meetingId}");
        var lead = await factory.SignInAsync(Lead);
        var allowed = await lead.GetAsync($"/governance/papers/{paperId}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Entity == nameof(AgendaPaper) && e.EntityKey == S(paperId) && e.Action == AuditAction.Refused && e.UserName == Member)));
        Assert.NotNull(meetingPage.QuerySelector("[data-papers-hidden]"));
        Assert.Null(meetingPage.QuerySelector("[data-paper]"));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(Pdf, await allowed.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_conflict_of_interest_is_recorded_against_its_agenda_item()
    {
        var group = await factory.GroupAsync("Conflicts group");
        var meetingId = await MeetingAsync(group);
        var client = await factory.SignInAsync(Coordinator);
        await AddItemAsync(client, meetingId, "Hospice contract");
        var itemId = await factory.WithDbAsync(db => db.Set<AgendaItem>().Where(a => a.MeetingId == meetingId).Select(a => a.Id).SingleAsync());
        var personId = await factory.WithDbAsync(db => db.Set<Person>().Where(p => p.Email == Lead).Select(p => p.Id).SingleAsync());
        var page = await client.GetDocumentAsync($"/governance/meetings/{meetingId}/agenda");

        var empty = await PageOfAsync(await client.SubmitFormAsync(page, new Dictionary<string, string> { ["Conflict.ItemId"] = S(itemId), ["Conflict.PersonId"] = S(personId) }, "form[data-form=conflict]"));
        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["Conflict.ItemId"] = S(itemId), ["Conflict.PersonId"] = S(personId), ["Conflict.Nature"] = "Works for the hospice bidding", ["Conflict.Handling"] = "Left the room",
        }, "form[data-form=conflict]");

        Assert.Contains("Describe the nature of the conflict", empty.FieldError("Conflict_Nature"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var shown = (await client.GetDocumentAsync($"/governance/meetings/{meetingId}")).QuerySelector($"[data-agenda-item='{itemId}'] [data-conflicts]")!.TextContent;
        Assert.Contains("Jo Fletcher: Works for the hospice bidding (Left the room)", shown);
    }
}
