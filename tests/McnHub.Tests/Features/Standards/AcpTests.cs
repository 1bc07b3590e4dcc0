using System.Net;
using McnHub.Features.Members.People;
using McnHub.Features.Standards;
using McnHub.Tests.Features.Members.People;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Standards.StandardsTestKit;

namespace McnHub.Tests.Features.Standards;

public sealed class AcpTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private Task<AcpAdoption?> RecordAsync(int org) => factory.WithDbAsync(db => db.Set<AcpAdoption>().AsNoTracking().FirstOrDefaultAsync(a => a.OrganisationId == org));

    private Task<int> PersonIdAsync(string email) => factory.WithDbAsync(db => db.Set<Person>().Where(p => p.Email == email).Select(p => p.Id).SingleAsync());

    [Fact]
    public async Task A_lead_records_every_step_for_their_organisation_and_the_summary_no_longer_lists_it_as_missing()
    {
        await factory.SeedStandardsAsync();
        var org = await factory.OrgIdAsync(LeadsOrganisation);
        var lead = await PersonIdAsync(Lead);
        var client = await factory.SignInAsync(Lead);
        var form = await client.GetDocumentAsync($"/standards/acp/{org}/edit");

        var response = await client.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Input.SignedUp"] = "true",
            ["Input.SignedUpOn"] = Date(Today.AddMonths(-3)),
            ["Input.GovernanceApprovedOn"] = Date(Today.AddMonths(-1)),
            ["Input.LeadPersonId"] = lead.ToString(),
            ["Input.StorageAgreed"] = "true",
            ["Input.Notes"] = "Held in the shared record.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = (await RecordAsync(org))!;
        Assert.Equal((true, Today.AddMonths(-1), lead, true), (saved.SignedUp, saved.GovernanceApprovedOn, saved.LeadPersonId, saved.StorageAgreed));
        var coordinator = await factory.SignInAsync(Coordinator);
        var summary = await coordinator.GetDocumentAsync("/standards/acp");
        Assert.DoesNotContain(summary.QuerySelectorAll("[id^=missing-] li"), li => li.TextContent.Contains(LeadsOrganisation, StringComparison.Ordinal));
        var mine = await client.GetDocumentAsync("/standards/mine");
        Assert.Equal(4, mine.QuerySelectorAll($"#acp-{org} dd").Count(d => d.TextContent.Contains("✓ Yes", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_summary_counts_each_step_with_a_percentage_and_lists_who_is_missing_it_and_downloads()
    {
        await factory.SeedStandardsAsync();
        var counts = await factory.WithDbAsync(async db =>
        {
            var members = await db.Set<McnHub.Features.Members.Organisations.Organisation>().Where(o => o.Status == McnHub.Features.Members.Organisations.MembershipStatus.Member).Select(o => o.Id).ToListAsync();
            var signed = await db.Set<AcpAdoption>().CountAsync(a => a.SignedUp && members.Contains(a.OrganisationId));
            var stored = await db.Set<AcpAdoption>().CountAsync(a => a.StorageAgreed && members.Contains(a.OrganisationId));
            return (Members: members.Count, Signed: signed, Stored: stored);
        });
        var client = await factory.SignInAsync(Coordinator);

        var page = await client.GetDocumentAsync("/standards/acp");
        var csv = await client.GetAsync("/standards/acp?handler=export&format=csv");

        var rows = page.QuerySelectorAll("#acp-counts tbody tr").Select(r => string.Join(' ', r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()))).ToList();
        var expected = $"Signed up to the regional plan {counts.Signed} of {counts.Members} {Math.Round(100.0 * counts.Signed / counts.Members, MidpointRounding.AwayFromZero)}%";
        Assert.True(rows.Contains(expected), $"{expected} not in: {string.Join(" | ", rows)}");
        Assert.Equal(counts.Members - counts.Signed, page.QuerySelectorAll("#missing-signedup li").Length);
        Assert.Equal(counts.Members - counts.Stored, page.QuerySelectorAll("#missing-storageagreed li").Length);
        Assert.True(counts.Signed > 0 && counts.Signed < counts.Members, "the demo data has organisations at different stages");
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("Organisation,Signed up,Signed up on,Approved through governance on,Named lead,Storage agreed,All steps complete", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(counts.Members + 1, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Future_dates_approval_before_sign_up_and_a_lead_from_another_organisation_are_refused_with_the_input_kept()
    {
        await factory.SeedStandardsAsync();
        var org = await factory.OrgIdAsync("Heron House Hospice for Children");
        var stranger = await PersonIdAsync("member@riverlands.example");
        var before = await RecordAsync(org);
        var client = await factory.SignInAsync(Coordinator);
        var form = await client.GetDocumentAsync($"/standards/acp/{org}/edit");

        var page = await MemberPages.PageOfAsync(await client.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Input.SignedUp"] = "true",
            ["Input.SignedUpOn"] = Date(Today.AddDays(1)),
            ["Input.GovernanceApprovedOn"] = Date(Today.AddDays(2)),
            ["Input.LeadPersonId"] = stranger.ToString(),
            ["Input.Notes"] = "Kept note",
        }));
        var order = await MemberPages.PageOfAsync(await client.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Input.SignedUp"] = "true",
            ["Input.SignedUpOn"] = Date(Today.AddDays(-5)),
            ["Input.GovernanceApprovedOn"] = Date(Today.AddDays(-10)),
        }));

        Assert.Contains("The date it signed up must be today or in the past", page.FieldError("Input_SignedUpOn"));
        Assert.Contains("The date of governance approval must be today or in the past", page.FieldError("Input_GovernanceApprovedOn"));
        Assert.Contains("Select the named lead from the people of this organisation", page.FieldError("Input_LeadPersonId"));
        Assert.Equal("Kept note", page.FieldValue("Input_Notes"));
        Assert.Contains("on or after the date it signed up", order.FieldError("Input_GovernanceApprovedOn"));
        Assert.Equal(before?.Version, (await RecordAsync(org))?.Version);
    }

    [Fact]
    public async Task Two_people_editing_the_same_record_the_second_is_told_what_changed()
    {
        await factory.SeedStandardsAsync();
        var org = await factory.OrgIdAsync("Willow Bank Children's Hospice");
        var first = await factory.SignInAsync(Coordinator);
        var second = await factory.SignInAsync(Coordinator);
        var a = await first.GetDocumentAsync($"/standards/acp/{org}/edit");
        var b = await second.GetDocumentAsync($"/standards/acp/{org}/edit");

        var saved = await first.SubmitFormAsync(a, new Dictionary<string, string> { ["Input.SignedUp"] = "true", ["Input.Notes"] = "First note" });
        var stale = await MemberPages.PageOfAsync(await second.SubmitFormAsync(b, new Dictionary<string, string> { ["Input.SignedUp"] = "true", ["Input.Notes"] = "Second note" }));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Someone else saved changes to this record", stale.ErrorSummary());
        Assert.Contains("“First note”", stale.FieldError("Input_Notes"));
        Assert.Equal("Second note", stale.FieldValue("Input_Notes"));
        Assert.Equal("First note", (await RecordAsync(org))!.Notes);
    }
}
