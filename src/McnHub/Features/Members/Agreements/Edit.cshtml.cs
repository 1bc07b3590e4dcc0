using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using McnHub.Platform.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.Agreements;

/// <summary>See <see cref="AgreementForm.RequestLimit"/>.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = AgreementForm.RequestLimit)]
[RequestSizeLimit(AgreementForm.RequestLimit)]
public sealed class EditModel(AppDbContext db, FileStore files) : PageModel, IAgreementFormPage
{
    [BindProperty]
    public AgreementInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Document { get; set; }

    public int? AgreementId { get; private set; }

    public string Heading { get; private set; } = "";

    public IReadOnlyList<Choice> Organisations { get; private set; } = [];

    public StoredFile? CurrentDocument { get; private set; }

    public long MaxUploadBytes => files.MaxBytes;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var agreement = await LoadAsync(id, ct);
        if (agreement is null)
        {
            return NotFound();
        }

        Input = AgreementInput.From(agreement);
        await ShowAsync(agreement, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var agreement = await LoadAsync(id, ct);
        if (agreement is null)
        {
            return NotFound();
        }

        await AgreementForm.ValidateAsync(db, Input, ModelState, ct);
        var stale = ModelState.IsValid && agreement.Version != Input.Version;
        var stored = ModelState.IsValid && !stale ? await AgreementForm.TakeUploadAsync(files, Document, ModelState, ct) : null;
        if (!ModelState.IsValid || stale)
        {
            AgreementForm.Discard(db, files, stored, Document, ModelState);
            return stale ? await StaleAsync(agreement, ct) : await ShowAsync(agreement, ct);
        }

        db.Entry(agreement).Property(a => a.Version).OriginalValue = Input.Version;
        Input.ApplyTo(agreement);
        var old = agreement.Document;
        if (stored is not null || Input.RemoveDocument)
        {
            agreement.DocumentId = stored?.Id;
            agreement.Document = stored;
            if (old is not null)
            {
                db.Remove(old);
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            if (stored is not null)
            {
                AgreementForm.DeleteBytes(files, stored.Id);
            }

            var current = await LoadAsync(id, ct);
            if (current is null)
            {
                return NotFound();
            }

            AgreementForm.Discard(db, files, null, Document, ModelState);
            return await StaleAsync(current, ct);
        }

        if (old is not null && old.Id != agreement.DocumentId)
        {
            AgreementForm.DeleteBytes(files, old.Id);
        }

        TempData["Success"] = $"Changes to the {AgreementRules.Describe(agreement.Kind).ToLowerInvariant()} have been saved";
        return Redirect("/agreements");
    }

    private async Task<IActionResult> StaleAsync(Agreement saved, CancellationToken ct)
    {
        await ShowAsync(saved, ct);
        StaleEdit.Report(ModelState, "agreement", Input.Compare(saved, Organisations));
        StaleEdit.TakeVersion(ModelState, "Input.Version");
        Input.Version = saved.Version;
        return Page();
    }

    private Task<Agreement?> LoadAsync(int id, CancellationToken ct) =>
        db.Set<Agreement>().Include(a => a.Organisation).Include(a => a.Document).FirstOrDefaultAsync(a => a.Id == id, ct);

    private async Task<IActionResult> ShowAsync(Agreement agreement, CancellationToken ct)
    {
        AgreementId = agreement.Id;
        Heading = $"{AgreementRules.Describe(agreement.Kind)}: {agreement.Organisation?.Name}";
        CurrentDocument = agreement.Document;
        Organisations = await PeopleQuery.OrganisationChoicesAsync(db, ct);
        return Page();
    }
}
