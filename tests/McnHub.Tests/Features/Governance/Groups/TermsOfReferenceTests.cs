using System.Net;
using McnHub.Features.Governance.Groups;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Governance.Groups;

public sealed class TermsOfReferenceTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private Dictionary<string, string> Terms(string purpose, int minimum, int nonNhs = 0, bool chair = false) => new()
    {
        ["Input.Purpose"] = purpose,
        ["Input.Responsibilities"] = "Oversee the work plan",
        ["Input.MeetingFrequency"] = "Quarterly",
        ["Input.ReportingLine"] = "Reports to the board",
        ["Input.QuorumMinimumMembers"] = minimum.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.QuorumMinimumNonNhs"] = nonNhs.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.QuorumMinimumNhs"] = "0",
        ["Input.QuorumRequiresChairOrViceChair"] = chair ? "true" : "false",
        ["Input.ReviewDate"] = Date(Today.AddYears(1)),
    };

    private Task<List<TermsOfReference>> VersionsAsync(int groupId) =>
        factory.WithDbAsync(db => db.Set<TermsOfReference>().AsNoTracking().Where(t => t.GroupId == groupId).OrderBy(t => t.Number).ToListAsync());

    [Fact]
    public async Task Each_save_creates_the_next_version_and_every_version_is_kept_and_listed()
    {
        var group = await factory.GroupAsync("Terms versioning group");
        var client = await factory.SignInAsync(Coordinator);

        var first = await client.SubmitFormAsync(await client.GetDocumentAsync($"/governance/groups/{group.Id}/terms/new"), Terms("First purpose", 2));
        var form = await client.GetDocumentAsync($"/governance/groups/{group.Id}/terms/new");
        Assert.Equal("First purpose", form.FieldValue("Input_Purpose"));
        var second = await client.SubmitFormAsync(form, Terms("Second purpose", 3, nonNhs: 1, chair: true));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var versions = await VersionsAsync(group.Id);
        Assert.Equal([(1, "First purpose", 2, false), (2, "Second purpose", 3, true)], versions.Select(v => (v.Number, v.Purpose, v.QuorumMinimumMembers, v.QuorumRequiresChairOrViceChair)));
        var list = await client.GetDocumentAsync($"/governance/groups/{group.Id}/terms");
        Assert.Equal(["2", "1"], list.QuerySelectorAll("[data-terms]").Select(e => e.GetAttribute("data-terms")));
        var details = await (await factory.SignInAsync(Member)).GetDocumentAsync($"/governance/groups/{group.Id}");
        Assert.Contains("At least 3 members present, including the chair or the vice-chair and at least 1 non-NHS member", details.QuerySelector("[data-terms='2']")!.TextContent);
    }

    [Fact]
    public async Task A_quorum_rule_that_can_never_be_met_is_refused_with_why_and_the_input_kept()
    {
        var group = await factory.GroupAsync("Impossible quorum group", nhsMembers: 2, nonNhsMembers: 1, personOffset: 1);
        var client = await factory.SignInAsync(Coordinator);
        var form = await client.GetDocumentAsync($"/governance/groups/{group.Id}/terms/new");

        var page = await PageOfAsync(await client.SubmitFormAsync(form, Terms("Never met", 5, nonNhs: 2)));

        var error = page.FieldError("Input_QuorumMinimumMembers");
        Assert.Contains("The quorum needs 5 members but the group has 4 members", error);
        Assert.Contains("The quorum needs 2 non-NHS members but the group has 1 non-NHS member", page.ErrorSummary());
        Assert.Equal("Never met", page.FieldValue("Input_Purpose"));
        Assert.Equal("5", page.FieldValue("Input_QuorumMinimumMembers"));
        Assert.Empty(await VersionsAsync(group.Id));
    }

    [Fact]
    public async Task A_review_date_that_is_not_in_the_future_is_refused()
    {
        var group = await factory.GroupAsync("Past review group", personOffset: 2);
        var client = await factory.SignInAsync(Coordinator);
        var form = await client.GetDocumentAsync($"/governance/groups/{group.Id}/terms/new");
        var values = Terms("Reviewed too soon", 1);
        values["Input.ReviewDate"] = Date(Today);

        var page = await PageOfAsync(await client.SubmitFormAsync(form, values));

        Assert.Contains("The review date must be in the future", page.FieldError("Input_ReviewDate"));
        Assert.Empty(await VersionsAsync(group.Id));
    }
}
