using McnHub.Platform.Pdf;
using McnHub.Features.Training.Outcomes;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace McnHub.Features.Training.Certificates;

/// <summary>The certificate as a one-page A4 landscape PDF: the same words as the printable page, with the QR code.</summary>
public static class CertificatePdf
{
    public static byte[] Create(CertificateRecord record, string verifyUrl, string networkName)
    {
        PdfFonts.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = $"Certificate of attendance: {record.Person}, {record.Course}";
        document.Info.Author = networkName;
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        page.Orientation = PdfSharp.PageOrientation.Landscape;
        using (var g = XGraphics.FromPdfPage(page))
        {
            var width = page.Width.Point;
            var blue = new XSolidBrush(XColor.FromArgb(0, 94, 184));
            var black = XBrushes.Black;
            g.DrawRectangle(new XPen(XColor.FromArgb(0, 94, 184), 6), 24, 24, width - 48, page.Height.Point - 48);

            var y = 80.0;
            void Centre(string text, double size, bool bold, XBrush brush, double gap)
            {
                var font = new XFont(PdfFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
                g.DrawString(text, font, brush, new XRect(0, y, width, size * 1.4), XStringFormats.TopCenter);
                y += (size * 1.4) + gap;
            }

            Centre(networkName, 14, false, blue, 18);
            Centre("Certificate of attendance", 30, true, blue, 24);
            Centre("This is to certify that", 14, false, black, 8);
            Centre(record.Person, 24, true, black, 8);
            Centre("attended", 14, false, black, 8);
            Centre(record.Course, 20, true, black, 4);
            if (!string.IsNullOrWhiteSpace(record.SessionTitle) && record.SessionTitle != record.Course)
            {
                Centre(record.SessionTitle, 14, false, black, 4);
            }

            Centre($"on {OutcomeText.Date(record.StartsAt)}", 14, false, black, 4);
            Centre($"CPD hours: {OutcomeText.Hours(record.CpdHours)}", 14, true, black, 24);

            DrawQr(g, verifyUrl, 60, page.Height.Point - 190, 130);
            var small = new XFont(PdfFonts.Family, 10, XFontStyleEx.Regular);
            g.DrawString($"Verification code: {CertificateRecord.Readable(record.Code)}", small, black, 205, page.Height.Point - 110);
            g.DrawString($"Check it at {verifyUrl}", small, black, 205, page.Height.Point - 94);
        }

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    /// <summary>The QR code drawn as vector squares (crisp at any zoom; PDFsharp's image import rejects QRCoder's 1-bit PNG).</summary>
    private static void DrawQr(XGraphics g, string url, double x, double y, double size)
    {
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCoder.QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var cell = size / matrix.Count;
        for (var row = 0; row < matrix.Count; row++)
        {
            for (var column = 0; column < matrix[row].Count; column++)
            {
                if (matrix[row][column])
                {
                    g.DrawRectangle(XBrushes.Black, x + (column * cell), y + (row * cell), cell + 0.05, cell + 0.05);
                }
            }
        }
    }
}
