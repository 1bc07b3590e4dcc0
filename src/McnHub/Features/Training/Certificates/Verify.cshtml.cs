using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Training.Certificates;

/// <summary>
/// The public check of a certificate. The answer for any code that is not a live certificate is the same page,
/// status and wording (forged, mistyped, cancelled or revoked alike), so nothing can be learnt by trying codes.
/// </summary>
public sealed class VerifyModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public bool Checked { get; private set; }

    public CertificateRecord? Record { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Code))
        {
            Checked = true;
            Record = await CertificateRecord.FindAsync(db, Code, ct);
        }
    }
}
