using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace McnHub.BrowserTests.Support;

/// <summary>
/// Full-page PNGs kept as test artefacts: one per step, named "&lt;test&gt;-&lt;step&gt;.png", in MCNHUB_SCREENSHOTS
/// (scripts/test points it into its results folder and copies them to artifacts/screenshots) or else
/// in "screenshots" beside the test assembly.
/// </summary>
public static partial class Screenshots
{
    public const string FolderVariable = "MCNHUB_SCREENSHOTS";

    public static string Folder { get; } =
        Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<string> SaveAsync(IPage page, string test, string step)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{Slug(test)}-{Slug(step)}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>A file-name-safe form of a test or step name ("/organisations/new" → "organisations-new").</summary>
    public static string Slug(string text)
    {
        var slug = NotFileSafe().Replace(text, "-").Trim('-').ToLowerInvariant();
        return slug.Length == 0 ? "root" : slug;
    }

    [GeneratedRegex("[^A-Za-z0-9_]+")]
    private static partial Regex NotFileSafe();
}
