using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Meetings;

/// <summary>Asks, then deletes a conflict-of-interest declaration recorded by mistake (the audit log keeps it).</summary>
public sealed class DeleteConflictModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public ConflictDeclaration Conflict { get; private set; } = null!;

    public Meeting Meeting { get; private set; } = null!;

    public bool MinutesApproved { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        if (MinutesApproved)
        {
            ModelState.AddModelError("", AgendaRecordDeletion.MinutesApprovedMessage);
            return Page();
        }

        db.Remove(Conflict);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"The declaration by {Conflict.Person?.FullName} has been deleted";
        return Redirect($"/governance/meetings/{Meeting.Id}/agenda");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var conflict = await db.Set<ConflictDeclaration>().Include(c => c.Person).Include(c => c.AgendaItem!).ThenInclude(a => a.Meeting!).ThenInclude(m => m.Group)
            .FirstOrDefaultAsync(c => c.Id == id, ct);
        if (conflict?.AgendaItem?.Meeting is not { Group: not null } meeting)
        {
            return NotFound();
        }

        if (!await AgendaRecordDeletion.CanDeleteAsync(db, User, meeting.GroupId, clock, ct))
        {
            return await MeetingRefusal.RefuseAsync(db, nameof(ConflictDeclaration), id, $"Tried to delete a conflict of interest declared at {meeting.Group.Name} without chairing or clerking it", ct);
        }

        (Conflict, Meeting) = (conflict, meeting);
        MinutesApproved = await AgendaRecordDeletion.MinutesApprovedAsync(db, meeting.Id, ct);
        return null;
    }
}
