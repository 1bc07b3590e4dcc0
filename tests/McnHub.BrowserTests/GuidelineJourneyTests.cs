using System.Text.RegularExpressions;
using McnHub.BrowserTests.Support;
using Microsoft.Playwright;

namespace McnHub.BrowserTests;

/// <summary>An owner drafts a guideline, consults members, approves and publishes it, then revises it; every page passes axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GuidelineJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Draft_consult_approve_publish_and_revise_a_guideline()
    {
        var owner = await NewPageAsync(signedInAs: Coordinator);
        await owner.GotoAsync("/guidelines/new");
        await owner.Locator("#Input_Title").FillAsync("Hedgehog pain guideline");
        await owner.Locator("#Input_Summary").FillAsync("Assessing and treating pain in hedgehog care.");
        await owner.SelectOptionAsync("#Input_Kind", "Guideline");
        await owner.Locator("#Input_Topics").FillAsync("pain, hedgehogs");
        await owner.SelectOptionAsync("#Input_OwnerId", new SelectOptionValue { Label = "Alex Morgan" });
        await owner.SelectOptionAsync("#Input_Audience", "Public");
        await owner.Locator("#Draft_Body").FillAsync("## Scope\n\nAll hedgehogs.\n\n## Recommendations\n\nAssess pain every four hours.");
        await owner.Locator("#Draft_EffectiveDate").FillAsync("2026-12-01");
        await owner.Locator("#Draft_ReviewDate").FillAsync("2026-11-01");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Save as a draft" }).ClickAsync();

        // A review date before the effective date: refused, with what was typed kept.
        await Expect(owner.Locator(".nhsuk-error-summary")).ToContainTextAsync("Review date must be on or after the effective date");
        await Expect(owner.Locator("#Draft_Body")).ToHaveValueAsync(new Regex("Assess pain every four hours"));
        await owner.AssertNoAxeViolationsAsync();
        await owner.Locator("#Draft_ReviewDate").FillAsync("2028-12-01");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Save as a draft" }).ClickAsync();
        await Expect(owner).ToHaveURLAsync(new Regex(@"/guidelines/\d+$"));
        var url = owner.Url;
        var id = url[(url.LastIndexOf('/') + 1)..];
        await owner.AssertNoAxeViolationsAsync();

        await owner.GetByRole(AriaRole.Link, new() { Name = "Open version 1 for consultation" }).ClickAsync();
        await owner.AssertNoAxeViolationsAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Open for comments" }).ClickAsync();
        await Expect(owner).ToHaveURLAsync(new Regex($"/guidelines/{id}/versions/1/comments$"));

        var member = await NewPageAsync(signedInAs: Member);
        await member.GotoAsync($"/guidelines/{id}/versions/1/comments");
        await member.SelectOptionAsync("#Section", "Recommendations");
        await member.Locator("#Text").FillAsync("Every four hours at night too?");
        await member.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();
        await Expect(member.Locator(".nhsuk-notification-banner--success")).ToContainTextAsync("your comment has been added");
        await member.AssertNoAxeViolationsAsync();

        await owner.ReloadAsync();
        await owner.GetByLabel("Your answer").FillAsync("Yes, unless the child is asleep and comfortable.");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Save answer" }).ClickAsync();
        await Expect(owner.Locator("main")).ToContainTextAsync("Answer from");
        await owner.AssertNoAxeViolationsAsync();

        await owner.GotoAsync($"/guidelines/{id}/versions/1/approve");
        await owner.SelectOptionAsync("#Input_GroupId", new SelectOptionValue { Index = 1 });
        await owner.AssertNoAxeViolationsAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync();
        await Expect(owner).ToHaveURLAsync(new Regex($"/guidelines/{id}$"));
        await Expect(owner.Locator(".nhsuk-notification-banner--success")).ToContainTextAsync("approved and published");

        // Published: anyone finds it by search.
        var reader = await NewPageAsync();
        await reader.GotoAsync("/guidelines?Q=hedgehog");
        await reader.GetByRole(AriaRole.Link, new() { Name = "Hedgehog pain guideline" }).ClickAsync();
        await Expect(reader.Locator("#document-body")).ToContainTextAsync("Assess pain every four hours");
        await reader.AssertNoAxeViolationsAsync();

        // Revise: a new version, edited and approved, compared with the first.
        await owner.GetByRole(AriaRole.Link, new() { Name = "Start a new version" }).ClickAsync();
        await owner.GetByLabel("What will change").FillAsync("Night-time assessment");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Start the new version" }).ClickAsync();
        await Expect(owner).ToHaveURLAsync(new Regex($"/guidelines/{id}/versions/2/edit$"));
        await owner.Locator("#Draft_Body").FillAsync("## Scope\n\nAll hedgehogs.\n\n## Recommendations\n\nAssess pain every four hours, day and night.");
        await owner.AssertNoAxeViolationsAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Save version 2" }).ClickAsync();
        await owner.GotoAsync($"/guidelines/{id}/versions/2/approve");
        await owner.SelectOptionAsync("#Input_GroupId", new SelectOptionValue { Index = 1 });
        await owner.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync();
        await Expect(owner.Locator("main")).ToContainTextAsync("2 (Approved)");

        await owner.GotoAsync($"/guidelines/{id}/versions");
        await owner.AssertNoAxeViolationsAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await Expect(owner.Locator("ins").First).ToContainTextAsync("day and night");
        await Expect(owner.Locator("del").First).ToContainTextAsync("Removed:");
        await owner.AssertNoAxeViolationsAsync();
        owner.AssertNoBrowserErrors();
        member.AssertNoBrowserErrors();
        reader.AssertNoBrowserErrors();
    }
}
