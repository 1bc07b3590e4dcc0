using System.Globalization;
using McnHub.Platform.Audit;
using McnHub.Platform.Authorization;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.Organisations;

/// <summary>
/// Edit an organisation: the co-ordinator (everything) or a lead of that organisation (everything but the
/// membership status and dates). A lead of another organisation is refused with 403 and the attempt audited.
/// </summary>
public sealed class EditModel(AppDbContext db, IAuthorizationService authorization) : PageModel, IOrganisationFormPage
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public IReadOnlyList<AreaOption> AreaOptions { get; private set; } = [];

    public bool CanEditMembership { get; private set; }

    public string? MembershipSummary { get; private set; }

    public string OrganisationName { get; private set; } = "";

    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var organisation = await db.Set<Organisation>().AsNoTracking().Include(o => o.AreasServed).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            return NotFound();
        }

        if (!await AllowedAsync(id))
        {
            return await RefuseAsync(id, ct);
        }

        await PrepareAsync(organisation, ct);
        Input = OrganisationInput.From(organisation, organisation.AreasServed.Select(a => a.AreaId));
        Input.Loaded = OrganisationConflicts.Serialise(Snapshot(organisation));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await db.Set<Organisation>().AnyAsync(o => o.Id == id, ct))
        {
            return NotFound();
        }

        if (!await AllowedAsync(id))
        {
            return await RefuseAsync(id, ct);
        }

        var organisation = await db.Set<Organisation>().Include(o => o.AreasServed).FirstAsync(o => o.Id == id, ct);
        await PrepareAsync(organisation, ct);
        if (CanEditMembership
            && OrganisationRules.TryParseStatus(Input.Status, out var status) && status != organisation.Status
            && Input.StatusSince == OrganisationInput.Iso(organisation.StatusSince))
        {
            // A new status with the old "since" date: the status began today (the hint on the form says so).
            Input.StatusSince = OrganisationInput.Iso(DateOnly.FromDateTime(DateTime.UtcNow));
            ModelState.SetModelValue($"{OrganisationForm.Prefix}.{nameof(Input.StatusSince)}", Input.StatusSince, Input.StatusSince);
        }

        var values = await OrganisationForm.ValidateAsync(db, Input, AreaOptions, ModelState, id, CanEditMembership, ct);
        if (values is null || !ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(organisation).Property(o => o.Version).OriginalValue = Input.Version;
        values.ApplyTo(organisation, CanEditMembership);
        if (OrganisationForm.SetAreas(organisation, Input.AreaIds))
        {
            // Areas live in their own table: mark the organisation changed so the version is checked and bumped.
            db.Entry(organisation).Property(o => o.Version).IsModified = true;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await ExplainConflictAsync(id, values, ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await OrganisationForm.ValidateAsync(db, Input, AreaOptions, ModelState, id, CanEditMembership, ct) is null)
            {
                return Page();
            }

            throw;
        }

        TempData["Success"] = $"Your changes to {organisation.Name} have been saved";
        return Redirect($"/organisations/{id}");
    }

    /// <summary>Someone saved first: say what they changed, field by field, keep what this user typed, and take the new version so saving again is deliberate.</summary>
    private async Task<IActionResult> ExplainConflictAsync(int id, OrganisationValues yours, CancellationToken ct)
    {
        var saved = await db.Set<Organisation>().AsNoTracking().Include(o => o.AreasServed).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (saved is null)
        {
            ModelState.AddModelError("", "Someone else has deleted this organisation while you were editing it, so your changes cannot be saved.");
            return Page();
        }

        var savedSnapshot = Snapshot(saved);
        var conflicts = OrganisationConflicts.Find(Input.Loaded, savedSnapshot, OrganisationConflicts.Snapshot(yours, AreaNames(Input.AreaIds.Distinct())), CanEditMembership);
        ModelState.AddModelError("", conflicts.Count == 0
            ? "Someone else saved this organisation while you were editing it, so your changes have not been saved yet. Their changes do not touch the fields you can edit here: select Save changes to save yours."
            : "Someone else changed this organisation while you were editing it, so your changes have not been saved. Check what they changed, below; to replace it with what you entered, select Save changes again.");
        foreach (var c in conflicts)
        {
            ModelState.AddModelError($"{OrganisationForm.Prefix}.{c.Field}", $"{c.Label}: someone else saved \"{Show(c.Saved)}\" (you entered \"{Show(c.Yours)}\")");
        }

        // The next save is checked against what is saved now.
        Input.Version = saved.Version;
        Input.Loaded = OrganisationConflicts.Serialise(savedSnapshot);
        MembershipSummary = Summarise(saved);
        return Page();

        static string Show(string? value) => string.IsNullOrEmpty(value) ? "(blank)" : value;
    }

    private Dictionary<string, string?> Snapshot(Organisation o) =>
        OrganisationConflicts.Snapshot(OrganisationConflicts.ValuesOf(o), AreaNames(o.AreasServed.Select(a => a.AreaId)));

    private IEnumerable<string> AreaNames(IEnumerable<int> ids) =>
        ids.Select(i => AreaOptions.FirstOrDefault(a => a.Id == i)?.Name ?? "?");

    private async Task PrepareAsync(Organisation organisation, CancellationToken ct)
    {
        Id = organisation.Id;
        OrganisationName = organisation.Name;
        AreaOptions = await OrganisationForm.AreasAsync(db, ct);
        CanEditMembership = (await authorization.AuthorizeAsync(User, Permissions.ManageOrganisations)).Succeeded;
        MembershipSummary = Summarise(organisation);
        if (!CanEditMembership)
        {
            // Whatever was posted, a lead's save keeps the saved membership.
            Input.Status = organisation.Status.ToString();
            Input.StatusSince = OrganisationInput.Iso(organisation.StatusSince);
            Input.JoinedOn = OrganisationInput.Iso(organisation.JoinedOn);
            Input.LeftOn = OrganisationInput.Iso(organisation.LeftOn);
        }
    }

    private static string Summarise(Organisation o) =>
        $"Status: {OrganisationRules.Describe(o.Status)} since {o.StatusSince.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}"
        + (o.JoinedOn is { } joined ? $". Joined {joined.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}" : "")
        + (o.LeftOn is { } left ? $". Left {left.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}" : "")
        + ".";

    private async Task<bool> AllowedAsync(int id) =>
        (await authorization.AuthorizeAsync(User, new OrganisationScope(id), OrganisationOperations.Edit)).Succeeded;

    private async Task<IActionResult> RefuseAsync(int id, CancellationToken ct)
    {
        var how = HttpMethods.IsPost(Request.Method) ? "save changes to" : "open the edit page of";
        await db.RecordRefusalAsync("Organisation", id.ToString(CultureInfo.InvariantCulture), $"Tried to {how} an organisation they do not lead", ct);
        return StatusCode(StatusCodes.Status403Forbidden);
    }
}
