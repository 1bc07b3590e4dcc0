using McnHub.Platform.Data;
using McnHub.Platform.Email;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Training.Certificates;

/// <summary>
/// The printable certificate. Public like the verification page: the unguessable code is the credential, and the
/// page shows nothing that page does not (name, course, date, CPD hours).
/// </summary>
public sealed class CertificateModel(AppDbContext db, IOptions<EmailOptions> email) : PageModel
{
    public CertificateRecord Record { get; private set; } = null!;

    public string VerifyUrl { get; private set; } = "";

    public string QrDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var record = await CertificateRecord.FindAsync(db, code, ct);
        if (record is null)
        {
            return NotFound();
        }

        Record = record;
        VerifyUrl = CertificateRecord.VerifyUrl(email.Value, record.Code);
        QrDataUri = CertificateQr.DataUri(VerifyUrl);
        return Page();
    }
}
