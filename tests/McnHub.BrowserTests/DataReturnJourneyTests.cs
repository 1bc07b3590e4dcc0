using System.Text.RegularExpressions;
using McnHub.BrowserTests.Support;
using Microsoft.Playwright;

namespace McnHub.BrowserTests;

/// <summary>
/// A quarterly data return end to end: the data submitter of Northbrook Community Children's Nursing Team finishes
/// their draft (a bad value first, kept as typed; a warning explained in a comment), submits it; the co-ordinator
/// approves and locks it, then reopens it with a reason. Axe checks every page on the way.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DataReturnJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Submitter_completes_and_submits_a_return_which_the_coordinator_approves_then_reopens()
    {
        var page = await NewPageAsync(signedInAs: Submitter);

        // The submitter's draft (the demo leaves Northbrook's latest quarter half done).
        await page.GotoAsync("/data/returns?status=draft");
        await page.AssertNoAxeViolationsAsync();
        await page.Locator("#returns tbody a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(EntryUrl());
        var entryUrl = new Uri(page.Url).PathAndQuery;
        await Expect(page.Locator("h1")).ToContainTextAsync("Northbrook Community Children's Nursing Team");
        await Expect(page.Locator("#return-status")).ToHaveTextAsync("Draft");

        // Known figures everywhere, so the rules answer the same on every run: a caseload of 20, 5 deaths.
        await FillAllAsync(page, "caseload", "4");
        await FillAllAsync(page, "new_referrals", "1");
        await Cell(page, "acp").FillAsync("10");
        await Cell(page, "named_lead").FillAsync("12");
        await Cell(page, "deaths").FillAsync("5");
        await Cell(page, "deaths_home").FillAsync("2");
        await Cell(page, "deaths_hospice").FillAsync("2");
        await Cell(page, "deaths_hospital").FillAsync("1");
        await Cell(page, "deaths_icu").FillAsync("0");
        await Cell(page, "deaths_preferred").FillAsync("4");
        await Cell(page, "advice_247").FillAsync("Yes");
        await Cell(page, "advice_calls").FillAsync("12.5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as draft" }).ClickAsync();

        // Refused with the error summary; what was typed is all still there.
        await Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("must be a whole number");
        await Expect(page.Locator("#element-advice_calls .nhsuk-error-message")).ToContainTextAsync("must be a whole number");
        await Expect(Cell(page, "advice_calls")).ToHaveValueAsync("12.5");
        await Expect(Cell(page, "deaths")).ToHaveValueAsync("5");
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "entry-with-errors");

        await Cell(page, "advice_calls").FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as draft" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner--success")).ToContainTextAsync("has been saved");
        await Expect(Cell(page, "advice_calls")).ToHaveValueAsync("12");

        // 5 deaths in a caseload of 20 is a warning: it needs a comment before the return can go.
        await page.GetByRole(AriaRole.Button, new() { Name = "Check and submit" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("More than a fifth of the caseload died");
        await page.AssertNoAxeViolationsAsync();
        await page.Locator("#element-deaths textarea").FillAsync("A hard winter: five children died, all known to the team for years.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check and submit" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner--success")).ToContainTextAsync("has been submitted");
        await Expect(page.Locator("#return-status")).ToHaveTextAsync("Submitted, awaiting approval");
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "submitted");

        // The co-ordinator approves: the return is locked.
        var coordinator = await NewPageAsync(signedInAs: Coordinator);
        await coordinator.GotoAsync(entryUrl);
        await Expect(coordinator.Locator("#return-status")).ToHaveTextAsync("Submitted, awaiting approval");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Approve and lock" }).ClickAsync();
        await Expect(coordinator.Locator(".nhsuk-notification-banner--success")).ToContainTextAsync("approved and locked");
        await Expect(coordinator.Locator("#return-status")).ToHaveTextAsync("Approved (locked)");
        await Expect(coordinator.Locator("#locked")).ToBeVisibleAsync();
        await Expect(Cell(coordinator, "deaths")).ToBeDisabledAsync();
        await coordinator.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(coordinator, "approved");

        // The submitter can no longer change it.
        await page.GotoAsync(entryUrl);
        await Expect(page.Locator("#locked")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Check and submit" })).ToHaveCountAsync(0);

        // Reopened with a reason, which the submitter then sees.
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Reopen this return" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Reopen return" }).ClickAsync();
        await Expect(coordinator.Locator(".nhsuk-error-summary")).ToBeVisibleAsync();
        await coordinator.AssertNoAxeViolationsAsync();
        await coordinator.GetByLabel("Why is it being reopened?").FillAsync("The hospice deaths were counted twice: please correct them.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Reopen return" }).ClickAsync();
        await Expect(coordinator.Locator(".nhsuk-notification-banner--success")).ToContainTextAsync("has been reopened");

        await page.GotoAsync(entryUrl);
        await Expect(page.Locator("#return-status")).ToHaveTextAsync("Reopened");
        await Expect(page.Locator("#reopen-reason")).ToContainTextAsync("counted twice");
        await Expect(Cell(page, "deaths")).ToBeEnabledAsync();
        await page.AssertNoAxeViolationsAsync();
        page.AssertNoBrowserErrors();
        coordinator.AssertNoBrowserErrors();
    }

    private static ILocator Cell(IPage page, string code) => page.Locator($"#element-{code} input.nhsuk-input").First;

    private static async Task FillAllAsync(IPage page, string code, string value)
    {
        var cells = page.Locator($"#element-{code} input.nhsuk-input");
        var count = await cells.CountAsync();
        Assert.True(count > 1, $"{code} is filled in by age band");
        for (var i = 0; i < count; i++)
        {
            await cells.Nth(i).FillAsync(value);
        }
    }

    [GeneratedRegex(@"/data/returns/\d+/\d+/[\w-]+$")]
    private static partial Regex EntryUrl();
}
