using System.Net;
using McnHub.Features.Evaluation;
using McnHub.Tests.Features.Members.People;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Evaluation.EvaluationTestData;

namespace McnHub.Tests.Features.Evaluation;

public sealed class ValidationRulePageTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task A_rule_naming_an_unknown_code_is_not_saved_and_the_message_gives_the_position_of_the_fault()
    {
        await factory.SeedEvaluationAsync();
        var dataset = await factory.DatasetIdAsync();
        var client = await factory.SignInAsync(Coordinator);
        var page = await client.GetDocumentAsync($"/data/datasets/{dataset}/rules/new");

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["Input.Name"] = "Home deaths within deaths",
            ["Input.Left"] = "[DEATHS_HOME] + [DEATHS_GARDEN]",
            ["Input.Operator"] = "LessOrEqual",
            ["Input.Right"] = "([DEATHS]",
            ["Input.Importance"] = "Error",
            ["Input.Message"] = "Check the deaths.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await HttpExtensions.ParseAsync(response);
        Assert.Contains("Left side: Unknown data element code 'DEATHS_GARDEN' (at character 18)", again.FieldError("Input_Left"), StringComparison.Ordinal);
        Assert.Contains("Right side: '(' is never closed (at character 1)", again.FieldError("Input_Right"), StringComparison.Ordinal);
        Assert.Equal("[DEATHS_HOME] + [DEATHS_GARDEN]", again.FieldValue("Input_Left"));
        Assert.False(await factory.WithDbAsync(db => db.Set<ValidationRule>().AnyAsync(r => r.Name == "Home deaths within deaths")));
    }

    [Fact]
    public async Task A_valid_rule_is_saved_and_listed_and_can_be_edited()
    {
        await factory.SeedEvaluationAsync();
        var dataset = await factory.DatasetIdAsync();
        var client = await factory.SignInAsync(Coordinator);
        var page = await client.GetDocumentAsync($"/data/datasets/{dataset}/rules/new");

        var response = await client.SubmitFormAsync(page, new Dictionary<string, string>
        {
            ["Input.Name"] = "Under-ones within referrals",
            ["Input.Left"] = "[NEW_REFERRALS.AGE_0_1]",
            ["Input.Operator"] = "LessOrEqual",
            ["Input.Right"] = "[NEW_REFERRALS]",
            ["Input.Importance"] = "Warning",
            ["Input.Message"] = "Check the referrals of babies.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var rule = await factory.WithDbAsync(db => db.Set<ValidationRule>().SingleAsync(r => r.Name == "Under-ones within referrals"));
        Assert.Equal(RuleImportance.Warning, rule.Importance);
        var list = await client.GetDocumentAsync($"/data/datasets/{dataset}/rules");
        Assert.Contains("[NEW_REFERRALS.AGE_0_1] <= [NEW_REFERRALS]", list.QuerySelector("#rules")!.TextContent, StringComparison.Ordinal);
        var edit = await client.GetDocumentAsync($"/data/rules/{rule.Id}/edit");
        var saved = await client.SubmitFormAsync(edit, new Dictionary<string, string> { ["Input.Right"] = "[NEW_REFERRALS] * 1" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("[NEW_REFERRALS] * 1", (await factory.WithDbAsync(db => db.Set<ValidationRule>().SingleAsync(r => r.Id == rule.Id))).Right);
    }

    [Fact]
    public async Task Data_definitions_are_open_to_every_member()
    {
        await factory.SeedEvaluationAsync();
        var member = await factory.SignInAsync("member@riverlands.example");

        var page = await member.GetDocumentAsync("/data/elements");

        Assert.Contains("Children who died or were discharged during the quarter", page.QuerySelector("#element-caseload")!.TextContent, StringComparison.Ordinal);
    }
}
