using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Feedback;

/// <summary>
/// The feedback form, reached signed in (<see cref="GiveModel"/>) or from the emailed link (<see cref="LinkModel"/>).
/// Only someone marked as attended gives feedback, once per booking (the unique index backs the check).
/// </summary>
public abstract class FeedbackPage(AppDbContext db, TimeProvider clock) : PageModel
{
    public sealed record SessionInfo(int BookingId, string Person, string Title, DateTime StartsAt, DateTime EndsAt, AttendanceOutcome? Attendance, bool Given);

    [BindProperty]
    public FeedbackInput Input { get; set; } = new();

    public SessionInfo Info { get; private set; } = null!;

    /// <summary>Why the form is not shown (already given, not attended, not finished), or null when it is.</summary>
    public string? Closed { get; private set; }

    protected AppDbContext Db => db;

    protected async Task<bool> LoadAsync(int bookingId, CancellationToken ct)
    {
        var info = await db.Set<Booking>().AsNoTracking().Where(b => b.Id == bookingId && b.Status == BookingStatus.Booked)
            .Select(b => new SessionInfo(b.Id, b.Person!.FullName, b.Session!.Title ?? b.Session.Course!.Title, b.Session.StartsAt, b.Session.EndsAt, b.Attendance, b.Feedback != null))
            .FirstOrDefaultAsync(ct);
        if (info is null)
        {
            return false;
        }

        Info = info;
        Closed = info.Given ? "Thank you: you have already given feedback on this session."
            : info.Attendance != AttendanceOutcome.Attended ? "Feedback is for people who attended; the register does not show you as attended. If that is wrong, tell the trainer."
            : clock.GetUtcNow().UtcDateTime < info.StartsAt ? "You can give feedback once the session has started."
            : null;
        return true;
    }

    protected async Task<IActionResult> SaveAsync(string backTo, CancellationToken ct)
    {
        if (Closed is not null)
        {
            ModelState.AddModelError(string.Empty, Closed);
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Add(new Model.Feedback
        {
            BookingId = Info.BookingId,
            SubmittedAt = clock.GetUtcNow().UtcDateTime,
            Overall = Input.Overall!.Value,
            Relevance = Input.Relevance!.Value,
            Trainers = Input.Trainers!.Value,
            Organisation = Input.Organisation!.Value,
            ConfidenceBefore = Input.ConfidenceBefore!.Value,
            ConfidenceAfter = Input.ConfidenceAfter!.Value,
            WentWell = Trim(Input.WentWell),
            CouldImprove = Trim(Input.CouldImprove),
            PracticeChange = Trim(Input.PracticeChange),
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two submissions at once (e.g. a double click): the unique index kept the first.
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, "Thank you: you have already given feedback on this session.");
            return Page();
        }

        TempData["Success"] = "Thank you for your feedback";
        return Redirect(backTo);
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
