using PdfSharp.Fonts;

namespace McnHub.Platform.Pdf;

/// <summary>
/// PDFsharp on Linux has no system font lookup, so it is given DejaVu Sans (regular and bold) from the machine's
/// fonts — Debian's fonts-dejavu-core, free licence (Bitstream Vera derivative) — which covers the accents, dashes
/// and "£" the reports and certificates use. PDFsharp takes one resolver per process: every PDF McnHub writes (reports,
/// certificates, demo papers) calls <see cref="EnsureRegistered"/> and uses <see cref="Family"/>.
/// </summary>
public sealed class PdfFonts : IFontResolver
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

    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new PdfFonts();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

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

        throw new FileNotFoundException($"The font {faceName}.ttf was not found; install fonts-dejavu-core (Debian/Ubuntu) for PDF reports.");
    }
}
