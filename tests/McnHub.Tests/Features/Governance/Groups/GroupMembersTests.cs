using System.Globalization;
using System.Net;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Members.People;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Governance.Groups;

public sealed class GroupMembersTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_organisation_role_seat_is_added_and_shown_with_the_people_holding_the_role()
    {
        var group = await factory.GroupAsync("Seat group");
        var kingfisher = await factory.OrganisationIdAsync(LeadsOrganisation);
        var client = await factory.SignInAsync(Coordinator);
        var form = await client.GetDocumentAsync($"/governance/groups/{group.Id}/members");

        var response = await client.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Input.OrganisationId"] = S(kingfisher), ["Input.OrganisationRole"] = "Lead", ["Input.Role"] = "ViceChair", ["Input.From"] = Date(Today),
        }, "form[data-form=add-member]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var seat = await factory.WithDbAsync(db => db.Set<GroupMember>().SingleAsync(m => m.GroupId == group.Id && m.OrganisationId == kingfisher));
        Assert.Equal((OrganisationRole?)OrganisationRole.Lead, seat.OrganisationRole);
        var details = await client.GetDocumentAsync($"/governance/groups/{group.Id}");
        var row = details.QuerySelectorAll("[data-list=members] tbody tr").Single(r => r.TextContent.Contains("The lead of Kingfisher", StringComparison.Ordinal));
        Assert.Contains("Vice-chair", row.TextContent);
        Assert.Contains("Jo Fletcher", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_chair_at_the_same_time_is_refused_naming_the_chair()
    {
        var group = await factory.GroupAsync("Two chairs group");
        var someone = await factory.WithDbAsync(db => db.Set<Person>().Where(p => p.Active).OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync());
        var client = await factory.SignInAsync(Coordinator);
        var form = await client.GetDocumentAsync($"/governance/groups/{group.Id}/members");

        var page = await PageOfAsync(await client.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Input.PersonId"] = S(someone), ["Input.Role"] = "Chair", ["Input.From"] = Date(Today),
        }, "form[data-form=add-member]"));

        Assert.Contains("A group has one chair at a time", page.FieldError("Input_Role"));
        Assert.Equal(S(someone), page.FieldValue("Input_PersonId"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<GroupMember>().CountAsync(m => m.GroupId == group.Id && m.Role == GroupRole.Chair)));
    }
}
