using McnHub.Platform.Pdf;
using System.Globalization;
using McnHub.Platform.Data;
using McnHub.Platform.Files;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace McnHub.Features.Governance.Meetings;

/// <summary>
/// Demo papers: a one-page PDF on the main item of every held meeting and of the next meeting of each group, stored
/// through <see cref="FileStore"/> like an upload (so the file checks and the files folder are the real ones).
/// </summary>
public static class DemoGovernancePapers
{
    public static async Task SeedAsync(AppDbContext db, FileStore files, DateOnly today, CancellationToken ct = default)
    {
        if (await db.Set<AgendaPaper>().AnyAsync(ct))
        {
            return;
        }

        var items = await db.Set<AgendaItem>()
            .Where(i => i.Order == 3)
            .Select(i => new { Item = i, i.Meeting!.StartsAt, Group = i.Meeting.Group!.Name })
            .ToListAsync(ct);
        var cutoff = today.AddDays(45).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        foreach (var x in items.Where(x => x.StartsAt < cutoff))
        {
            var title = $"{x.Item.Title}: paper";
            var when = UkTimeText(x.StartsAt);
            var pdf = Render(title, $"{x.Group}, meeting of {when}", x.Item.Title);
            var upload = new FormFile(new MemoryStream(pdf), 0, pdf.Length, "file", $"paper-{x.Item.Id}.pdf") { Headers = new HeaderDictionary(), ContentType = "application/pdf" };
            var file = await files.SaveAsync(upload, ct);
            x.Item.Papers.Add(new AgendaPaper { Title = title, File = file });
        }

        await db.SaveChangesAsync(ct);
    }

    private static string UkTimeText(DateTime utc) =>
        Account.UkTime.FromUtc(utc).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    private static byte[] Render(string title, string subtitle, string topic)
    {
        PdfFonts.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = title;
        var page = document.AddPage();
        using (var g = XGraphics.FromPdfPage(page))
        {
            var heading = new XFont(PdfFonts.Family, 16, XFontStyleEx.Bold);
            var body = new XFont(PdfFonts.Family, 11, XFontStyleEx.Regular);
            g.DrawString(title, heading, XBrushes.Black, new XPoint(56, 80));
            g.DrawString(subtitle, body, XBrushes.Black, new XPoint(56, 110));
            g.DrawString($"For the item \"{topic}\": background, options and a recommendation.", body, XBrushes.Black, new XPoint(56, 140));
            g.DrawString("A demonstration paper of the Riverlands Children's Palliative Care Network.", body, XBrushes.Gray, new XPoint(56, 170));
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }
}
