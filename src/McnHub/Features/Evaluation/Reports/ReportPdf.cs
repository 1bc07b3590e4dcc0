using McnHub.Platform.Pdf;
using McnHub.Platform.Export;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace McnHub.Features.Evaluation.Reports;

/// <summary>
/// A report as PDF (PDFsharp): A4 pages, headings, wrapped paragraphs and tables with their heading row repeated
/// on each page, and page numbers. Text only, so it reads well when printed and with a screen reader's PDF mode.
/// </summary>
public sealed class ReportPdf
{
    private const double Margin = 50;
    private readonly PdfDocument document = new();
    private readonly XFont title = new(PdfFonts.Family, 18, XFontStyleEx.Bold);
    private readonly XFont heading = new(PdfFonts.Family, 13, XFontStyleEx.Bold);
    private readonly XFont body = new(PdfFonts.Family, 10);
    private readonly XFont small = new(PdfFonts.Family, 8);
    private readonly XFont smallBold = new(PdfFonts.Family, 8, XFontStyleEx.Bold);
    private XGraphics? gfx;
    private PdfPage? page;
    private double y;

    private ReportPdf()
    {
    }

    private double Width => page!.Width.Point - (2 * Margin);

    private double Bottom => page!.Height.Point - Margin;

    public static byte[] Render(Report report)
    {
        PdfFonts.EnsureRegistered();
        var pdf = new ReportPdf();
        pdf.document.Info.Title = report.Title;
        pdf.document.Info.Author = report.NetworkName;
        pdf.NewPage();
        pdf.Text(report.NetworkName, pdf.body, 14);
        pdf.Text(report.Title, pdf.title, 28);
        foreach (var section in report.Sections)
        {
            pdf.Space(10);
            pdf.Text(section.Title, pdf.heading, 20);
            foreach (var paragraph in section.Paragraphs)
            {
                pdf.Text(paragraph, pdf.body, 14);
                pdf.Space(4);
            }

            foreach (var table in section.Tables)
            {
                pdf.Table(table);
            }
        }

        pdf.Finish();
        using var stream = new MemoryStream();
        pdf.document.Save(stream, false);
        return stream.ToArray();
    }

    private void NewPage()
    {
        gfx?.Dispose();
        page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        gfx = XGraphics.FromPdfPage(page);
        y = Margin;
    }

    private void Space(double points) => y += points;

    private void Text(string text, XFont font, double lineHeight)
    {
        foreach (var line in Wrap(text, font, Width))
        {
            if (y + lineHeight > Bottom)
            {
                NewPage();
            }

            gfx!.DrawString(line, font, XBrushes.Black, new XPoint(Margin, y + (lineHeight * 0.75)));
            y += lineHeight;
        }
    }

    private void Table(Table table)
    {
        var columns = table.Headings.Count;
        var widths = Enumerable.Repeat(Width / Math.Max(columns, 1), columns).ToArray();
        if (columns > 2)
        {
            // The first column (names) gets more room.
            widths[0] = Width * 0.34;
            for (var i = 1; i < columns; i++)
            {
                widths[i] = Width * 0.66 / (columns - 1);
            }
        }

        Space(4);
        Text(table.Name, smallBold, 12);
        Row(table.Headings.Cast<object?>().ToList(), widths, smallBold, true);
        foreach (var row in table.Rows)
        {
            if (!Row(row, widths, small, false))
            {
                Row(table.Headings.Cast<object?>().ToList(), widths, smallBold, true);
                Row(row, widths, small, false);
            }
        }

        Space(8);
    }

    /// <summary>Draws a row; false (having started a new page) when it did not fit, so the caller repeats the headings.</summary>
    private bool Row(IReadOnlyList<object?> cells, double[] widths, XFont font, bool isHeading)
    {
        const double line = 10;
        var wrapped = cells.Select((c, i) => Wrap(TabularExportText(c), font, widths[Math.Min(i, widths.Length - 1)] - 6)).ToList();
        var height = (wrapped.Count == 0 ? 1 : wrapped.Max(w => w.Count)) * line + 4;
        if (y + height > Bottom)
        {
            NewPage();
            if (!isHeading)
            {
                return false;
            }
        }

        var x = Margin;
        for (var i = 0; i < wrapped.Count && i < widths.Length; i++)
        {
            for (var l = 0; l < wrapped[i].Count; l++)
            {
                gfx!.DrawString(wrapped[i][l], font, XBrushes.Black, new XPoint(x + 3, y + 2 + (line * (l + 0.8))));
            }

            x += widths[i];
        }

        y += height;
        gfx!.DrawLine(isHeading ? XPens.Black : XPens.LightGray, Margin, y, Margin + Width, y);
        return true;
    }

    private static string TabularExportText(object? cell) => cell switch
    {
        null => "",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.GetCultureInfo("en-GB")),
        _ => cell.ToString() ?? "",
    };

    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var current = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && gfx!.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }

            lines.Add(current);
        }

        return lines;
    }

    private void Finish()
    {
        gfx?.Dispose();
        for (var i = 0; i < document.PageCount; i++)
        {
            using var g = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            g.DrawString($"Page {i + 1} of {document.PageCount}", small, XBrushes.Gray, new XPoint(Margin, document.Pages[i].Height.Point - 25));
        }
    }
}
