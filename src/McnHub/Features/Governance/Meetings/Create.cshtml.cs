using McnHub.Features.Governance.Groups;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Meetings;

/// <summary>Schedules a meeting of a group: the co-ordinator or the group's chair or secretary.</summary>
public sealed class CreateModel(AppDbContext db, TimeProvider clock) : PageModel, IMeetingFormPage
{
    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    public Group Group { get; private set; } = null!;

    public bool Editing => false;

    public async Task<IActionResult> OnGetAsync(int groupId, CancellationToken ct)
    {
        if (await LoadAsync(groupId, ct) is { } refused)
        {
            return refused;
        }

        Input.Title = $"{Group.Name} meeting";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int groupId, CancellationToken ct)
    {
        if (await LoadAsync(groupId, ct) is { } refused)
        {
            return refused;
        }

        var times = await MeetingForm.ValidateAsync(db, Input, ModelState, groupId, null, ct);
        if (!ModelState.IsValid || times is not var (start, end))
        {
            return Page();
        }

        var meeting = new Meeting { GroupId = groupId };
        MeetingForm.Apply(Input, meeting, start, end);
        db.Add(meeting);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"{meeting.Title} has been scheduled";
        return Redirect($"/governance/meetings/{meeting.Id}");
    }

    private async Task<IActionResult?> LoadAsync(int groupId, CancellationToken ct)
    {
        var group = await db.Set<Group>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null)
        {
            return NotFound();
        }

        Group = group;
        return await MeetingAccess.CanEditAsync(db, User, groupId, GroupClock.Today(clock), ct)
            ? null
            : await MeetingRefusal.RefuseAsync(db, nameof(Group), groupId, "Tried to schedule a meeting of a group they do not chair or clerk", ct);
    }
}
