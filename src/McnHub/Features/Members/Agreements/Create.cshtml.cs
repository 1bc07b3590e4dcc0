using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using McnHub.Platform.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace McnHub.Features.Members.Agreements;

/// <summary>See <see cref="AgreementForm.RequestLimit"/>.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = AgreementForm.RequestLimit)]
[RequestSizeLimit(AgreementForm.RequestLimit)]
public sealed class CreateModel(AppDbContext db, FileStore files) : PageModel, IAgreementFormPage
{
    [BindProperty]
    public AgreementInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Document { get; set; }

    public IReadOnlyList<Choice> Organisations { get; private set; } = [];

    public StoredFile? CurrentDocument => null;

    public int? AgreementId => null;

    public long MaxUploadBytes => files.MaxBytes;

    public async Task OnGetAsync(int? organisationId, CancellationToken ct)
    {
        Input.OrganisationId = organisationId;
        Organisations = await PeopleQuery.OrganisationChoicesAsync(db, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await AgreementForm.ValidateAsync(db, Input, ModelState, ct);
        var stored = await AgreementForm.TakeUploadAsync(files, Document, ModelState, ct);
        if (!ModelState.IsValid)
        {
            AgreementForm.Discard(db, files, stored, Document, ModelState);
            Organisations = await PeopleQuery.OrganisationChoicesAsync(db, ct);
            return Page();
        }

        var agreement = new Agreement { DocumentId = stored?.Id };
        Input.ApplyTo(agreement);
        db.Add(agreement);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            if (stored is not null)
            {
                AgreementForm.DeleteBytes(files, stored.Id);
            }

            throw;
        }

        TempData["Success"] = $"The {AgreementRules.Describe(agreement.Kind).ToLowerInvariant()} has been added";
        return Redirect("/agreements");
    }
}
