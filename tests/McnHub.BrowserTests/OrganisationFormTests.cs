using System.Text.RegularExpressions;
using McnHub.BrowserTests.Support;
using Microsoft.Playwright;

namespace McnHub.BrowserTests;

/// <summary>The co-ordinator's "Add an organisation" form (/organisations/new) with bad input, then good.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class OrganisationFormTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Coordinator_corrects_bad_input_without_losing_anything_typed_and_creates_the_organisation()
    {
        var page = await NewPageAsync(signedInAs: Coordinator);
        await page.GotoAsync("/organisations/new");
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "empty");

        // A malformed ODS code, an email that is not one, no type chosen, and a name already in the demo network.
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(DemoIds.LeadsOrganisationName);
        await page.GetByLabel("ODS code (optional)").FillAsync("no!");
        await page.GetByLabel("Sector").SelectOptionAsync(new SelectOptionValue { Label = "Non-NHS" });
        await page.GetByLabel("Town or city (optional)").FillAsync("Eastmere");
        await page.GetByLabel("Email address (optional)").FillAsync("not-an-email");
        await Area(page, "Eastmere").CheckAsync();
        await Save(page).ClickAsync();

        await ExpectErrorsAsync(
            page,
            ("Input_OdsCode", "ODS code must be 3 to 10 letters and numbers"),
            ("Input_Type", "Select the type of organisation"),
            ("Input_Email", "Enter an email address in the correct format"));
        await ExpectKeptAsync(page, DemoIds.LeadsOrganisationName, "no!", "not-an-email");
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "bad-input");

        // The summary's links take the keyboard to the field.
        await page.Locator(".nhsuk-error-summary").GetByRole(AriaRole.Link, new() { Name = "Select the type of organisation" }).ClickAsync();
        await Expect(page.GetByLabel("Type of organisation")).ToBeFocusedAsync();

        // The other fields put right, the name is still one the network has.
        await page.GetByLabel("ODS code (optional)").FillAsync("8HE01");
        await page.GetByLabel("Type of organisation").SelectOptionAsync(new SelectOptionValue { Label = "Children's hospice" });
        await page.GetByLabel("Email address (optional)").FillAsync("hello@heron.example");
        await Save(page).ClickAsync();

        await ExpectErrorsAsync(page, ("Input_Name", $"An organisation called \"{DemoIds.LeadsOrganisationName}\" already exists"));
        await ExpectKeptAsync(page, DemoIds.LeadsOrganisationName, "8HE01", "hello@heron.example");
        await Expect(page.GetByLabel("Type of organisation")).ToHaveValueAsync("ChildrensHospice");
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "duplicate-name");

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Heron Children's Hospice");
        await Save(page).ClickAsync();

        await Expect(page).ToHaveURLAsync(OrganisationPage());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Heron Children's Hospice");
        await Expect(page.Locator(".nhsuk-notification-banner--success")).ToContainTextAsync("Heron Children's Hospice has been added");
        await Expect(page.Locator("main")).ToContainTextAsync("8HE01");
        await page.AssertNoAxeViolationsAsync();
        page.AssertNoBrowserErrors();
        await ScreenshotAsync(page, "created");
    }

    private static ILocator Area(IPage page, string name) => page.GetByRole(AriaRole.Checkbox, new() { Name = name });

    private static ILocator Save(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Add organisation" });

    /// <summary>
    /// The NHS.UK pattern: the title says "Error:", the focused summary links to each field in the order of the form,
    /// and each message sits in the field's own group, read out with the field.
    /// </summary>
    private static async Task ExpectErrorsAsync(IPage page, params (string Field, string Message)[] errors)
    {
        var summary = page.Locator(".nhsuk-error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        var links = summary.Locator("li a");
        await Expect(links).ToHaveCountAsync(errors.Length);
        Assert.Equal(errors.Select(e => "#" + e.Field), await links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        foreach (var (field, message) in errors)
        {
            await Expect(summary.Locator($"a[href='#{field}']")).ToContainTextAsync(message);
            var group = page.Locator($".nhsuk-form-group--error:has(#{field})");
            await Expect(group.Locator($"#{field}-error")).ToContainTextAsync(message);
            await Expect(page.Locator($"#{field}")).ToHaveAttributeAsync("aria-describedby", new Regex($@"\b{field}-error\b"));
        }
    }

    private static async Task ExpectKeptAsync(IPage page, string name, string ods, string email)
    {
        await Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync(name);
        await Expect(page.GetByLabel("ODS code (optional)")).ToHaveValueAsync(ods);
        await Expect(page.GetByLabel("Sector")).ToHaveValueAsync("NonNhs");
        await Expect(page.GetByLabel("Town or city (optional)")).ToHaveValueAsync("Eastmere");
        await Expect(page.GetByLabel("Email address (optional)")).ToHaveValueAsync(email);
        await Expect(Area(page, "Eastmere")).ToBeCheckedAsync();
    }

    [GeneratedRegex(@"/organisations/\d+$")]
    private static partial Regex OrganisationPage();
}
