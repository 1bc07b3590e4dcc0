using McnHub.Features.Governance.Groups;
using McnHub.Platform.Data;
using McnHub.Platform.Files;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Meetings;

/// <summary>Downloads an agenda paper; a private group's papers only for its members and the co-ordinator (refusals audited).</summary>
public sealed class PaperModel(AppDbContext db, FileStore files, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var paper = await db.Set<AgendaPaper>().AsNoTracking()
            .Include(p => p.File).Include(p => p.AgendaItem!).ThenInclude(a => a.Meeting!).ThenInclude(m => m.Group)
            .FirstOrDefaultAsync(p => p.Id == id, ct);
        if (paper?.AgendaItem?.Meeting?.Group is not { } group)
        {
            return NotFound();
        }

        if (!await MeetingAccess.CanSeePapersAsync(db, User, group, GroupClock.Today(clock), ct))
        {
            return await MeetingRefusal.RefuseAsync(db, nameof(AgendaPaper), id, $"Download of a paper of the private group {group.Name} refused: not a member or the co-ordinator", ct);
        }

        if (paper.File is not { } file || !System.IO.File.Exists(files.PathOf(file.Id)))
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return File(files.OpenRead(file.Id), file.ContentType, file.FileName);
    }
}
