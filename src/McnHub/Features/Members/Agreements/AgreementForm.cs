using System.ComponentModel.DataAnnotations;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using McnHub.Platform.Files;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.Agreements;

/// <summary>What the agreement forms post (the document comes separately, as a file).</summary>
public sealed class AgreementInput
{
    [Required(ErrorMessage = "Select the organisation that signed the agreement")]
    public int? OrganisationId { get; set; }

    [Required(ErrorMessage = "Select the kind of agreement")]
    public AgreementKind? Kind { get; set; }

    [Required(ErrorMessage = "Enter the date the agreement was signed")]
    public DateOnly? SignedOn { get; set; }

    [Required(ErrorMessage = "Enter the date the agreement is due for renewal")]
    public DateOnly? RenewalDue { get; set; }

    [StringLength(AgreementRules.SignatoriesMaxLength, ErrorMessage = "Signatories must be 500 characters or fewer")]
    public string? Signatories { get; set; }

    [StringLength(AgreementRules.NotesMaxLength, ErrorMessage = "Notes must be 2,000 characters or fewer")]
    public string? Notes { get; set; }

    /// <summary>Edit only: take the current document off the agreement.</summary>
    public bool RemoveDocument { get; set; }

    public int Version { get; set; }

    public static AgreementInput From(Agreement a) => new()
    {
        OrganisationId = a.OrganisationId,
        Kind = a.Kind,
        SignedOn = a.SignedOn,
        RenewalDue = a.RenewalDue,
        Signatories = a.Signatories,
        Notes = a.Notes,
        Version = a.Version,
    };

    public void ApplyTo(Agreement a)
    {
        a.OrganisationId = OrganisationId!.Value;
        a.Kind = Kind!.Value;
        a.SignedOn = SignedOn!.Value;
        a.RenewalDue = RenewalDue!.Value;
        a.Signatories = Blank(Signatories);
        a.Notes = Blank(Notes);
    }

    public IEnumerable<FieldValues> Compare(Agreement saved, IReadOnlyList<Choice> organisations) =>
    [
        new("Input.OrganisationId", "Organisation", organisations.FirstOrDefault(o => o.Id == OrganisationId)?.Name, organisations.FirstOrDefault(o => o.Id == saved.OrganisationId)?.Name),
        new("Input.Kind", "Kind", Kind is { } k ? AgreementRules.Describe(k) : null, AgreementRules.Describe(saved.Kind)),
        new("Input.SignedOn", "Signed date", UkDates.Format(SignedOn), UkDates.Format(saved.SignedOn)),
        new("Input.RenewalDue", "Renewal date", UkDates.Format(RenewalDue), UkDates.Format(saved.RenewalDue)),
        new("Input.Signatories", "Signatories", Signatories, saved.Signatories),
        new("Input.Notes", "Notes", Notes, saved.Notes),
    ];

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>
/// The agreement checks, and the document upload. An upload is checked (size, type, real content) by
/// <see cref="FileStore"/>; when it or any other field is refused, nothing is kept: no agreement, no file
/// record, no bytes on disk, and every other field keeps what the user typed.
/// </summary>
public static class AgreementForm
{
    public const string DocumentKey = "Document";

    /// <summary>
    /// The form may carry a file well over the store's limit, so that a big scan is refused with a message
    /// next to the field and the rest of the form kept, rather than the whole request being turned away.
    /// </summary>
    public const long RequestLimit = 50 * 1024 * 1024;

    public static async Task ValidateAsync(AppDbContext db, AgreementInput input, ModelStateDictionary state, CancellationToken ct)
    {
        BindingErrors.Reword(state, "Input.SignedOn", "Enter the signed date as a real date");
        BindingErrors.Reword(state, "Input.RenewalDue", "Enter the renewal date as a real date");
        if (input.SignedOn is { } signed && signed > UkDates.Today())
        {
            state.AddModelError("Input.SignedOn", "The signed date must be today or in the past");
        }

        if (input is { SignedOn: { } from, RenewalDue: { } due } && due <= from)
        {
            state.AddModelError("Input.RenewalDue", "The renewal date must be after the signed date");
        }

        if (input.OrganisationId is { } organisationId && !await db.Set<Organisations.Organisation>().AnyAsync(o => o.Id == organisationId, ct))
        {
            state.AddModelError("Input.OrganisationId", "Select an organisation from the list");
        }
    }

    /// <summary>Checks and stores the upload, if there is one; a refusal becomes the message next to the field.</summary>
    public static async Task<StoredFile?> TakeUploadAsync(FileStore files, IFormFile? upload, ModelStateDictionary state, CancellationToken ct)
    {
        if (upload is null)
        {
            return null;
        }

        try
        {
            return await files.SaveAsync(upload, ct);
        }
        catch (UploadRejectedException rejected)
        {
            state.AddModelError(DocumentKey, rejected.Message);
            return null;
        }
    }

    /// <summary>Undoes <see cref="TakeUploadAsync"/> when the form is not saved after all.</summary>
    public static void Discard(AppDbContext db, FileStore files, StoredFile? stored, IFormFile? upload, ModelStateDictionary state)
    {
        if (stored is not null)
        {
            db.Entry(stored).State = EntityState.Detached;
            DeleteBytes(files, stored.Id);
        }

        if (upload is not null && (!state.TryGetValue(DocumentKey, out var entry) || entry.Errors.Count == 0))
        {
            state.AddModelError(DocumentKey, $"Select the file again: {Path.GetFileName(upload.FileName)} was not kept because of the problems above");
        }
    }

    /// <summary>Removes a document's bytes once nothing refers to them; a file already gone is no loss.</summary>
    public static void DeleteBytes(FileStore files, Guid id)
    {
        try
        {
            File.Delete(files.PathOf(id));
        }
        catch (IOException)
        {
            // Left behind: harmless, since nothing refers to it and it is never served.
        }
    }
}
