using System.ComponentModel.DataAnnotations;
using System.Globalization;
using McnHub.Features.Governance.Minutes;
using McnHub.Features.Members.People;
using McnHub.Platform.Audit;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Actions;

/// <summary>What the progress form posts.</summary>
public sealed class ProgressInput
{
    [Required(ErrorMessage = "Enter what has happened")]
    [StringLength(ActionRules.UpdateMaxLength, ErrorMessage = "The update must be 2,000 characters or fewer")]
    public string? Text { get; set; }

    public ActionStatus? NewStatus { get; set; }

    public int Version { get; set; }
}

/// <summary>An action with its progress updates; its owner and the co-ordinator add updates here.</summary>
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public ProgressInput Progress { get; set; } = new();

    public ActionItem Action { get; private set; } = null!;

    public DateOnly Today { get; } = UkDates.Today();

    public bool CanUpdate { get; private set; }

    public bool CanEdit { get; private set; }

    public IEnumerable<SelectListItem> NewStatusItems => ActionRules.StatusItems.Where(i => i.Value != Action.Status.ToString());

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }

        Progress.Version = Action.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } problem)
        {
            return problem;
        }

        if (!CanUpdate)
        {
            await db.RecordRefusalAsync(nameof(ActionItem), id.ToString(CultureInfo.InvariantCulture), "Tried to add a progress update to an action they do not own", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (Progress.Version != Action.Version)
        {
            ModelState.AddModelError("", "Someone else changed this action while you were writing your update. Nothing has been saved yet: check the action above, then add your update again.");
            ModelState.Remove("Progress.Version");
            Progress.Version = Action.Version;
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(Action).Property(a => a.Version).OriginalValue = Progress.Version;
        var by = User.Identity?.Name ?? "";
        Action.Updates.Add(new ActionUpdate { At = DateTime.UtcNow, By = by, Text = Progress.Text!.Trim(), NewStatus = Progress.NewStatus });
        if (Progress.NewStatus is { } status && status != Action.Status)
        {
            Action.CompletedOn = status == ActionStatus.Done ? Today : null;
            Action.Status = status;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            ModelState.AddModelError("", "Someone else changed this action while you were writing your update. Nothing has been saved yet: check the action above, then add your update again.");
            ModelState.Remove("Progress.Version");
            Progress.Version = Action.Version;
            return Page();
        }

        TempData["Success"] = "Your update has been added";
        return Redirect($"/governance/actions/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var action = await db.Set<ActionItem>()
            .Include(a => a.Owner).Include(a => a.Group).Include(a => a.SourceMeeting).Include(a => a.Decision)
            .Include(a => a.Updates.OrderByDescending(u => u.At))
            .FirstOrDefaultAsync(a => a.Id == id, ct);
        if (action is null)
        {
            return NotFound();
        }

        if (!await GovernanceAccess.CanReadGroupAsync(db, User, action.GroupId, ct))
        {
            await db.RecordRefusalAsync(nameof(ActionItem), id.ToString(CultureInfo.InvariantCulture), "Tried to read an action of a private group they are not a member of", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Action = action;
        CanUpdate = GovernanceAccess.IsCoordinator(User) || GovernanceAccess.PersonId(User) == action.OwnerPersonId;
        CanEdit = await GovernanceAccess.CanManageAsync(db, User, action.GroupId, ct);
        return null;
    }
}
