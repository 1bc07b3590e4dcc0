using McnHub.Features.Training.Certificates;

namespace McnHub.Tests.Features.Training.Outcomes;

public sealed class CertificatePdfTests
{
    [Fact]
    public void The_certificate_pdf_is_one_page_titled_for_the_person_and_course()
    {
        var record = new CertificateRecord("abcdefghjkmnpqrstuvwxyz2", "Ann Example", "Symptom management", null, new DateTime(2026, 3, 4, 9, 30, 0, DateTimeKind.Utc), 3.5m, DateTime.UtcNow);

        var pdf = CertificatePdf.Create(record, "http://localhost/certificates/verify/abcdefghjkmnpqrstuvwxyz2", "Riverlands");

        Assert.StartsWith("%PDF", System.Text.Encoding.Latin1.GetString(pdf[..8]));
        using var read = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(pdf), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        Assert.Equal(1, read.PageCount);
        Assert.Equal("Certificate of attendance: Ann Example, Symptom management", read.Info.Title);
    }
}
