using McnHub.Features.Governance.Groups;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Meetings;

public sealed class EditModel(AppDbContext db, TimeProvider clock) : PageModel, IMeetingFormPage
{
    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    public Meeting Meeting { get; private set; } = null!;

    public bool Editing => true;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        Input = MeetingInput.From(Meeting);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        var times = await MeetingForm.ValidateAsync(db, Input, ModelState, Meeting.GroupId, id, ct);
        if (!ModelState.IsValid || times is not var (start, end))
        {
            return Page();
        }

        var meeting = await db.Set<Meeting>().FirstAsync(m => m.Id == id, ct);
        if (meeting.Version != Input.Version)
        {
            return Stale(meeting);
        }

        db.Entry(meeting).Property(m => m.Version).OriginalValue = Input.Version;
        MeetingForm.Apply(Input, meeting, start, end);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale(await db.Set<Meeting>().AsNoTracking().FirstAsync(m => m.Id == id, ct));
        }

        TempData["Success"] = $"Changes to {meeting.Title} have been saved";
        return Redirect($"/governance/meetings/{id}");
    }

    private PageResult Stale(Meeting saved)
    {
        var yours = Input;
        var theirs = MeetingInput.From(saved);
        StaleEdit.Report(ModelState, "meeting",
        [
            new("Input.Title", "Title", yours.Title, theirs.Title),
            new("Input.StartsAt", "Starts", yours.StartsAt, theirs.StartsAt),
            new("Input.EndsAt", "Ends", yours.EndsAt, theirs.EndsAt),
            new("Input.Place", "Place", yours.Place, theirs.Place),
            new("Input.VideoLink", "Video link", yours.VideoLink, theirs.VideoLink),
            new("Input.Cancelled", "Cancelled", yours.Cancelled ? "Yes" : "No", theirs.Cancelled ? "Yes" : "No"),
        ]);
        StaleEdit.TakeVersion(ModelState, "Input.Version");
        Input.Version = saved.Version;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var meeting = await db.Set<Meeting>().AsNoTracking().Include(m => m.Group).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null)
        {
            return NotFound();
        }

        Meeting = meeting;
        return await MeetingAccess.CanEditAsync(db, User, meeting.GroupId, GroupClock.Today(clock), ct)
            ? null
            : await MeetingRefusal.RefuseAsync(db, nameof(Meeting), id, "Tried to edit a meeting of a group they do not chair or clerk", ct);
    }
}
