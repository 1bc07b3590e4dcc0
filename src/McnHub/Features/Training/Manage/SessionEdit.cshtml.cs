using McnHub.Features.Governance.Meetings;
using McnHub.Features.Members.People;
using McnHub.Features.Training.Bookings;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Manage;

public sealed class SessionInput
{
    public string? StartsAt { get; set; }

    public string? EndsAt { get; set; }

    public int? Capacity { get; set; }

    public string? BookingDeadline { get; set; }

    public bool Closed { get; set; }

    public string? VenueName { get; set; }

    public string? VideoLink { get; set; }

    public int Version { get; set; }
}

/// <summary>The education lead edits a session: times, capacity, deadline, closed; checked against its bookings.</summary>
public sealed class SessionEditModel(AppDbContext db, BookingService bookings) : PageModel
{
    [BindProperty]
    public SessionInput Input { get; set; } = new();

    public TrainingSession Session { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var session = await db.Set<TrainingSession>().Include(s => s.Course).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return NotFound();
        }

        Session = session;
        Input = new SessionInput
        {
            StartsAt = MeetingTime.ToInput(session.StartsAt), EndsAt = MeetingTime.ToInput(session.EndsAt), Capacity = session.Capacity,
            BookingDeadline = session.BookingDeadline is { } d ? MeetingTime.ToInput(d) : null, Closed = session.Status == SessionStatus.Closed,
            VenueName = session.VenueName, VideoLink = session.VideoLink, Version = session.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var session = await db.Set<TrainingSession>().Include(s => s.Course).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return NotFound();
        }

        Session = session;
        var (starts, startError) = MeetingTime.Parse(Input.StartsAt, "starts");
        var (ends, endError) = MeetingTime.Parse(Input.EndsAt, "ends");
        AddError("Input.StartsAt", startError?.Replace("the meeting", "the session", StringComparison.Ordinal));
        AddError("Input.EndsAt", endError?.Replace("the meeting", "the session", StringComparison.Ordinal));
        if (starts is not null && ends is not null && ends <= starts)
        {
            AddError("Input.EndsAt", "The session must end after it starts");
        }

        DateTime? deadline = null;
        if (!string.IsNullOrWhiteSpace(Input.BookingDeadline))
        {
            var (d, error) = MeetingTime.Parse(Input.BookingDeadline, "closes for booking");
            AddError("Input.BookingDeadline", error?.Replace("the meeting", "the session", StringComparison.Ordinal));
            deadline = d;
            if (d is not null && starts is not null && d > starts)
            {
                AddError("Input.BookingDeadline", "The booking deadline must be before the session starts");
            }
        }

        var taken = await db.Set<Booking>().CountAsync(b => b.SessionId == id && (b.Status == BookingStatus.Booked || b.Status == BookingStatus.Offered), ct);
        if (Input.Capacity is not { } capacity || capacity < 1)
        {
            AddError("Input.Capacity", "Enter the number of places, 1 or more");
        }
        else if (capacity < taken)
        {
            AddError("Input.Capacity", $"{taken} places are already booked or offered: the capacity cannot be less than {taken}. Cancel bookings first if the room is smaller.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(session).Property(s => s.Version).OriginalValue = Input.Version;
        session.StartsAt = starts!.Value;
        session.EndsAt = ends!.Value;
        session.Capacity = Input.Capacity!.Value;
        session.BookingDeadline = deadline;
        session.VenueName = string.IsNullOrWhiteSpace(Input.VenueName) ? null : Input.VenueName.Trim();
        session.VideoLink = string.IsNullOrWhiteSpace(Input.VideoLink) ? null : Input.VideoLink.Trim();
        if (session.Status != SessionStatus.Cancelled)
        {
            session.Status = Input.Closed ? SessionStatus.Closed : SessionStatus.Open;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var saved = await db.Set<TrainingSession>().Include(s => s.Course).FirstAsync(s => s.Id == id, ct);
            Session = saved;
            StaleEdit.Report(ModelState, "session",
            [
                new FieldValues("Input.StartsAt", "Start", Input.StartsAt, MeetingTime.ToInput(saved.StartsAt)),
                new FieldValues("Input.EndsAt", "End", Input.EndsAt, MeetingTime.ToInput(saved.EndsAt)),
                new FieldValues("Input.Capacity", "Capacity", Input.Capacity?.ToString(), saved.Capacity.ToString()),
            ]);
            StaleEdit.TakeVersion(ModelState, "Input.Version");
            Input.Version = saved.Version;
            return Page();
        }

        // More places (or reopened): offer them to the waiting list at once.
        await bookings.SweepAsync(id, ct);
        TempData["Success"] = $"Changes to {session.DisplayTitle} have been saved";
        return Redirect($"/training/sessions/{id}");
    }

    private void AddError(string key, string? message)
    {
        if (message is not null)
        {
            ModelState.AddModelError(key, message);
        }
    }
}
