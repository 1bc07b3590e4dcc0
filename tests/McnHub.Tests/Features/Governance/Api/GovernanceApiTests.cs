using System.Globalization;
using System.Net;
using System.Text.Json;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Governance.Risks;
using McnHub.Platform.Accounts;
using McnHub.Tests.Features.Account;
using McnHub.Tests.Features.Governance.Minutes;
using McnHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace McnHub.Tests.Features.Governance.Api;

public sealed class GovernanceApiTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task<JsonDocument> JsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> ProblemAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
    }

    [Fact]
    public async Task Meetings_come_with_attendance_and_the_computed_quorum_and_a_private_groups_only_for_its_members()
    {
        var chair = await factory.CreatePersonAsync("Chair");
        var member = await factory.CreatePersonAsync("Member");
        var outsider = await factory.CreatePersonAsync("Outsider");
        var secret = await factory.CreateGroupAsync(GroupVisibility.Private, 2, (chair.Id, GroupRole.Chair), (member.Id, GroupRole.Member));
        var held = await factory.CreateMeetingAsync(secret, new DateTime(2026, 3, 4, 10, 0, 0, DateTimeKind.Utc), ["Welcome"], chair.Id);
        var later = await factory.CreateMeetingAsync(secret, new DateTime(2026, 6, 4, 10, 0, 0, DateTimeKind.Utc), ["Welcome"], chair.Id, member.Id);
        var url = $"/api/v1/meetings?group={Id(secret)}";

        using var mine = await JsonAsync(await factory.SignInAsync(member.Email), url);
        using var march = await JsonAsync(await factory.SignInAsync(member.Email), url + "&from=2026-03-01&to=2026-03-31");
        using var theirs = await JsonAsync(await factory.SignInAsync(outsider.Email), url);

        var items = mine.RootElement.GetProperty("items");
        Assert.Equal([held, later], items.EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
        var first = items[0];
        Assert.Equal(chair.Name, Assert.Single(first.GetProperty("attendance").EnumerateArray()).GetProperty("person").GetString());
        var quorum = first.GetProperty("quorum");
        Assert.False(quorum.GetProperty("quorate").GetBoolean());
        Assert.Equal("Presence", quorum.GetProperty("basis").GetString());
        Assert.Equal("1 of 2 members present (at least 2 needed)", Assert.Single(quorum.GetProperty("reasons").EnumerateArray()).GetString());
        Assert.True(items[1].GetProperty("quorum").GetProperty("quorate").GetBoolean());
        Assert.Equal([held], march.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
        Assert.Equal(0, theirs.RootElement.GetProperty("totalItems").GetInt32());
    }

    [Fact]
    public async Task A_read_token_sees_the_meetings_of_the_private_groups_its_owner_sits_on()
    {
        var member = await factory.CreatePersonAsync("Token member");
        var secret = await factory.CreateGroupAsync(GroupVisibility.Private, 1, (member.Id, GroupRole.Member));
        var meeting = await factory.CreateMeetingAsync(secret, new DateTime(2026, 2, 2, 10, 0, 0, DateTimeKind.Utc), ["Welcome"], member.Id);
        var token = await factory.WithServicesAsync(async s =>
        {
            var user = await factory.FindUserAsync(member.Email);
            return await s.GetRequiredService<PersonalAccessTokenService>().CreateAsync(user, "calendar sync", TokenScope.Read, 7);
        });
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        using var json = await JsonAsync(client, $"/api/v1/meetings?group={Id(secret)}");

        var item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(meeting, item.GetProperty("id").GetInt32());
        Assert.True(item.GetProperty("quorum").GetProperty("quorate").GetBoolean());
    }

    [Fact]
    public async Task Bad_meeting_filters_are_answered_with_problem_details_and_anonymous_callers_with_401()
    {
        var client = await factory.SignInAsync("member@riverlands.example");

        var badDate = await ProblemAsync(client, "/api/v1/meetings?from=03/04/2026");
        var backwards = await ProblemAsync(client, "/api/v1/meetings?from=2026-05-01&to=2026-04-01");
        var badPage = await ProblemAsync(client, "/api/v1/groups?pageSize=0");
        var anonymous = await factory.CreateClient().GetAsync("/api/v1/meetings");

        Assert.Contains("2026-12-03", badDate.GetProperty("from")[0].GetString());
        Assert.Equal("to must be on or after from.", backwards.GetProperty("to")[0].GetString());
        Assert.True(badPage.TryGetProperty("pageSize", out _));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Groups_are_listed_with_their_current_terms_of_reference_and_quorum_rule_in_numbers_and_words()
    {
        var group = await factory.CreateGroupAsync(GroupVisibility.Public, 3);
        await factory.WithDbAsync(async db =>
        {
            db.Add(new TermsOfReference { GroupId = group, Number = 2, Purpose = "Second version", QuorumMinimumMembers = 4, QuorumRequiresChairOrViceChair = true, QuorumMinimumNonNhs = 1, ReviewDate = new DateOnly(2031, 1, 1) });
            return await db.SaveChangesAsync();
        });
        var client = await factory.SignInAsync("member@riverlands.example");

        using var json = await JsonAsync(client, "/api/v1/groups?pageSize=200");

        var dto = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == group);
        var terms = dto.GetProperty("termsOfReference");
        Assert.Equal(2, terms.GetProperty("version").GetInt32());
        Assert.Equal("Second version", terms.GetProperty("purpose").GetString());
        Assert.Equal(4, terms.GetProperty("quorum").GetProperty("minimumMembers").GetInt32());
        Assert.Equal("At least 4 members present, including the chair or the vice-chair and at least 1 non-NHS member", terms.GetProperty("quorum").GetProperty("description").GetString());
        Assert.Equal("Public", dto.GetProperty("visibility").GetString());
    }

    [Fact]
    public async Task Risks_filter_by_status_owner_and_minimum_score_and_reject_bad_filters()
    {
        var owner = await factory.CreatePersonAsync("Risk owner");
        var outsider = await factory.CreatePersonAsync("Outsider");
        var secret = await factory.CreateGroupAsync(GroupVisibility.Private, 1, (owner.Id, GroupRole.Member));
        var review = new DateOnly(2027, 1, 1);
        await factory.WithDbAsync(async db =>
        {
            db.Add(new Risk { Title = "High open", OwnerPersonId = owner.Id, LikelihoodBefore = 5, ImpactBefore = 5, LikelihoodAfter = 4, ImpactAfter = 4, ReviewDate = review });
            db.Add(new Risk { Title = "Low open", OwnerPersonId = owner.Id, LikelihoodBefore = 2, ImpactBefore = 2, LikelihoodAfter = 1, ImpactAfter = 2, ReviewDate = review });
            db.Add(new Risk { Title = "High closed", OwnerPersonId = owner.Id, LikelihoodBefore = 5, ImpactBefore = 5, LikelihoodAfter = 5, ImpactAfter = 4, ReviewDate = review, Status = RiskStatus.Closed });
            db.Add(new Risk { Title = "Private high", OwnerPersonId = owner.Id, GroupId = secret, LikelihoodBefore = 5, ImpactBefore = 5, LikelihoodAfter = 5, ImpactAfter = 5, ReviewDate = review });
            return await db.SaveChangesAsync();
        });
        var url = $"/api/v1/risks?owner={Id(owner.Id)}&status=open&minScore=10";

        using var mine = await JsonAsync(await factory.SignInAsync(owner.Email), url);
        using var theirs = await JsonAsync(await factory.SignInAsync(outsider.Email), url);
        var badScore = await ProblemAsync(await factory.SignInAsync(outsider.Email), "/api/v1/risks?minScore=26");
        var badStatus = await ProblemAsync(await factory.SignInAsync(outsider.Email), "/api/v1/risks?status=shut");

        Assert.Equal(["Private high", "High open"], mine.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        var high = theirs.RootElement.GetProperty("items").EnumerateArray().Single();
        Assert.Equal("High open", high.GetProperty("title").GetString());
        Assert.Equal((16, "Extreme", 25), (high.GetProperty("score").GetInt32(), high.GetProperty("band").GetString(), high.GetProperty("scoreBefore").GetInt32()));
        Assert.Equal("minScore must be between 1 and 25.", badScore.GetProperty("minScore")[0].GetString());
        Assert.Contains("Open, Closed", badStatus.GetProperty("status")[0].GetString());
    }

    [Fact]
    public async Task The_risk_register_page_shows_a_private_groups_risks_to_its_members_only_as_the_api_does()
    {
        var owner = await factory.CreatePersonAsync("Page risk owner");
        var outsider = await factory.CreatePersonAsync("Page outsider");
        var secret = await factory.CreateGroupAsync(GroupVisibility.Private, 1, (owner.Id, GroupRole.Member));
        await factory.WithDbAsync(async db =>
        {
            db.Add(new Risk { Title = "Page private risk", OwnerPersonId = owner.Id, GroupId = secret, LikelihoodBefore = 3, ImpactBefore = 3, LikelihoodAfter = 3, ImpactAfter = 3, ReviewDate = new DateOnly(2027, 1, 1) });
            return await db.SaveChangesAsync();
        });

        var members = await (await factory.SignInAsync(owner.Email)).GetDocumentAsync("/governance/risks");
        var others = await (await factory.SignInAsync(outsider.Email)).GetDocumentAsync("/governance/risks");

        Assert.Contains("Page private risk", members.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Page private risk", others.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_three_new_lists_and_their_filters()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        var paths = json.RootElement.GetProperty("paths");

        var parameters = (string path) => paths.GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();

        Assert.Equal(["page", "pageSize"], parameters("/api/v1/groups"));
        Assert.Equal(["group", "from", "to", "page", "pageSize"], parameters("/api/v1/meetings"));
        Assert.Equal(["status", "owner", "minScore", "page", "pageSize"], parameters("/api/v1/risks"));
        var actions = parameters("/api/v1/actions");
        Assert.All(new[] { "status", "owner", "overdue" }, p => Assert.Contains(p, actions));
    }
}
