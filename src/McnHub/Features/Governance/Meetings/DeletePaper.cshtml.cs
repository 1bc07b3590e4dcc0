using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Meetings;

/// <summary>Asks, then deletes an agenda paper (the record; the audit log keeps who did it and when).</summary>
public sealed class DeletePaperModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public AgendaPaper Paper { get; private set; } = null!;

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

        db.Remove(Paper);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"The paper \"{Paper.Title}\" has been deleted";
        return Redirect($"/governance/meetings/{Meeting.Id}/agenda");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var paper = await db.Set<AgendaPaper>().Include(p => p.File).Include(p => p.AgendaItem!).ThenInclude(a => a.Meeting!).ThenInclude(m => m.Group)
            .FirstOrDefaultAsync(p => p.Id == id, ct);
        if (paper?.AgendaItem?.Meeting is not { Group: not null } meeting)
        {
            return NotFound();
        }

        if (!await AgendaRecordDeletion.CanDeleteAsync(db, User, meeting.GroupId, clock, ct))
        {
            return await MeetingRefusal.RefuseAsync(db, nameof(AgendaPaper), id, $"Tried to delete a paper of {meeting.Group.Name} without chairing or clerking it", ct);
        }

        (Paper, Meeting) = (paper, meeting);
        MinutesApproved = await AgendaRecordDeletion.MinutesApprovedAsync(db, meeting.Id, ct);
        return null;
    }
}
