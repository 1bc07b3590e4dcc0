using System.Globalization;
using System.Net;
using McnHub.Features.Governance.Actions;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Members.People;
using McnHub.Tests.Features.Governance.Minutes;
using McnHub.Tests.Support;

namespace McnHub.Tests.Features.Governance.Actions;

public sealed class ActionListTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private static List<string> Descriptions(AngleSharp.Dom.IDocument page, string table = "table[data-list=actions]") =>
        page.QuerySelectorAll($"{table} tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task My_actions_lists_open_and_in_progress_first_with_overdue_ones_tagged_and_only_my_own()
    {
        var me = await factory.CreatePersonAsync("Me");
        var someoneElse = await factory.CreatePersonAsync("Someone");
        var today = UkDates.Today();
        await factory.CreateActionAsync(me.Id, a => (a.Description, a.DueOn) = ("Later open", today.AddDays(20)));
        await factory.CreateActionAsync(me.Id, a => (a.Description, a.DueOn, a.Status) = ("Overdue in progress", today.AddDays(-2), ActionStatus.InProgress));
        await factory.CreateActionAsync(me.Id, a => (a.Description, a.DueOn, a.Status, a.CompletedOn) = ("Finished", today.AddDays(-10), ActionStatus.Done, today.AddDays(-11)));
        await factory.CreateActionAsync(someoneElse.Id, a => a.Description = "Not mine");
        var client = await factory.SignInAsync(me.Email);

        var page = await client.GetDocumentAsync("/governance/actions/mine");

        var tables = page.QuerySelectorAll("table[data-list=actions]");
        Assert.Equal(2, tables.Length);
        Assert.Equal(["Overdue in progress", "Later open"], tables[0].QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()));
        Assert.Equal(["Finished"], tables[1].QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()));
        var overdueRow = tables[0].QuerySelectorAll("tbody tr")[0];
        Assert.Equal("Overdue", overdueRow.QuerySelector("[data-overdue]")?.TextContent.Trim());
        Assert.Null(tables[0].QuerySelectorAll("tbody tr")[1].QuerySelector("[data-overdue]"));
        Assert.Contains("1 of your actions is overdue", page.Text());
        Assert.DoesNotContain("Not mine", page.Text());
    }

    [Fact]
    public async Task The_log_filters_overdue_and_hides_private_groups_actions_from_non_members()
    {
        var member = await factory.CreatePersonAsync("Member");
        var outsider = await factory.CreatePersonAsync("Outsider");
        var secret = await factory.CreateGroupAsync(GroupVisibility.Private, 1, (member.Id, GroupRole.Member));
        var today = UkDates.Today();
        var tag = Guid.NewGuid().ToString("N")[..6];
        await factory.CreateActionAsync(member.Id, a => (a.Description, a.GroupId, a.DueOn) = ("Secret overdue " + tag, secret, today.AddDays(-1)));
        await factory.CreateActionAsync(member.Id, a => (a.Description, a.DueOn) = ("Public overdue " + tag, today.AddDays(-1)));
        await factory.CreateActionAsync(member.Id, a => (a.Description, a.DueOn) = ("Public later " + tag, today.AddDays(60)));
        var owner = member.Id.ToString(CultureInfo.InvariantCulture);

        var memberView = Descriptions(await (await factory.SignInAsync(member.Email)).GetDocumentAsync($"/governance/actions?owner={owner}&overdue=true"));
        var outsiderView = Descriptions(await (await factory.SignInAsync(outsider.Email)).GetDocumentAsync($"/governance/actions?owner={owner}"));
        var outsiderClient = await factory.SignInAsync(outsider.Email);
        var export = await outsiderClient.GetAsync($"/governance/actions?owner={owner}&handler=export&format=csv");
        var csv = await export.Content.ReadAsStringAsync();

        Assert.Equal(["Public overdue " + tag, "Secret overdue " + tag], memberView.Order(StringComparer.Ordinal));
        Assert.Equal(["Public overdue " + tag, "Public later " + tag], outsiderView);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Contains("Public later " + tag, csv);
        Assert.DoesNotContain("Secret overdue", csv);
    }

    [Fact]
    public async Task A_private_groups_action_page_is_refused_and_audited_for_a_non_member()
    {
        var member = await factory.CreatePersonAsync("Member");
        var outsider = await factory.CreatePersonAsync("Outsider");
        var secret = await factory.CreateGroupAsync(GroupVisibility.Private, 1, (member.Id, GroupRole.Member));
        var action = await factory.CreateActionAsync(member.Id, a => a.GroupId = secret);

        var refused = await (await factory.SignInAsync(outsider.Email)).GetAsync($"/governance/actions/{action}");
        var allowed = await (await factory.SignInAsync(member.Email)).GetAsync($"/governance/actions/{action}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Single(await factory.RefusalsAsync(nameof(ActionItem), action));
    }
}
