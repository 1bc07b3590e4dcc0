using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Standards.Acp;

/// <summary>An organisation records its adoption of the regional advance care plan: its leads or the co-ordinator.</summary>
public sealed class EditModel(AppDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    [BindProperty]
    public AcpInput Input { get; set; } = new();

    public string OrganisationName { get; private set; } = "";

    public IReadOnlyList<Choice> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int orgId, CancellationToken ct)
    {
        var stop = await LoadAsync(orgId, "Viewing advance care plan adoption", ct);
        if (stop is not null)
        {
            return stop;
        }

        Input = AcpInput.From(await RecordAsync(orgId, ct));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int orgId, CancellationToken ct)
    {
        var stop = await LoadAsync(orgId, "Recording advance care plan adoption", ct);
        if (stop is not null)
        {
            return stop;
        }

        Input.Validate(ModelState, People, UkDates.Today(clock));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var record = await RecordAsync(orgId, ct);
        if (record is not null && (Input.RecordId != record.Id || Input.Version != record.Version))
        {
            return Stale(record);
        }

        record ??= db.Set<AcpAdoption>().Add(new AcpAdoption { OrganisationId = orgId }).Entity;
        if (record.Id != 0)
        {
            db.Entry(record).Property(a => a.Version).OriginalValue = Input.Version;
        }

        Input.ApplyTo(record);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var current = await RecordAsync(orgId, ct);
            if (current is null)
            {
                throw;
            }

            return Stale(current);
        }

        TempData["Success"] = $"Advance care plan adoption for {OrganisationName} has been saved";
        return Redirect($"/standards/acp/{orgId}/edit");
    }

    private IActionResult Stale(AcpAdoption saved)
    {
        StaleEdit.Report(ModelState, "record", Input.Compare(saved, People));
        StaleEdit.TakeVersion(ModelState, "Input.Version");
        StaleEdit.TakeVersion(ModelState, "Input.RecordId");
        Input.Version = saved.Version;
        Input.RecordId = saved.Id;
        return Page();
    }

    private Task<AcpAdoption?> RecordAsync(int orgId, CancellationToken ct) =>
        db.Set<AcpAdoption>().FirstOrDefaultAsync(a => a.OrganisationId == orgId, ct);

    private async Task<IActionResult?> LoadAsync(int orgId, string what, CancellationToken ct)
    {
        if (!await StandardsAccess.CheckAsync(db, authorization, User, orgId, nameof(AcpAdoption), what, ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var name = await db.Set<Organisation>().AsNoTracking().Where(o => o.Id == orgId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            return NotFound();
        }

        OrganisationName = name;

        // The named lead is someone of the organisation (any current affiliation).
        People = await db.Set<Person>().AsNoTracking()
            .Where(p => p.Active && p.Affiliations.Any(a => a.OrganisationId == orgId))
            .OrderBy(p => p.FullName)
            .Select(p => new Choice(p.Id, p.FullName))
            .ToListAsync(ct);
        return null;
    }
}
