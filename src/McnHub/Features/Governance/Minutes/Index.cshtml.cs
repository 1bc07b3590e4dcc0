using System.Globalization;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Members.People;
using McnHub.Platform.Audit;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.Minutes;

/// <summary>
/// The minutes of a meeting: drafted item by item (every save keeps a revision), circulated for comment, amended,
/// then approved at a later meeting of the group; approved minutes are read-only.
/// </summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int TextMaxLength = 20000;

    public const string ApprovedMessage = "These minutes have been approved and can no longer be changed.";

    [BindProperty]
    public List<MinuteTextInput> Texts { get; set; } = [];

    [BindProperty]
    public MinuteCommentInput Comment { get; set; } = new();

    [BindProperty]
    public ApprovalInput Approval { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public MinutesView View { get; private set; } = null!;

    public IEnumerable<SelectListItem> LaterMeetingItems { get; private set; } = [];

    public IEnumerable<SelectListItem> PresentPeopleItems { get; private set; } = [];

    /// <summary>Each later meeting at which the minutes could be approved, with its quorum by who was present.</summary>
    public IReadOnlyList<(string Meeting, QuorumResult Quorum)> LaterMeetingQuorums { get; private set; } = [];

    public IEnumerable<SelectListItem> AgendaItemChoices => View.Meeting.AgendaItems.Select(a => new SelectListItem($"{a.Order}. {a.Title}", a.Id.ToString(CultureInfo.InvariantCulture)));

    public string TextFor(int agendaItemId) =>
        Texts.FirstOrDefault(t => t.AgendaItemId == agendaItemId)?.Text
        ?? View.Minutes?.Items.FirstOrDefault(i => i.AgendaItemId == agendaItemId)?.Text ?? "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, track: false, ct) is { } refused)
        {
            return refused;
        }

        Version = View.Minutes?.Version ?? 0;
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct) => ChangeAsync(id, "save", (minutes, now) =>
    {
        var agenda = View.Meeting.AgendaItems.Select(a => a.Id).ToHashSet();
        foreach (var text in Texts.Where(t => agenda.Contains(t.AgendaItemId)))
        {
            var value = (text.Text ?? "").Trim();
            if (value.Length > TextMaxLength)
            {
                ModelState.AddModelError($"Texts[{Texts.IndexOf(text)}].Text", "The minutes of an item must be 20,000 characters or fewer");
                continue;
            }

            if (value.Length > 0 || minutes.Items.Any(i => i.AgendaItemId == text.AgendaItemId))
            {
                minutes.Write(text.AgendaItemId, value, User.Identity?.Name ?? "", now);
            }
        }

        return "The minutes have been saved";
    }, ct);

    public Task<IActionResult> OnPostCirculateAsync(int id, CancellationToken ct) => ChangeAsync(id, "circulate", (minutes, now) =>
    {
        minutes.Circulate(now);
        return "The minutes have been circulated for comment";
    }, ct);

    public Task<IActionResult> OnPostCommentAsync(int id, CancellationToken ct) => ChangeAsync(id, "comment", (minutes, now) =>
    {
        if (string.IsNullOrWhiteSpace(Comment.Text))
        {
            ModelState.AddModelError("Comment.Text", "Enter your comment");
            return "";
        }

        if (Comment.AgendaItemId is { } item && View.Meeting.AgendaItems.All(a => a.Id != item))
        {
            ModelState.AddModelError("Comment.AgendaItemId", "Select an agenda item from the list");
            return "";
        }

        if (GovernanceAccess.PersonId(User) is not { } personId)
        {
            ModelState.AddModelError("Comment.Text", "Your account is not linked to a person in the network's records, so your comment cannot be recorded");
            return "";
        }

        minutes.Comment(personId, Comment.AgendaItemId, Comment.Text.Trim(), now);
        return "Your comment has been added";
    }, ct);

    public async Task<IActionResult> OnPostApproveAsync(int id, CancellationToken ct)
    {
        Meeting? at = null;
        QuorumResult? quorum = null;
        if (Approval.MeetingId is { } atId)
        {
            at = await db.Set<Meeting>().Include(m => m.Attendance).FirstOrDefaultAsync(m => m.Id == atId, ct);
            if (at is not null)
            {
                // Minutes are approved at a meeting being held, so who is present there decides.
                quorum = await MeetingQuorum.CalculateAsync(db, at, QuorumBasis.Presence, ct);
            }
        }

        var quorate = quorum?.Quorate ?? true;

        return await ChangeAsync(id, "approve", (minutes, now) =>
        {
            if (at is null || at.GroupId != View.Meeting.GroupId || at.StartsAt <= View.Meeting.StartsAt)
            {
                ModelState.AddModelError("Approval.MeetingId", "Select a later meeting of this group, at which the minutes were approved");
            }
            else if (Approval.MovedByPersonId is not { } mover || !at.Attendance.Any(a => a.PersonId == mover && a.Status == AttendanceStatus.Present))
            {
                ModelState.AddModelError("Approval.MovedByPersonId", "Select who moved approval: someone present at that meeting");
            }
            else if (!quorate && !Approval.ConfirmNotQuorate)
            {
                ModelState.AddModelError("Approval.ConfirmNotQuorate", $"That meeting was not quorate ({string.Join("; ", quorum!.Reasons)}). Tick the box to confirm the minutes were approved there anyway: this will be recorded with the minutes");
            }
            else
            {
                minutes.Approve(at, mover, quorate, now);
                return quorate ? "The minutes have been approved" : "The minutes have been approved; the meeting was not quorate and this has been recorded";
            }

            return "";
        }, ct);
    }

    private async Task<IActionResult> ChangeAsync(int id, string what, Func<MeetingMinutes, DateTime, string> change, CancellationToken ct)
    {
        if (await LoadAsync(id, track: true, ct) is { } refused)
        {
            return refused;
        }

        var allowed = what == "comment" ? View.IsMember || View.CanDraft : View.CanDraft;
        if (!allowed)
        {
            await db.RecordRefusalAsync(nameof(MeetingMinutes), id.ToString(CultureInfo.InvariantCulture), $"Tried to {what} the minutes of a meeting without being allowed to", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var minutes = View.Minutes;
        if (minutes is null)
        {
            minutes = new MeetingMinutes { MeetingId = id, Meeting = View.Meeting };
            db.Add(minutes);
        }
        else if (minutes.Status == MinutesStatus.Approved)
        {
            return await ShowAgainAsync(id, ApprovedMessage, ct);
        }
        else if (minutes.Version != Version)
        {
            return await ShowAgainAsync(id, "Someone else changed these minutes while you were working on them. Nothing has been saved yet: check the minutes below, then make your change again.", ct);
        }

        string done;
        try
        {
            done = change(minutes, DateTime.UtcNow);
        }
        catch (MinutesWorkflowException refusedMove)
        {
            return await ShowAgainAsync(id, refusedMove.Message, ct);
        }

        if (!ModelState.IsValid)
        {
            return await ShowAgainAsync(id, null, ct);
        }

        if (minutes.Id != 0)
        {
            db.Entry(minutes).Property(m => m.Version).OriginalValue = Version;
            db.Entry(minutes).Property(m => m.Version).IsModified = true;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || minutes.Id == 0)
        {
            return await ShowAgainAsync(id, "Someone else changed these minutes while you were working on them. Nothing has been saved yet: check the minutes below, then make your change again.", ct);
        }

        TempData["Success"] = done;
        return Redirect($"/governance/meetings/{id}/minutes");
    }

    /// <summary>Shows the saved minutes again with the problem, keeping what the user typed.</summary>
    private async Task<IActionResult> ShowAgainAsync(int id, string? problem, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id, track: false, ct);
        if (problem is not null)
        {
            ModelState.AddModelError("", problem);
        }

        ModelState.Remove(nameof(Version));
        Version = View.Minutes?.Version ?? 0;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, bool track, CancellationToken ct)
    {
        var view = await MinutesView.LoadAsync(db, User, id, track, ct);
        if (view is null)
        {
            return NotFound();
        }

        if (!view.CanRead)
        {
            await db.RecordRefusalAsync(nameof(MeetingMinutes), id.ToString(CultureInfo.InvariantCulture), "Tried to read the minutes of a private group's meeting without being a member", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        View = view;
        if (view.CanDraft && view.Status == MinutesStatus.Circulated)
        {
            var later = await db.Set<Meeting>().AsNoTracking()
                .Where(m => m.GroupId == view.Meeting.GroupId && m.StartsAt > view.Meeting.StartsAt && m.Status != MeetingStatus.Cancelled)
                .OrderBy(m => m.StartsAt).Select(m => new { m.Id, m.Title, m.StartsAt }).ToListAsync(ct);
            LaterMeetingItems = later.Select(m => new SelectListItem($"{m.Title} ({McnHub.Features.Account.UkTime.Date(m.StartsAt)})", m.Id.ToString(CultureInfo.InvariantCulture)));
            var quorums = new List<(string, QuorumResult)>();
            foreach (var m in later)
            {
                if (await MeetingQuorum.CalculateAsync(db, m.Id, view.Meeting.GroupId, m.StartsAt, QuorumBasis.Presence, ct) is { } q)
                {
                    quorums.Add(($"{m.Title} ({McnHub.Features.Account.UkTime.Date(m.StartsAt)})", q));
                }
            }

            LaterMeetingQuorums = quorums;
            var laterIds = later.Select(m => m.Id).ToList();
            var present = await db.Set<Attendance>().AsNoTracking()
                .Where(a => laterIds.Contains(a.MeetingId) && a.Status == AttendanceStatus.Present)
                .Select(a => new { a.PersonId, a.Person!.FullName }).Distinct().OrderBy(p => p.FullName).ToListAsync(ct);
            PresentPeopleItems = present.Select(p => new SelectListItem(p.FullName, p.PersonId.ToString(CultureInfo.InvariantCulture)));
        }

        return null;
    }
}
