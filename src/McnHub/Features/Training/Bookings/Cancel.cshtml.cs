using McnHub.Features.Training.Model;
using McnHub.Platform.Audit;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Bookings;

public sealed class CancelModel(AppDbContext db, BookingService bookings) : PageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Details { get; set; }

    public Booking Booking { get; private set; } = null!;

    public string PersonName { get; private set; } = "";

    public static IEnumerable<SelectListItem> ReasonItems =>
        Enum.GetValues<BarrierReason>().Select(r => new SelectListItem(TrainingText.Reason(r), r.ToString()));

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        BarrierReason? reason = Enum.TryParse<BarrierReason>(Reason, out var r) && Enum.IsDefined(r) ? r : null;
        if (reason is null)
        {
            ModelState.AddModelError(nameof(Reason), "Select why you are cancelling");
        }
        else if (reason == BarrierReason.Other && string.IsNullOrWhiteSpace(Details))
        {
            ModelState.AddModelError(nameof(Details), "Tell us the reason, as you chose ‘Other’");
        }

        if (Details?.Length > 1000)
        {
            ModelState.AddModelError(nameof(Details), "The details must be 1,000 characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await bookings.CancelAsync(id, reason!.Value, Details, TrainingUser.PersonId(User), ct);
        if (!outcome.Done)
        {
            ModelState.AddModelError("", outcome.Message);
            return Page();
        }

        TempData["Success"] = outcome.Message;
        return Redirect($"/training/sessions/{Booking.SessionId}");
    }

    /// <summary>Null when the page may go on; otherwise the answer (not found, or 403 audited).</summary>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var booking = await db.Set<Booking>().AsNoTracking().Include(b => b.Session!).ThenInclude(s => s.Course).Include(b => b.Person)
            .FirstOrDefaultAsync(b => b.Id == id, ct);
        if (booking is null)
        {
            return NotFound();
        }

        if (!await TrainingUser.MayChangeAsync(db, User, booking, ct))
        {
            await db.RecordRefusalAsync(nameof(Model.Booking), id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Cancelling someone else's booking refused", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Booking = booking;
        PersonName = booking.Person!.FullName;
        return null;
    }
}
