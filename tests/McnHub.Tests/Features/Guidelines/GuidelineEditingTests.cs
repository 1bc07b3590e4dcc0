using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using McnHub.Features.Guidelines.Documents;
using McnHub.Platform.Audit;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Guidelines.GuidelineTestData;

namespace McnHub.Tests.Features.Guidelines;

/// <summary>Drafting, uploading, approving and the rules that protect what was agreed.</summary>
public sealed class GuidelineEditingTests(GuidelinesFactory factory) : IClassFixture<GuidelinesFactory>
{
    [Fact]
    public async Task The_coordinator_adds_a_document_as_a_draft_with_its_first_version()
    {
        var coordinator = await factory.SignInAsync(Coordinator);
        var form = await coordinator.GetDocumentAsync("/guidelines/new");
        var owner = form.QuerySelectorAll("#Input_OwnerId option").First(o => o.TextContent == "Sam Patel").GetAttribute("value")!;

        var response = await coordinator.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Capybara care pathway",
            ["Input.Summary"] = "How we care for capybaras.",
            ["Input.Kind"] = "CarePathway",
            ["Input.Topics"] = "Pain, Rodents",
            ["Input.OwnerId"] = owner,
            ["Input.Audience"] = "Public",
            ["Draft.Body"] = "## Scope\n\nAll capybaras.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Set<GuidelineDocument>().Include(d => d.Versions).SingleAsync(d => d.Title == "Capybara care pathway"));
        Assert.Equal(DocumentStatus.Draft, saved.Status);
        Assert.Equal("|pain|rodents|", saved.Topics);
        Assert.Equal(VersionStatus.Draft, Assert.Single(saved.Versions).Status);
    }

    [Fact]
    public async Task A_review_date_before_the_effective_date_is_refused_and_what_was_typed_is_kept()
    {
        var coordinator = await factory.SignInAsync(Coordinator);
        var form = await coordinator.GetDocumentAsync("/guidelines/new");
        var owner = form.QuerySelectorAll("#Input_OwnerId option")[^1].GetAttribute("value")!;

        var response = await coordinator.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Backwards dates guideline",
            ["Input.Summary"] = "Summary.",
            ["Input.Kind"] = "Guideline",
            ["Input.OwnerId"] = owner,
            ["Input.Audience"] = "Members",
            ["Draft.Body"] = "Text I typed",
            ["Draft.EffectiveDate"] = "2027-03-01",
            ["Draft.ReviewDate"] = "2027-02-01",
        });
        var page = await HttpExtensions.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Review date must be on or after the effective date", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal("Text I typed", ((IHtmlTextAreaElement)page.QuerySelector("#Draft_Body")!).Value);
        Assert.False(await factory.WithDbAsync(db => db.Set<GuidelineDocument>().AnyAsync(d => d.Title == "Backwards dates guideline")));
    }

    [Fact]
    public async Task An_upload_that_is_not_really_a_PDF_or_is_not_a_PDF_or_Word_file_is_refused_with_a_clear_message()
    {
        var document = await AddAsync(factory, "Upload test guideline");
        var owner = await factory.SignInAsync(Member);
        var form = await owner.GetDocumentAsync($"/guidelines/{document.Id}/versions/1/edit");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var version = form.QuerySelector("input[name='Draft.Version']")!.GetAttribute("value")!;

        async Task<string> Upload(string name, byte[] bytes)
        {
            using var content = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new StringContent(version), "Draft.Version" },
                { new StringContent("## Body kept"), "Draft.Body" },
            };
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(file, "Upload", name);
            var response = await owner.PostAsync($"/guidelines/{document.Id}/versions/1/edit", content);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await HttpExtensions.ParseAsync(response);
            Assert.Equal("## Body kept", ((IHtmlTextAreaElement)page.QuerySelector("#Draft_Body")!).Value);
            return page.QuerySelector("#Upload-error")!.TextContent;
        }

        Assert.Contains("is not a real PDF file", await Upload("guideline.pdf", "just text, not a PDF"u8.ToArray()));
        Assert.Contains("must be a PDF or Word document", await Upload("guideline.png", [0x89, 0x50, 0x4E, 0x47, 1, 2]));
        Assert.Contains("must be a PDF or Word document", await Upload("guideline.exe", [0x4D, 0x5A, 1, 2]));
        Assert.Null(await factory.WithDbAsync(db => db.Set<GuidelineVersion>().Where(v => v.DocumentId == document.Id).Select(v => v.FileId).SingleAsync()));
    }

    [Fact]
    public async Task A_real_PDF_is_attached_and_downloadable()
    {
        var document = await AddAsync(factory, "Attached file guideline");
        var owner = await factory.SignInAsync(Member);
        var form = await owner.GetDocumentAsync($"/guidelines/{document.Id}/versions/1/edit");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(form.QuerySelector("input[name='Draft.Version']")!.GetAttribute("value")!), "Draft.Version" },
            { new StringContent("## Body"), "Draft.Body" },
            { new ByteArrayContent("%PDF-1.4 test"u8.ToArray()), "Upload", "pathway.pdf" },
        };

        var response = await owner.PostAsync($"/guidelines/{document.Id}/versions/1/edit", content);
        var download = await owner.GetAsync($"/guidelines/{document.Id}/versions/1?handler=file");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task Changing_an_approved_version_is_refused_with_make_a_new_version()
    {
        var document = await AddAsync(factory, "Locked guideline", VersionStatus.Approved, body: "Agreed text");
        var owner = await factory.SignInAsync(Member);
        var form = await owner.GetDocumentAsync($"/guidelines/{document.Id}/versions/1/edit");
        Assert.Contains("make a new version", form.QuerySelector(".nhsuk-error-summary")!.TextContent);

        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await owner.PostAsync($"/guidelines/{document.Id}/versions/1/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Draft.Body"] = "Sneaky change",
            ["Draft.Version"] = "0",
        }));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("make a new version", (await HttpExtensions.ParseAsync(response)).Text());
        Assert.Equal("Agreed text", await factory.WithDbAsync(db => db.Set<GuidelineVersion>().Where(v => v.DocumentId == document.Id).Select(v => v.Body).SingleAsync()));
    }

    [Fact]
    public async Task Someone_who_is_neither_owner_nor_coordinator_is_refused_and_audited()
    {
        var document = await AddAsync(factory, "Someone else's guideline", VersionStatus.Consultation, ownerEmail: Educator);
        var member = await factory.SignInAsync(Member);

        var response = await member.GetAsync($"/guidelines/{document.Id}/versions/1/edit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(GuidelineDocument) && a.EntityKey == document.Id.ToString() && a.Action == AuditAction.Refused)));
    }

    [Fact]
    public async Task A_new_version_copies_the_approved_one_and_readers_keep_seeing_the_approved_version()
    {
        var document = await AddAsync(factory, "Revised guideline", VersionStatus.Approved, body: "Original agreed text");
        var owner = await factory.SignInAsync(Member);
        var form = await owner.GetDocumentAsync($"/guidelines/{document.Id}/versions/new");

        var response = await owner.SubmitFormAsync(form, new Dictionary<string, string> { ["ChangeSummary"] = "New doses" });
        var reader = await factory.CreateClient().GetDocumentAsync($"/guidelines/{document.Id}");

        Assert.Equal($"/guidelines/{document.Id}/versions/2/edit", response.Headers.Location?.ToString());
        var draft = await factory.WithDbAsync(db => db.Set<GuidelineVersion>().SingleAsync(v => v.DocumentId == document.Id && v.Number == 2));
        Assert.Equal("Original agreed text", draft.Body);
        Assert.Equal(VersionStatus.Draft, draft.Status);
        Assert.Contains("1 (Approved)", reader.Text());
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/guidelines/{document.Id}/versions/2")).StatusCode);
    }
}
