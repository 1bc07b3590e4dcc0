using McnHub.Features.Guidelines.Documents;
using McnHub.Platform.Data;
using McnHub.Platform.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Guidelines.Library;

/// <summary>One version, text and file; the file is served as a download (never inline) to those who may see the version.</summary>
public sealed class VersionModel(AppDbContext db, FileStore files) : PageModel
{
    public GuidelineDocument Document { get; private set; } = null!;

    public GuidelineVersion Shown { get; private set; } = null!;

    public string BodyHtml { get; private set; } = "";

    public int? Previous { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int number, CancellationToken ct)
    {
        if (await FindAsync(id, number, ct) is { } problem)
        {
            return problem;
        }

        BodyHtml = SafeMarkdown.ToHtml(Shown.Body);
        Previous = Document.Versions.Where(v => v.Number < number && GuidelineAccess.CanSee(User, Document, v)).Select(v => (int?)v.Number).Max();
        return Page();
    }

    public async Task<IActionResult> OnGetFileAsync(int id, int number, CancellationToken ct)
    {
        if (await FindAsync(id, number, ct) is { } problem)
        {
            return problem;
        }

        if (Shown.File is null || !System.IO.File.Exists(files.PathOf(Shown.File.Id)))
        {
            return NotFound();
        }

        return File(files.OpenRead(Shown.File.Id), Shown.File.ContentType, Shown.File.FileName);
    }

    private async Task<IActionResult?> FindAsync(int id, int number, CancellationToken ct)
    {
        var document = await GuidelineLoader.LoadAsync(db, id, ct);
        var version = document?.Versions.FirstOrDefault(v => v.Number == number);
        if (document is null || version is null)
        {
            return NotFound();
        }

        if (!GuidelineAccess.CanSee(User, document, version))
        {
            return GuidelineAccess.Hidden(User, document, version);
        }

        Document = document;
        Shown = version;
        return null;
    }
}
