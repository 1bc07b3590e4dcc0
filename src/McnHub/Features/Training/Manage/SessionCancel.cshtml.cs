using McnHub.Features.Training.Bookings;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Manage;

/// <summary>The education lead cancels a session after confirming; everyone booked, offered or waiting is emailed.</summary>
public sealed class SessionCancelModel(AppDbContext db, BookingService bookings) : PageModel
{
    [BindProperty]
    public string? Note { get; set; }

    public TrainingSession Session { get; private set; } = null!;

    /// <summary>People holding a place, an offer or a waiting-list spot: those the cancellation email goes to.</summary>
    public int PeopleAffected { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Note is { Length: > 2000 })
        {
            ModelState.AddModelError(nameof(Note), "The note must be 2,000 characters or fewer");
            return Page();
        }

        var outcome = await bookings.CancelSessionAsync(id, Note, ct);
        if (!outcome.Done)
        {
            ModelState.AddModelError(nameof(Note), outcome.Message);
            return Page();
        }

        TempData["Success"] = outcome.Message;
        return Redirect($"/training/sessions/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var session = await db.Set<TrainingSession>().AsNoTracking().Include(s => s.Course).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return false;
        }

        Session = session;
        PeopleAffected = await db.Set<Booking>().CountAsync(b => b.SessionId == id && Booking.ActiveStatuses.Contains(b.Status), ct);
        return true;
    }
}
