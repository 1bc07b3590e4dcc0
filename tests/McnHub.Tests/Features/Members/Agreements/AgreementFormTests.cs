using System.Globalization;
using System.Net;
using System.Text;
using McnHub.Features.Members.Agreements;
using McnHub.Platform.Files;
using McnHub.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Members.Agreements;

public sealed class AgreementFormTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private sealed record Saved(int Agreements, int Files, int FilesOnDisk);

    private Task<Saved> SavedAsync() => factory.WithDbAsync(async db => new Saved(
        await db.Set<Agreement>().CountAsync(),
        await db.Set<StoredFile>().CountAsync(),
        System.IO.Directory.Exists(factory.FilesFolder) ? System.IO.Directory.GetFiles(factory.FilesFolder).Length : 0));

    private async Task<Dictionary<string, string>> ValidAsync(string organisation = LeadsOrganisation) => new()
    {
        ["Input.OrganisationId"] = (await factory.OrganisationIdAsync(organisation)).ToString(CultureInfo.InvariantCulture),
        ["Input.Kind"] = "DataSharing",
        ["Input.SignedOn"] = Date(Today.AddMonths(-2)),
        ["Input.RenewalDue"] = Date(Today.AddYears(2)),
        ["Input.Signatories"] = "Dr K Finch (Medical Director); Alex Morgan (Network co-ordinator)",
        ["Input.Notes"] = "Covers the minimum dataset.",
    };

    private async Task<int> CreateAsync(HttpClient client, string organisation, Upload? upload)
    {
        var form = await client.GetDocumentAsync("/agreements/new");
        var response = await client.SubmitMultipartAsync(form, await ValidAsync(organisation), upload);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await factory.WithDbAsync(db => db.Set<Agreement>().MaxAsync(a => a.Id));
    }

    [Fact]
    public async Task A_renewal_date_before_the_signed_date_is_refused_with_the_input_kept()
    {
        var before = await SavedAsync();
        var client = await factory.SignInAsync(Coordinator);
        var form = await client.GetDocumentAsync("/agreements/new");
        var values = await ValidAsync();
        values["Input.SignedOn"] = "2025-05-01";
        values["Input.RenewalDue"] = "2025-04-01";

        var page = await PageOfAsync(await client.SubmitMultipartAsync(form, values));

        Assert.Contains("The renewal date must be after the signed date", page.ErrorSummary());
        Assert.Contains("The renewal date must be after the signed date", page.FieldError("Input_RenewalDue"));
        Assert.Equal("2025-04-01", page.FieldValue("Input_RenewalDue"));
        Assert.Equal(values["Input.Signatories"], page.FieldValue("Input_Signatories"));
        Assert.Equal(values["Input.OrganisationId"], page.FieldValue("Input_OrganisationId"));
        Assert.Equal(before, await SavedAsync());
    }

    [Fact]
    public async Task Empty_dates_a_future_signed_date_and_nonsense_dates_get_clear_messages()
    {
        var before = await SavedAsync();
        var client = await factory.SignInAsync(Coordinator);
        var form = await client.GetDocumentAsync("/agreements/new");
        var empty = await ValidAsync();
        empty["Input.SignedOn"] = "";
        empty["Input.RenewalDue"] = "";
        empty["Input.OrganisationId"] = "";
        var future = await ValidAsync();
        future["Input.SignedOn"] = Date(Today.AddDays(1));
        future["Input.RenewalDue"] = "2030-02-31";

        var emptyPage = await PageOfAsync(await client.SubmitMultipartAsync(form, empty));
        var futurePage = await PageOfAsync(await client.SubmitMultipartAsync(form, future));

        Assert.Contains("Select the organisation that signed the agreement", emptyPage.ErrorSummary());
        Assert.Contains("Enter the date the agreement was signed", emptyPage.FieldError("Input_SignedOn"));
        Assert.Contains("Enter the date the agreement is due for renewal", emptyPage.FieldError("Input_RenewalDue"));
        Assert.Contains("The signed date must be today or in the past", futurePage.FieldError("Input_SignedOn"));
        Assert.Contains("Enter the renewal date as a real date", futurePage.FieldError("Input_RenewalDue"));
        Assert.Equal(before, await SavedAsync());
    }

    [Theory]
    [InlineData((10 * 1024 * 1024) + 1)]
    [InlineData(25 * 1024 * 1024)] // over the app-wide form limit: still refused next to the field
    public async Task A_file_that_is_too_big_is_refused_and_nothing_else_is_lost_or_saved(int size)
    {
        var before = await SavedAsync();
        var client = await factory.SignInAsync(Coordinator);
        var form = await client.GetDocumentAsync("/agreements/new");
        var values = await ValidAsync();
        var big = new byte[size];
        Pdf.CopyTo(big, 0);

        var page = await PageOfAsync(await client.SubmitMultipartAsync(form, values, new Upload("Document", "agreement.pdf", big, "application/pdf")));

        Assert.Contains("The selected file must be smaller than 10 MB", page.FieldError("Document"));
        Assert.Contains("The selected file must be smaller than 10 MB", page.ErrorSummary());
        Assert.Equal(values["Input.Signatories"], page.FieldValue("Input_Signatories"));
        Assert.Equal(values["Input.Notes"], page.FieldValue("Input_Notes"));
        Assert.Equal(values["Input.SignedOn"], page.FieldValue("Input_SignedOn"));
        Assert.Equal("DataSharing", page.FieldValue("Input_Kind"));
        Assert.Equal(before, await SavedAsync());
    }

    [Theory]
    [InlineData("setup.exe", "MZ-executable", "must be a PDF, Word")]
    [InlineData("agreement.pdf", "MZ-not-really-a-pdf", "is not a real PDF file")]
    [InlineData("agreement.html", "<script>alert(1)</script>", "must be a PDF, Word")]
    public async Task A_file_of_the_wrong_type_is_refused_and_nothing_is_saved(string fileName, string content, string message)
    {
        var before = await SavedAsync();
        var client = await factory.SignInAsync(Coordinator);
        var form = await client.GetDocumentAsync("/agreements/new");
        var values = await ValidAsync();

        var page = await PageOfAsync(await client.SubmitMultipartAsync(form, values, new Upload("Document", fileName, Encoding.ASCII.GetBytes(content))));

        Assert.Contains(message, page.FieldError("Document"));
        Assert.Equal(values["Input.RenewalDue"], page.FieldValue("Input_RenewalDue"));
        Assert.Equal(before, await SavedAsync());
    }

    [Fact]
    public async Task A_good_file_is_not_kept_when_another_field_is_wrong()
    {
        var before = await SavedAsync();
        var client = await factory.SignInAsync(Coordinator);
        var form = await client.GetDocumentAsync("/agreements/new");
        var values = await ValidAsync();
        values["Input.Notes"] = new string('n', 2001);

        var page = await PageOfAsync(await client.SubmitMultipartAsync(form, values, new Upload("Document", "signed.pdf", Pdf, "application/pdf")));

        Assert.Contains("Notes must be 2,000 characters or fewer", page.FieldError("Input_Notes"));
        Assert.Contains("Select the file again: signed.pdf was not kept", page.FieldError("Document"));
        Assert.Equal(before, await SavedAsync());
    }

    [Fact]
    public async Task A_valid_document_is_stored_outside_wwwroot_and_downloadable_by_the_coordinator_and_that_organisations_lead_only()
    {
        var coordinator = await factory.SignInAsync(Coordinator);
        var id = await CreateAsync(coordinator, LeadsOrganisation, new Upload("Document", "Kingfisher data sharing.pdf", Pdf, "application/pdf"));
        var other = await CreateAsync(coordinator, "Willow Bank Children's Hospice", new Upload("Document", "willow.pdf", Pdf, "application/pdf"));

        var agreement = await factory.WithDbAsync(db => db.Set<Agreement>().AsNoTracking().Include(a => a.Document).SingleAsync(a => a.Id == id));
        Assert.Equal(("Kingfisher data sharing.pdf", "application/pdf"), (agreement.Document!.FileName, agreement.Document.ContentType));
        var onDisk = Path.Combine(factory.FilesFolder, agreement.Document.Id.ToString("N"));
        Assert.Equal(Pdf, await File.ReadAllBytesAsync(onDisk));

        var byCoordinator = await coordinator.GetAsync($"/agreements/{id}/document");
        var lead = await factory.SignInAsync(Lead);
        var byLead = await lead.GetAsync($"/agreements/{id}/document");
        var byOtherLead = await lead.GetAsync($"/agreements/{other}/document");
        var byMember = await (await factory.SignInAsync(Member)).GetAsync($"/agreements/{id}/document");
        var byAnonymous = await factory.CreateBrowserClient().GetAsync($"/agreements/{id}/document");

        Assert.Equal(HttpStatusCode.OK, byCoordinator.StatusCode);
        Assert.Equal(Pdf, await byCoordinator.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", byCoordinator.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Contains("Kingfisher data sharing.pdf", byCoordinator.Content.Headers.ContentDisposition.ToString());
        Assert.Equal("nosniff", string.Join("", byCoordinator.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("application/pdf", byCoordinator.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, byLead.StatusCode);
        Assert.Equal(Pdf, await byLead.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Forbidden, byOtherLead.StatusCode);
        Assert.StartsWith("/account/access-denied", byMember.Headers.Location?.PathAndQuery);
        Assert.StartsWith("/account/sign-in", byAnonymous.Headers.Location?.PathAndQuery);
        var refusal = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == nameof(Agreement) && a.EntityKey == other.ToString(CultureInfo.InvariantCulture) && a.Action == McnHub.Platform.Audit.AuditAction.Refused).ToListAsync());
        Assert.Equal(Lead, Assert.Single(refusal).UserName);
        var webRoot = factory.Services.GetRequiredService<IWebHostEnvironment>().WebRootPath;
        Assert.False(Path.GetFullPath(onDisk).StartsWith(Path.GetFullPath(webRoot), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_document_can_be_replaced_and_then_removed_and_its_old_bytes_go()
    {
        var client = await factory.SignInAsync(Coordinator);
        var id = await CreateAsync(client, "Starlight Sibling Support", new Upload("Document", "first.pdf", Pdf, "application/pdf"));
        var first = await factory.WithDbAsync(db => db.Set<Agreement>().Where(a => a.Id == id).Select(a => a.DocumentId!.Value).SingleAsync());
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 };

        var replaced = await client.SubmitMultipartAsync(await client.GetDocumentAsync($"/agreements/{id}/edit"), new Dictionary<string, string>(), new Upload("Document", "scan.png", png, "image/png"));

        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        var second = await factory.WithDbAsync(db => db.Set<Agreement>().Where(a => a.Id == id).Select(a => a.Document!).SingleAsync());
        Assert.Equal("scan.png", second.FileName);
        Assert.False(File.Exists(Path.Combine(factory.FilesFolder, first.ToString("N"))));
        Assert.False(await factory.WithDbAsync(db => db.Set<StoredFile>().AnyAsync(f => f.Id == first)));

        var removed = await client.SubmitMultipartAsync(await client.GetDocumentAsync($"/agreements/{id}/edit"), new Dictionary<string, string> { ["Input.RemoveDocument"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.Set<Agreement>().Where(a => a.Id == id).Select(a => a.DocumentId).SingleAsync()));
        Assert.False(File.Exists(Path.Combine(factory.FilesFolder, second.Id.ToString("N"))));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/agreements/{id}/document")).StatusCode);
    }

    [Fact]
    public async Task A_stale_agreement_edit_says_what_changed_keeps_the_input_and_keeps_no_upload()
    {
        var client = await factory.SignInAsync(Coordinator);
        var id = await CreateAsync(client, "Heron House Hospice for Children", null);
        var before = await SavedAsync();
        var firstForm = await client.GetDocumentAsync($"/agreements/{id}/edit");
        var secondForm = await client.GetDocumentAsync($"/agreements/{id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitMultipartAsync(secondForm, new Dictionary<string, string> { ["Input.Notes"] = "Renewed early" })).StatusCode);

        var page = await PageOfAsync(await client.SubmitMultipartAsync(firstForm, new Dictionary<string, string> { ["Input.Signatories"] = "New signatory" }, new Upload("Document", "late.pdf", Pdf, "application/pdf")));

        Assert.Contains("Someone else saved changes to this agreement", page.ErrorSummary());
        Assert.Contains("Notes is now saved as “Renewed early”", page.FieldError("Input_Notes"));
        Assert.Equal("New signatory", page.FieldValue("Input_Signatories"));
        Assert.Contains("Select the file again", page.FieldError("Document"));
        Assert.Equal(before, await SavedAsync());
        var saved = await factory.WithDbAsync(db => db.Set<Agreement>().AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(("Renewed early", "Dr K Finch (Medical Director); Alex Morgan (Network co-ordinator)"), (saved.Notes, saved.Signatories));
    }
}
