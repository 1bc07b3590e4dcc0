using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using McnHub.Platform.Files;
using McnHub.Platform.Pdf;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace McnHub.Features.Training.Demo;

/// <summary>
/// A one-page PDF handout on each demo course, stored through <see cref="FileStore"/> like an upload (so the file
/// checks and the files folder are the real ones). The links and recordings come with the courses (DemoTraining).
/// Call after <see cref="DemoTraining.SeedAsync"/>; guarded by any file material existing.
/// </summary>
public static class DemoTrainingMaterials
{
    public static async Task SeedAsync(AppDbContext db, FileStore files, CancellationToken ct = default)
    {
        if (await db.Set<CourseMaterial>().AnyAsync(m => m.Kind == MaterialKind.File, ct))
        {
            return;
        }

        var courses = await db.Set<Course>().Include(c => c.Materials).OrderBy(c => c.Id).ToListAsync(ct);
        foreach (var course in courses)
        {
            var pdf = Render(course);
            var upload = new FormFile(new MemoryStream(pdf), 0, pdf.Length, "file", $"handout-{course.Id}.pdf") { Headers = new HeaderDictionary(), ContentType = "application/pdf" };
            course.Materials.Add(new CourseMaterial
            {
                Kind = MaterialKind.File, Title = "Course handout", File = await files.SaveAsync(upload, ct),
                Description = "Aims, outline and key references, to keep after the course.",
                Visibility = MaterialVisibility.Everyone, Order = course.Materials.Count == 0 ? 1 : course.Materials.Max(m => m.Order) + 1,
            });
        }

        await db.SaveChangesAsync(ct);
    }

    private static byte[] Render(Course course)
    {
        PdfFonts.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = $"{course.Title}: handout";
        var page = document.AddPage();
        using (var g = XGraphics.FromPdfPage(page))
        {
            var heading = new XFont(PdfFonts.Family, 16, XFontStyleEx.Bold);
            var body = new XFont(PdfFonts.Family, 11, XFontStyleEx.Regular);
            g.DrawString(course.Title, heading, XBrushes.Black, new XPoint(56, 80));
            g.DrawString($"Course handout. {course.CpdHours:0.#} CPD hours.", body, XBrushes.Black, new XPoint(56, 110));
            var text = course.Description.Length > 90 ? course.Description[..90] + "…" : course.Description;
            g.DrawString(text, body, XBrushes.Black, new XPoint(56, 140));
            g.DrawString("A demonstration handout of the Riverlands Children's Palliative Care Network.", body, XBrushes.Gray, new XPoint(56, 170));
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }
}
