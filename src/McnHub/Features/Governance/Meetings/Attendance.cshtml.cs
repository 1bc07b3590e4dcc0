using McnHub.Features.Governance.Groups;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Meetings;

public sealed class AttendanceInput
{
    public int? PersonId { get; set; }

    public AttendanceStatus Status { get; set; } = AttendanceStatus.Present;

    public int? DeputisingForPersonId { get; set; }

    public bool AsGuest { get; set; }
}

/// <summary>
/// Records who was invited, accepted, came or sent apologies (one record per person; recording again updates it).
/// Someone who is not on the group comes as a guest (never counted) or as a deputy for a member (counted for them).
/// </summary>
public sealed class AttendanceModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public AttendanceInput Input { get; set; } = new();

    public MeetingView View { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> PersonItems { get; private set; } = [];

    public IReadOnlyList<SelectListItem> MemberItems { get; private set; } = [];

    public static readonly IEnumerable<SelectListItem> StatusItems =
        Enum.GetValues<AttendanceStatus>().Select(s => new SelectListItem(MeetingView.Describe(s), s.ToString()));

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    /// <summary>Invites every current member not yet on the list.</summary>
    public async Task<IActionResult> OnPostInviteAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        var listed = View.Attendance.Select(a => a.PersonId).ToHashSet();
        var added = View.MemberIds.Where(p => !listed.Contains(p)).ToList();
        db.AddRange(added.Select(p => new Attendance { MeetingId = id, PersonId = p, Status = AttendanceStatus.Invited }));
        await db.SaveChangesAsync(ct);
        TempData["Success"] = added.Count == 0 ? "Every member is already on the list" : $"{added.Count} {(added.Count == 1 ? "member has" : "members have")} been invited";
        return Redirect($"/governance/meetings/{id}/attendance");
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        var person = Input.PersonId is { } pid ? await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid, ct) : null;
        if (person is null)
        {
            ModelState.AddModelError("Input.PersonId", "Select a person from the list");
            return Page();
        }

        var isMember = View.MemberIds.Contains(person.Id);
        if (Input.DeputisingForPersonId is { } forId)
        {
            if (forId == person.Id)
            {
                ModelState.AddModelError("Input.DeputisingForPersonId", "Someone cannot deputise for themselves");
            }
            else if (!View.MemberIds.Contains(forId))
            {
                ModelState.AddModelError("Input.DeputisingForPersonId", "A deputy stands in for a member of the group: select one from the list");
            }
            else if (Input.AsGuest)
            {
                ModelState.AddModelError("Input.DeputisingForPersonId", "A deputy is not a guest: they count for the member they stand in for");
            }
        }
        else if (!isMember && !Input.AsGuest)
        {
            ModelState.AddModelError("Input.PersonId", $"{person.FullName} is not a member of {View.Group.Name}: add them as a guest, or say which member they deputise for");
        }
        else if (isMember && Input.AsGuest)
        {
            ModelState.AddModelError("Input.PersonId", $"{person.FullName} is a member of {View.Group.Name}, so cannot be a guest");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var record = await db.Set<Attendance>().FirstOrDefaultAsync(a => a.MeetingId == id && a.PersonId == person.Id, ct);
        if (record is null)
        {
            record = new Attendance { MeetingId = id, PersonId = person.Id };
            db.Add(record);
        }

        record.Status = Input.Status;
        record.DeputisingForPersonId = Input.DeputisingForPersonId;
        record.IsGuest = Input.AsGuest;
        await db.SaveChangesAsync(ct);
        TempData["Success"] = $"{person.FullName}: {MeetingView.Describe(Input.Status).ToLowerInvariant()}{(Input.AsGuest ? " (guest)" : "")}";
        return Redirect($"/governance/meetings/{id}/attendance");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int attendanceId, CancellationToken ct)
    {
        ModelState.Clear();
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        var record = await db.Set<Attendance>().FirstOrDefaultAsync(a => a.Id == attendanceId && a.MeetingId == id, ct);
        if (record is null)
        {
            return NotFound();
        }

        db.Remove(record);
        await db.SaveChangesAsync(ct);
        return Redirect($"/governance/meetings/{id}/attendance");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var view = await MeetingView.LoadAsync(db, User, id, GroupClock.Today(clock), clock.GetUtcNow().UtcDateTime, ct);
        if (view is null)
        {
            return NotFound();
        }

        if (!view.CanEdit)
        {
            return await MeetingRefusal.RefuseAsync(db, nameof(Meeting), id, "Tried to record attendance at a meeting of a group they do not chair or clerk", ct);
        }

        View = view;
        var people = await db.Set<Person>().AsNoTracking().Where(p => p.Active).OrderBy(p => p.FullName).Select(p => new { p.Id, p.FullName }).ToListAsync(ct);
        PersonItems = people.Select(p => new SelectListItem(p.FullName + (view.MemberIds.Contains(p.Id) ? "" : " (not a member)"), p.Id.ToString())).ToList();
        MemberItems = people.Where(p => view.MemberIds.Contains(p.Id)).Select(p => new SelectListItem(p.FullName, p.Id.ToString())).ToList();
        return null;
    }
}
