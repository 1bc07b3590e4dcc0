using System.Security.Cryptography;
using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;
using McnHub.Features.Training.Outcomes;
using McnHub.Platform.Audit;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Attendance;

/// <summary>
/// The register of a session, made for a phone: one person per block, one button per outcome, no script. Marking
/// someone who has no place records them as a walk-in. Every mark is a booking change, so SaveChanges audits it.
/// </summary>
public sealed class RegisterModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(int BookingId, int PersonId, string Name, string? Organisation, AttendanceOutcome? Outcome, bool WalkIn, BarrierReason? Reason);

    public TrainingSession Session { get; private set; } = null!;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<SelectListItem> WalkInItems { get; private set; } = [];

    public bool Open { get; private set; }

    [BindProperty]
    public int? WalkInPersonId { get; set; }

    public static readonly IReadOnlyList<SelectListItem> ReasonItems =
        Enum.GetValues<BarrierReason>().Select(r => new SelectListItem(OutcomeText.Reason(r), r.ToString())).ToList();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostMarkAsync(int id, int bookingId, AttendanceOutcome outcome, BarrierReason? reason, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        if (!Open)
        {
            return Page();
        }

        var booking = await db.Set<Booking>().Include(b => b.Person).FirstOrDefaultAsync(b => b.Id == bookingId && b.SessionId == id, ct);
        if (booking is null || booking.Status != BookingStatus.Booked)
        {
            ModelState.AddModelError(string.Empty, "That person has no place on this session: add them as a walk-in instead");
            return Page();
        }

        Mark(booking, outcome, outcome == AttendanceOutcome.Attended ? null : reason);
        return await SaveAsync(id, $"{booking.Person!.FullName}: {OutcomeText.Attendance(outcome).ToLowerInvariant()}", ct);
    }

    /// <summary>Someone came without a place: recorded as attended, marked as a walk-in.</summary>
    public async Task<IActionResult> OnPostWalkInAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        if (!Open)
        {
            return Page();
        }

        var person = WalkInPersonId is { } pid ? await db.Set<Person>().FirstOrDefaultAsync(p => p.Id == pid && p.Active, ct) : null;
        if (person is null)
        {
            ModelState.AddModelError(nameof(WalkInPersonId), "Select the person who came");
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var booking = await db.Set<Booking>().FirstOrDefaultAsync(b => b.SessionId == id && b.PersonId == person.Id && Booking.ActiveStatuses.Contains(b.Status), ct);
        if (booking?.Status == BookingStatus.Booked)
        {
            ModelState.AddModelError(nameof(WalkInPersonId), $"{person.FullName} already has a place: mark them in the list above");
            return Page();
        }

        if (booking is null)
        {
            booking = new Booking { SessionId = id, PersonId = person.Id, RequestedAt = now, BookedByPersonId = TrainingAccess.PersonId(User) };
            db.Add(booking);
        }

        // A waiting-list entry or an open offer becomes the place they used.
        booking.Status = BookingStatus.Booked;
        booking.ConfirmedAt = now;
        booking.OfferCode = null;
        booking.OfferExpiresAt = null;
        booking.WalkIn = true;
        Mark(booking, AttendanceOutcome.Attended, null);
        return await SaveAsync(id, $"{person.FullName}: attended (walk-in)", ct);
    }

    private void Mark(Booking booking, AttendanceOutcome outcome, BarrierReason? reason)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        booking.Attendance = outcome;
        booking.AttendanceMarkedAt = now;
        booking.AttendanceMarkedByPersonId = TrainingAccess.PersonId(User);
        booking.NonAttendanceReason = reason;
        if (outcome == AttendanceOutcome.Attended)
        {
            // The certificate exists from the moment they are marked present; a later correction revokes it.
            booking.CertificateCode ??= NewCertificateCode();
            booking.CertificateIssuedAt ??= now;
            booking.CertificateRevokedAt = null;
        }
        else if (booking.CertificateCode is not null)
        {
            booking.CertificateRevokedAt ??= now;
        }
    }

    private async Task<IActionResult> SaveAsync(int id, string message, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            ModelState.AddModelError(string.Empty, "Someone else marked this person at the same moment: check the register below and mark again if needed");
            return Page();
        }

        TempData["Success"] = message;
        return Redirect($"/training/sessions/{id}/register");
    }

    /// <summary>24 characters from an alphabet without look-alikes: about 119 bits, so codes cannot be guessed or enumerated.</summary>
    public static string NewCertificateCode() => RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyz23456789", 24);

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var session = await db.Set<TrainingSession>().AsNoTracking().Include(s => s.Course).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return NotFound();
        }

        if (!await TrainingAccess.CanMarkRegisterAsync(db, User, id, ct))
        {
            db.ChangeTracker.Clear();
            await db.RecordRefusalAsync(nameof(TrainingSession), id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Tried to mark the register of a session they do not teach", ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Session = session;
        var today = UkDates.Today(clock);
        Open = session.Status != SessionStatus.Cancelled && DateOnly.FromDateTime(Account.UkTime.FromUtc(session.StartsAt)) <= today;
        Rows = await db.Set<Booking>().AsNoTracking()
            .Where(b => b.SessionId == id && b.Status == BookingStatus.Booked)
            .OrderBy(b => b.Person!.FullName)
            .Select(b => new Row(b.Id, b.PersonId, b.Person!.FullName, b.OnBehalfOfOrganisation != null ? b.OnBehalfOfOrganisation.Name : b.Person.Affiliations.OrderBy(a => a.Id).Select(a => a.Organisation!.Name).FirstOrDefault(), b.Attendance, b.WalkIn, b.NonAttendanceReason))
            .ToListAsync(ct);
        var booked = Rows.Select(r => r.PersonId).ToHashSet();
        var people = await db.Set<Person>().AsNoTracking().Where(p => p.Active).OrderBy(p => p.FullName).Select(p => new { p.Id, p.FullName }).ToListAsync(ct);
        WalkInItems = people.Where(p => !booked.Contains(p.Id)).Select(p => new SelectListItem(p.FullName, p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        return null;
    }
}
