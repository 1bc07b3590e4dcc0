using PdfSharp.Fonts;

namespace McnHub.Features.Training.Certificates;

/// <summary>
/// PDFsharp's cross-platform build has no fonts of its own: this resolver reads DejaVu Sans from the machine
/// (Debian/Ubuntu package fonts-dejavu-core; present on most Linux images, and needed on CI). The reports module
/// has its own; the lead will make one shared resolver.
/// </summary>
public sealed class CertificateFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private static readonly string[] Folders =
    [
        "/usr/share/fonts/truetype/dejavu",
        "/usr/share/fonts/dejavu",
        "/usr/share/fonts/TTF",
        "/usr/local/share/fonts",
        "/Library/Fonts",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.Windows), "Fonts"),
    ];

    private static readonly Lock Gate = new();

    /// <summary>Installs the resolver unless another is already in place (PDFsharp allows one per process).</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new CertificateFonts();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans", false, italic);

    public byte[]? GetFont(string faceName)
    {
        foreach (var folder in Folders)
        {
            var path = Path.Combine(folder, faceName + ".ttf");
            if (File.Exists(path))
            {
                return File.ReadAllBytes(path);
            }
        }

        throw new FileNotFoundException($"Font {faceName}.ttf not found: install the DejaVu fonts (e.g. apt-get install fonts-dejavu-core)");
    }
}
