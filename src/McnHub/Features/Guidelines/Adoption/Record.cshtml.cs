using System.Globalization;
using McnHub.Features.Guidelines.Documents;
using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Platform.Audit;
using McnHub.Platform.Authorization;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Guidelines.Adoption;

/// <summary>
/// An organisation records its position on an approved document: the co-ordinator for any organisation, a lead only
/// for their own (another's is refused with 403 and audited, as organisation and service edits are).
/// </summary>
public sealed class RecordModel(AppDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    [BindProperty]
    public AdoptionStatus? Status { get; set; }

    [BindProperty]
    public DateOnly? RecordedOn { get; set; }

    [BindProperty]
    public string? LocalLead { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public GuidelineDocument Document { get; private set; } = null!;

    public Organisation Organisation { get; private set; } = null!;

    public AdoptionRecord? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int organisationId, CancellationToken ct)
    {
        if (await LoadAsync(id, organisationId, ct) is { } problem)
        {
            return problem;
        }

        Status = Current?.Status;
        LocalLead = Current?.LocalLead;
        Note = Current?.Note;
        RecordedOn = UkDates.Today(clock);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int organisationId, CancellationToken ct)
    {
        if (await LoadAsync(id, organisationId, ct) is { } problem)
        {
            return problem;
        }

        BindingErrors.Reword(ModelState, nameof(Status), "Choose the status from the list");
        BindingErrors.Reword(ModelState, nameof(RecordedOn), "The date must be a real date");
        if (Status is null && ModelState.GetFieldValidationState(nameof(Status)) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError(nameof(Status), "Choose the status");
        }
        else if (Status is { } s && !Enum.IsDefined(s))
        {
            ModelState.AddModelError(nameof(Status), "Choose the status from the list");
        }

        if (RecordedOn is null && ModelState.GetFieldValidationState(nameof(RecordedOn)) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError(nameof(RecordedOn), "Enter the date");
        }
        else if (RecordedOn > UkDates.Today(clock))
        {
            ModelState.AddModelError(nameof(RecordedOn), "The date must be today or in the past");
        }

        if (LocalLead?.Length > 150)
        {
            ModelState.AddModelError(nameof(LocalLead), "The local lead must be 150 characters or fewer");
        }

        if (Note?.Length > 2000)
        {
            ModelState.AddModelError(nameof(Note), "The note must be 2,000 characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Add(new AdoptionRecord
        {
            DocumentId = id,
            OrganisationId = organisationId,
            Status = Status!.Value,
            RecordedOn = RecordedOn!.Value,
            LocalLead = string.IsNullOrWhiteSpace(LocalLead) ? null : LocalLead.Trim(),
            Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(),
            RecordedBy = GuidelineAccess.DisplayName(User),
        });
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"Adoption recorded for {Organisation.Name}";
        return Redirect($"/guidelines/{id}/adoption");
    }

    private async Task<IActionResult?> LoadAsync(int id, int organisationId, CancellationToken ct)
    {
        var document = await db.Set<GuidelineDocument>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        var organisation = await db.Set<Organisation>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, ct);
        if (document is null || organisation is null || document.Status != DocumentStatus.Approved)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, new OrganisationScope(organisationId), OrganisationOperations.Edit)).Succeeded)
        {
            await db.RecordRefusalAsync(nameof(AdoptionRecord), string.Create(CultureInfo.InvariantCulture, $"{id}/{organisationId}"),
                $"Not a lead of {organisation.Name} (organisation {organisationId}): may not record its adoption of guideline {id}", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Document = document;
        Organisation = organisation;
        Current = await db.Set<AdoptionRecord>().AsNoTracking().Where(r => r.DocumentId == id && r.OrganisationId == organisationId)
            .OrderByDescending(r => r.RecordedOn).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        return null;
    }
}
