using System.Globalization;
using System.Net;
using System.Text.Json;
using McnHub.Features.Governance.Actions;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Members.People;
using McnHub.Tests.Features.Governance.Minutes;
using McnHub.Tests.Support;

namespace McnHub.Tests.Features.Governance.Actions;

public sealed class GovernanceLogApiTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private static List<string> Field(JsonDocument json, string name) =>
        json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty(name).GetString()!).ToList();

    [Fact]
    public async Task Actions_filter_by_owner_and_overdue_and_leave_out_private_groups_the_caller_is_not_in()
    {
        var member = await factory.CreatePersonAsync("Member");
        var outsider = await factory.CreatePersonAsync("Outsider");
        var secret = await factory.CreateGroupAsync(GroupVisibility.Private, 1, (member.Id, GroupRole.Member));
        var today = UkDates.Today();
        await factory.CreateActionAsync(member.Id, a => (a.Description, a.DueOn) = ("Open overdue", today.AddDays(-3)));
        await factory.CreateActionAsync(member.Id, a => (a.Description, a.DueOn, a.GroupId) = ("Private overdue", today.AddDays(-3), secret));
        await factory.CreateActionAsync(member.Id, a => (a.Description, a.DueOn, a.Status) = ("Done late", today.AddDays(-3), ActionStatus.Done));
        var url = $"/api/v1/actions?owner={member.Id.ToString(CultureInfo.InvariantCulture)}&overdue=true";

        using var mine = JsonDocument.Parse(await (await factory.SignInAsync(member.Email)).GetStringAsync(url));
        using var theirs = JsonDocument.Parse(await (await factory.SignInAsync(outsider.Email)).GetStringAsync(url));
        var done = JsonDocument.Parse(await (await factory.SignInAsync(outsider.Email)).GetStringAsync(url.Replace("overdue=true", "status=done", StringComparison.Ordinal)));
        var bad = await (await factory.SignInAsync(outsider.Email)).GetAsync("/api/v1/actions?status=finished");
        var anonymous = await factory.CreateClient().GetAsync("/api/v1/actions");

        Assert.Equal(["Open overdue", "Private overdue"], Field(mine, "description").Order(StringComparer.Ordinal));
        Assert.Equal(["Open overdue"], Field(theirs, "description"));
        Assert.Equal(1, theirs.RootElement.GetProperty("totalItems").GetInt32());
        Assert.True(theirs.RootElement.GetProperty("items")[0].GetProperty("overdue").GetBoolean());
        Assert.Equal(["Done late"], Field(done, "description"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Decisions_are_listed_with_search_and_private_groups_hidden_from_non_members()
    {
        var member = await factory.CreatePersonAsync("Member");
        var outsider = await factory.CreatePersonAsync("Outsider");
        var open = await factory.CreateGroupAsync(GroupVisibility.Public, 1);
        var secret = await factory.CreateGroupAsync(GroupVisibility.Private, 1, (member.Id, GroupRole.Member));
        var tag = Guid.NewGuid().ToString("N")[..8];
        await factory.WithDbAsync(async db =>
        {
            db.Add(new McnHub.Features.Governance.Decisions.Decision { GroupId = open, Statement = "Public " + tag, DecidedOn = new DateOnly(2026, 1, 1) });
            db.Add(new McnHub.Features.Governance.Decisions.Decision { GroupId = secret, Statement = "Private " + tag, DecidedOn = new DateOnly(2026, 1, 2) });
            return await db.SaveChangesAsync();
        });

        using var mine = JsonDocument.Parse(await (await factory.SignInAsync(member.Email)).GetStringAsync($"/api/v1/decisions?q={tag}"));
        using var theirs = JsonDocument.Parse(await (await factory.SignInAsync(outsider.Email)).GetStringAsync($"/api/v1/decisions?q={tag}"));

        Assert.Equal(["Private " + tag, "Public " + tag], Field(mine, "statement"));
        Assert.Equal(["Public " + tag], Field(theirs, "statement"));
    }
}
