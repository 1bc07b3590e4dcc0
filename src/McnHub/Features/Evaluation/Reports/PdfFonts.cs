using PdfSharp.Fonts;

namespace McnHub.Features.Evaluation.Reports;

/// <summary>
/// PDFsharp on Linux has no system font lookup, so it is given DejaVu Sans (regular and bold) from the machine's
/// fonts — Debian's fonts-dejavu-core, free licence (Bitstream Vera derivative) — which covers the accents, dashes
/// and "£" the reports use. PDFsharp takes one resolver per process: set once, here; any module needing fonts in a
/// PDF should use <see cref="Family"/>.
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private static readonly string[] Folders = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/TTF", "/usr/share/fonts/dejavu", "/Library/Fonts", @"C:\Windows\Fonts"];

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
