using System.ComponentModel.DataAnnotations;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Audit;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Returns;

/// <summary>The co-ordinator reopens a submitted or approved return, giving a reason the submitter will see.</summary>
public sealed class ReopenModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter why the return is being reopened")]
    [StringLength(2000, ErrorMessage = "The reason must be 2,000 characters or fewer")]
    public string? Reason { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public DataReturn Return { get; private set; } = null!;

    public string Heading { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Version = Return.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Return.Status is not (ReturnStatus.Submitted or ReturnStatus.Approved))
        {
            ModelState.AddModelError("", "Only a submitted or approved return can be reopened: this one is already open for editing.");
            await db.RecordRefusalAsync(nameof(DataReturn), id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Tried to reopen a return that is already open for editing", ct);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(Return).Property(r => r.Version).OriginalValue = Version;
        Return.Status = ReturnStatus.Reopened;
        Return.ReopenedAt = clock.GetUtcNow().UtcDateTime;
        Return.ReopenedBy = User.Identity?.Name;
        Return.ReopenReason = Reason!.Trim();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Someone else changed this return while you were reopening it. Check its status, then try again.");
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            Version = Return.Version;
            ModelState.Remove(nameof(Version));
            return Page();
        }

        TempData["Success"] = $"The return has been reopened: {Heading} can now be changed and submitted again";
        return Redirect(ReturnUrls.Entry(Return.OrganisationId, Return.DatasetId, Return.Period));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var r = await db.Set<DataReturn>().Include(x => x.Dataset).Include(x => x.Organisation).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (r is null)
        {
            return false;
        }

        Return = r;
        Heading = $"{r.Organisation!.Name}, {r.Period.Name}";
        return true;
    }
}
