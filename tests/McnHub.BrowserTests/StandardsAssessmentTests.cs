using System.Text;
using System.Text.RegularExpressions;
using McnHub.BrowserTests.Support;
using McnHub.Features.Members.People;
using McnHub.Features.Standards;
using Microsoft.Playwright;

namespace McnHub.BrowserTests;

/// <summary>An organisation lead assesses a QS160 statement with evidence, a file and an action plan item.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StandardsAssessmentTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task Lead_assesses_a_statement_with_evidence_a_file_and_an_action_correcting_a_past_due_date_without_losing_anything()
    {
        await Fixture.App.WithDbAsync(async db =>
        {
            await DemoStandards.SeedAsync(db, UkDates.Today());
            return 0;
        });
        var page = await NewPageAsync(signedInAs: Lead);
        await page.GotoAsync("/standards/mine");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = DemoStandards.LeadsOrganisation })).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "6. Care at home at the end of life" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/standards/organisations/\\d+/periods/\\d+/statements/\\d+$"));
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("◐ Partially met").CheckAsync();
        await page.GetByLabel("Evidence (optional)").FillAsync("Weekday consultant advice in place; nights covered by the hospital team.");
        await page.GetByLabel("Add an evidence file (optional)").SetInputFilesAsync(new FilePayload { Name = "on-call-rota.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await page.GetByLabel("Action (optional)").FillAsync("Join the regional 24/7 consultant rota");
        await page.GetByLabel("Owner (optional)").FillAsync("Medical director");
        await page.GetByLabel("Due date (optional)").FillAsync(UkDates.Today().AddDays(-1).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save assessment" }).ClickAsync();

        var summary = page.Locator(".nhsuk-error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToContainTextAsync("The action's due date must be today or in the future");
        await Expect(page.GetByLabel("Evidence (optional)")).ToHaveValueAsync("Weekday consultant advice in place; nights covered by the hospital team.");
        await Expect(page.GetByLabel("Action (optional)")).ToHaveValueAsync("Join the regional 24/7 consultant rota");
        await Expect(page.GetByLabel("◐ Partially met")).ToBeCheckedAsync();
        await Expect(page.Locator("#EvidenceUpload-error")).ToContainTextAsync("Select the file again");
        await page.AssertNoAxeViolationsAsync();
        await ScreenshotAsync(page, "bad-input");

        var due = UkDates.Today().AddMonths(2);
        await page.GetByLabel("Due date (optional)").FillAsync(due.ToString("yyyy-MM-dd"));
        await page.GetByLabel("Add an evidence file (optional)").SetInputFilesAsync(new FilePayload { Name = "on-call-rota.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save assessment" }).ClickAsync();

        await Expect(page.Locator(".nhsuk-notification-banner--success")).ToContainTextAsync("statement 6, Care at home at the end of life, has been saved");
        await Expect(page.Locator("main table").First).ToContainTextAsync("◐ Partially met");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "6. Care at home at the end of life" }).ClickAsync();
        await Expect(page.Locator("#evidence-files")).ToContainTextAsync("on-call-rota.pdf");
        await Expect(page.Locator("#action-plan")).ToContainTextAsync("Join the regional 24/7 consultant rota");
        await Expect(page.Locator("#action-plan")).ToContainTextAsync(UkDates.Format(due));
        await page.AssertNoAxeViolationsAsync();
        page.AssertNoBrowserErrors();
        await ScreenshotAsync(page, "saved");
    }

    [Fact]
    public async Task Coordinator_reads_the_network_matrix_and_ACP_adoption_at_320_pixels_with_no_axe_violations()
    {
        await Fixture.App.WithDbAsync(async db =>
        {
            await DemoStandards.SeedAsync(db, UkDates.Today());
            return 0;
        });
        var ids = await DemoIds.LoadAsync(Fixture.App);
        var page = await NewPageAsync(width: 320, signedInAs: Coordinator);
        foreach (var url in new[] { "/standards", "/standards/matrix", "/standards/acp", $"/standards/acp/{ids.OtherOrganisation}/edit", $"/standards/organisations/{ids.OtherOrganisation}" })
        {
            await page.GotoAsync(url);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await page.AssertNoAxeViolationsAsync();
        }

        await page.GotoAsync("/standards/matrix");
        await Expect(page.Locator("#matrix")).ToContainTextAsync("✓ Met");
        await Expect(page.Locator("#change-counts")).ToContainTextAsync("↑ Improved");
        page.AssertNoBrowserErrors();
        await ScreenshotAsync(page, "matrix-320");
    }
}
