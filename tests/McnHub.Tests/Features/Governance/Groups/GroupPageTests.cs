using System.Globalization;
using System.Net;
using McnHub.Features.Governance.Groups;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Governance.Groups;

public sealed class GroupPageTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<Group?> FindAsync(string name) => factory.WithDbAsync(db => db.Set<Group>().AsNoTracking().FirstOrDefaultAsync(g => g.Name == name));

    [Fact]
    public async Task A_new_group_is_saved_under_its_parent_and_listed_beneath_it()
    {
        var parent = await factory.GroupAsync("Listing parent group");
        var client = await factory.SignInAsync(Coordinator);
        var form = await client.GetDocumentAsync("/governance/groups/new");

        var response = await client.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = "Listing child group", ["Input.Kind"] = "TaskAndFinishGroup", ["Input.ParentId"] = S(parent.Id), ["Input.Visibility"] = "Private",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var child = await FindAsync("Listing child group");
        Assert.Equal((GroupKind.TaskAndFinishGroup, (int?)parent.Id, GroupVisibility.Private), (child!.Kind, child.ParentId, child.Visibility));
        var list = await (await factory.SignInAsync(Member)).GetDocumentAsync("/governance/groups");
        var rows = list.QuerySelectorAll("[data-list=groups] tbody tr").Select(r => r.GetAttribute("data-group")).ToList();
        Assert.Equal(rows.IndexOf(S(parent.Id)) + 1, rows.IndexOf(S(child.Id)));
        Assert.Contains("Private", list.QuerySelector($"[data-group='{child.Id}']")!.TextContent);

        // Its page says what it is and whom it reports to, in one sentence.
        var details = await (await factory.SignInAsync(Member)).GetDocumentAsync($"/governance/groups/{child.Id}");
        var summary = string.Join(' ', details.QuerySelector("main p")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.EndsWith(", reporting to Listing parent group. Private: its papers and minutes are for its members only.", summary);
    }

    [Fact]
    public async Task A_duplicate_group_name_is_refused_with_the_input_kept()
    {
        await factory.GroupAsync("Duplicate name group");
        var client = await factory.SignInAsync(Coordinator);
        var form = await client.GetDocumentAsync("/governance/groups/new");

        var page = await PageOfAsync(await client.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = "DUPLICATE name group", ["Input.Kind"] = "Board",
        }));

        Assert.Contains("There is already a group with this name", page.FieldError("Input_Name"));
        Assert.Equal("DUPLICATE name group", page.FieldValue("Input_Name"));
        Assert.Equal("Board", page.FieldValue("Input_Kind"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<Group>().CountAsync(g => g.Name.ToLower() == "duplicate name group")));
    }

    [Fact]
    public async Task A_group_cannot_be_made_to_report_to_a_group_below_it()
    {
        var top = await factory.GroupAsync("Cycle top group");
        var middle = await factory.GroupAsync("Cycle middle group", parentId: top.Id);
        var bottom = await factory.GroupAsync("Cycle bottom group", parentId: middle.Id);
        var client = await factory.SignInAsync(Coordinator);
        var form = await client.GetDocumentAsync($"/governance/groups/{top.Id}/edit");

        // The page does not offer groups below it; a crafted post is refused all the same.
        Assert.Null(form.QuerySelector($"#Input_ParentId option[value='{bottom.Id}']"));
        var page = await PageOfAsync(await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.ParentId"] = S(bottom.Id) }));
        var self = await PageOfAsync(await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.ParentId"] = S(top.Id) }));

        Assert.Contains("cannot report to a group that reports to it", page.FieldError("Input_ParentId"));
        Assert.Contains("cannot report to itself", self.FieldError("Input_ParentId"));
        Assert.Null((await FindAsync("Cycle top group"))!.ParentId);
    }

    [Fact]
    public async Task Members_can_see_groups_but_only_the_coordinator_can_add_one()
    {
        var member = await factory.SignInAsync(Member);

        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/governance/groups")).StatusCode);
        var refused = await member.GetAsync("/governance/groups/new");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/access-denied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await factory.CreateBrowserClient().GetAsync("/governance/groups")).StatusCode);
    }
}
