using System.Net;
using System.Text;
using McnHub.Features.Training.Model;
using McnHub.Platform.Audit;
using McnHub.Platform.Files;
using McnHub.Tests.Features.Members.Agreements;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Training.Materials;

public abstract class MaterialTests(McnHubFactory factory)
{
    private const string Educator = "educator@riverlands.example";
    private const string Submitter = "submitter@riverlands.example";

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% a tiny test handout\n%%EOF\n");

    private static Dictionary<string, string> Fields(string kind, string title, string visibility = "Everyone", string url = "", string minutes = "", string description = "") => new()
    {
        ["Input.Kind"] = kind, ["Input.Title"] = title, ["Input.Visibility"] = visibility, ["Input.Url"] = url, ["Input.DurationMinutes"] = minutes, ["Input.Description"] = description,
    };

    private async Task<CourseMaterial> AddAsync(int courseId, MaterialKind kind, MaterialVisibility visibility, string? url = "https://video.example/recording") =>
        await factory.WithDbAsync(async db =>
        {
            var material = new CourseMaterial { CourseId = courseId, Kind = kind, Title = $"{kind} for {visibility}", Url = url, Visibility = visibility, Order = 1 };
            db.Add(material);
            await db.SaveChangesAsync();
            return material;
        });

    /// <summary>A signed-in user without the permission: 403, or sent to the access-denied page.</summary>
    internal static bool Refused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden || (response.Headers.Location?.ToString().Contains("access-denied", StringComparison.Ordinal) ?? false);

    [Fact]
    public async Task The_education_lead_uploads_a_handout_which_the_course_page_lists_with_its_size_and_anyone_can_download()
    {
        var session = await factory.SessionAsync();
        var client = await factory.SignInAsync(Educator);
        var page = await client.GetDocumentAsync($"/training/courses/{session.CourseId}/materials");

        var added = await client.SubmitMultipartAsync(page, Fields("File", "Pre-course handout", description: "Read before the day."), new Upload("Input.File", "handout.pdf", Pdf, "application/pdf"));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var material = await factory.WithDbAsync(db => db.Set<CourseMaterial>().Include(m => m.File).SingleAsync(m => m.CourseId == session.CourseId));
        var course = await factory.CreateBrowserClient().GetDocumentAsync($"/training/courses/{session.CourseId}");
        var listed = course.QuerySelector("[data-materials]")?.TextContent ?? "";
        Assert.Contains("Pre-course handout", listed);
        Assert.Contains($"File: PDF, {Pdf.Length} bytes", listed);
        Assert.Contains("Read before the day.", listed);
        var download = await factory.CreateBrowserClient().GetAsync($"/training/materials/{material.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.True(await factory.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.Entity == nameof(CourseMaterial) && a.EntityKey == material.Id.ToString() && a.Action == AuditAction.Insert)));
    }

    [Fact]
    public async Task Bad_materials_are_refused_with_a_message_next_to_the_field_keeping_what_was_typed()
    {
        var session = await factory.SessionAsync();
        var client = await factory.SignInAsync(Educator);
        var page = await client.GetDocumentAsync($"/training/courses/{session.CourseId}/materials");

        var ftp = await PageOfAsync(await client.SubmitMultipartAsync(page, Fields("Link", "Reading", url: "ftp://files.example/reading")));
        var noFile = await PageOfAsync(await client.SubmitMultipartAsync(page, Fields("File", "Slides")));
        var fake = await PageOfAsync(await client.SubmitMultipartAsync(page, Fields("File", "Slides"), new Upload("Input.File", "slides.pdf", Encoding.ASCII.GetBytes("not a pdf at all"))));
        var badLength = await PageOfAsync(await client.SubmitMultipartAsync(page, Fields("Recording", "Recording", url: "https://video.example/1", minutes: "an hour")));
        var noKind = await PageOfAsync(await client.SubmitMultipartAsync(page, Fields("", "")));

        Assert.Contains("starting https:// or http://", ftp.FieldError("Input_Url"));
        Assert.Equal("ftp://files.example/reading", ftp.FieldValue("Input_Url"));
        Assert.Equal("Reading", ftp.FieldValue("Input_Title"));
        Assert.Contains("Select the file to upload", noFile.FieldError("Input_File"));
        Assert.Contains("not a real PDF file", fake.FieldError("Input_File"));
        Assert.Contains("whole minutes", badLength.FieldError("Input_DurationMinutes"));
        Assert.Contains("Choose what kind of material it is", noKind.FieldError("Input_Kind"));
        Assert.Contains("Enter the title of the material", noKind.FieldError("Input_Title"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<CourseMaterial>().CountAsync(m => m.CourseId == session.CourseId)));
    }

    [Fact]
    public async Task A_recording_for_attendees_is_neither_listed_nor_opened_for_others_and_refusals_are_audited()
    {
        var session = await factory.SessionAsync();
        var recording = await AddAsync(session.CourseId, MaterialKind.Recording, MaterialVisibility.Attendees);
        var forum = await AddAsync(session.CourseId, MaterialKind.Link, MaterialVisibility.SignedIn, "https://forum.example/course");
        var member = await factory.PersonByEmailAsync(Member);
        await factory.BookAsync(session.Id, member.Id);
        var anonymous = factory.CreateBrowserClient();
        var outsider = await factory.SignInAsync(Submitter);
        var booked = await factory.SignInAsync(Member);

        var anonymousPage = (await anonymous.GetDocumentAsync($"/training/courses/{session.CourseId}")).Text();
        var outsiderPage = (await outsider.GetDocumentAsync($"/training/courses/{session.CourseId}")).Text();
        var bookedPage = (await booked.GetDocumentAsync($"/training/courses/{session.CourseId}")).Text();

        Assert.DoesNotContain(recording.Title, anonymousPage);
        Assert.DoesNotContain(forum.Title, anonymousPage);
        Assert.DoesNotContain(recording.Title, outsiderPage);
        Assert.Contains(forum.Title, outsiderPage);
        Assert.Contains(recording.Title, bookedPage);
        Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.GetAsync($"/training/materials/{recording.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.GetAsync($"/training/materials/{forum.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/training/materials/{recording.Id}")).StatusCode);
        var opened = await booked.GetAsync($"/training/materials/{recording.Id}");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("https://video.example/recording", opened.Headers.Location?.ToString());
        Assert.True(await factory.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.Entity == nameof(CourseMaterial) && a.EntityKey == recording.Id.ToString() && a.Action == AuditAction.Refused)));
    }

    [Fact]
    public async Task Editing_a_material_changes_who_can_see_it_and_a_stale_edit_is_explained()
    {
        var session = await factory.SessionAsync();
        var link = await AddAsync(session.CourseId, MaterialKind.Link, MaterialVisibility.Everyone, "https://reading.example/list");
        var client = await factory.SignInAsync(Educator);
        var form = await client.GetDocumentAsync($"/training/materials/{link.Id}/edit");

        var saved = await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.Title"] = "Reading list", ["Input.Visibility"] = "SignedIn" });
        var stale = await PageOfAsync(await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.Title"] = "Old reading list" }));
        var badUrl = await PageOfAsync(await client.SubmitFormAsync(await client.GetDocumentAsync($"/training/materials/{link.Id}/edit"), new Dictionary<string, string> { ["Input.Url"] = "javascript:alert(1)" }));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Someone else saved changes to this material", stale.ErrorSummary());
        Assert.Contains("Title is now saved as “Reading list”; you entered “Old reading list”", stale.FieldError("Input_Title"));
        Assert.Contains("starting https:// or http://", badUrl.FieldError("Input_Url"));
        var now = await factory.WithDbAsync(db => db.Set<CourseMaterial>().AsNoTracking().SingleAsync(m => m.Id == link.Id));
        Assert.Equal(("Reading list", MaterialVisibility.SignedIn, "https://reading.example/list"), (now.Title, now.Visibility, now.Url));
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateBrowserClient().GetAsync($"/training/materials/{link.Id}")).StatusCode);
    }

    [Fact]
    public async Task Removing_a_file_material_asks_first_then_deletes_it_and_its_file_record()
    {
        var session = await factory.SessionAsync();
        var client = await factory.SignInAsync(Educator);
        await client.SubmitMultipartAsync(await client.GetDocumentAsync($"/training/courses/{session.CourseId}/materials"), Fields("File", "Slides"), new Upload("Input.File", "slides.pdf", Pdf, "application/pdf"));
        var material = await factory.WithDbAsync(db => db.Set<CourseMaterial>().AsNoTracking().SingleAsync(m => m.CourseId == session.CourseId));
        var confirm = await client.GetDocumentAsync($"/training/materials/{material.Id}/delete");

        var removed = await client.SubmitFormAsync(confirm, new Dictionary<string, string>());

        Assert.Contains("Remove the material \"Slides\"?", confirm.QuerySelector("h1")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Set<CourseMaterial>().AnyAsync(m => m.Id == material.Id)));
        Assert.False(await factory.WithDbAsync(db => db.Set<StoredFile>().AnyAsync(f => f.Id == material.FileId)));
        Assert.True(await factory.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.Entity == nameof(CourseMaterial) && a.EntityKey == material.Id.ToString() && a.Action == AuditAction.Delete)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/training/materials/{material.Id}")).StatusCode);
    }

    [Fact]
    public async Task Members_who_do_not_run_the_programme_cannot_manage_materials()
    {
        var session = await factory.SessionAsync();
        var link = await AddAsync(session.CourseId, MaterialKind.Link, MaterialVisibility.Everyone, "https://reading.example/list");
        var member = await factory.SignInAsync(Member);

        foreach (var url in new[] { $"/training/courses/{session.CourseId}/materials", $"/training/materials/{link.Id}/edit", $"/training/materials/{link.Id}/delete" })
        {
            Assert.True(Refused(await member.GetAsync(url)), url);
        }

        Assert.True(Refused(await member.PostAsync($"/training/materials/{link.Id}/delete", new FormUrlEncodedContent([]))));
        Assert.True(await factory.WithDbAsync(db => db.Set<CourseMaterial>().AnyAsync(m => m.Id == link.Id)));
    }
}

public sealed class SqliteMaterialTests(McnHubFactory factory) : MaterialTests(factory), IClassFixture<McnHubFactory>;

public sealed class PostgresMaterialTests(PostgresMcnHubFactory factory) : MaterialTests(factory), IClassFixture<PostgresMcnHubFactory>;
