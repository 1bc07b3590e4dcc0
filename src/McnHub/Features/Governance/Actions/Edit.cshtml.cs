using System.Globalization;
using McnHub.Features.Governance.Minutes;
using McnHub.Features.Members.People;
using McnHub.Platform.Audit;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Actions;

public sealed class EditModel(AppDbContext db) : ActionFormPage(db)
{
    public int ActionId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var action = await Db.Set<ActionItem>().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (action is null)
        {
            return NotFound();
        }

        if (await RefuseAsync(action, ct) is { } refused)
        {
            return refused;
        }

        ActionId = id;
        Input = ActionInput.From(action);
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var action = await Db.Set<ActionItem>().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (action is null)
        {
            return NotFound();
        }

        if (await RefuseAsync(action, ct) is { } refused)
        {
            return refused;
        }

        ActionId = id;
        await ActionForm.ValidateAsync(Db, User, Input, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return await ShowAsync(ct);
        }

        if (action.Version != Input.Version)
        {
            return await StaleAsync(action, ct);
        }

        Db.Entry(action).Property(a => a.Version).OriginalValue = Input.Version;
        Input.ApplyTo(action, UkDates.Today());
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            var current = await Db.Set<ActionItem>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
            return current is null ? NotFound() : await StaleAsync(current, ct);
        }

        TempData["Success"] = "Changes to the action have been saved";
        return Redirect($"/governance/actions/{id}");
    }

    private async Task<IActionResult> StaleAsync(ActionItem saved, CancellationToken ct)
    {
        await ShowAsync(ct);
        StaleEdit.Report(ModelState, "action", Input.Compare(saved, Choices));
        StaleEdit.TakeVersion(ModelState, "Input.Version");
        Input.Version = saved.Version;
        return Page();
    }

    private async Task<IActionResult?> RefuseAsync(ActionItem action, CancellationToken ct)
    {
        if (await GovernanceAccess.CanManageAsync(Db, User, action.GroupId, ct))
        {
            return null;
        }

        await Db.RecordRefusalAsync(nameof(ActionItem), action.Id.ToString(CultureInfo.InvariantCulture), "Tried to edit an action without being the co-ordinator or the chair or secretary of its group", ct);
        return StatusCode(StatusCodes.Status403Forbidden);
    }
}
