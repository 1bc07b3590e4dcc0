using McnHub.Features.Training.Bookings;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Catalogue;

public sealed class SessionModel(AppDbContext db, BookingService bookings, TimeProvider clock) : PageModel
{
    public TrainingSession Session { get; private set; } = null!;

    public SessionRow Row { get; private set; } = null!;

    public List<string> Trainers { get; private set; } = [];

    /// <summary>The signed-in person's live booking on this session, if any.</summary>
    public Booking? Mine { get; private set; }

    public int? WaitPosition { get; private set; }

    public bool HasPerson { get; private set; }

    public bool CanBookStaff { get; private set; }

    [BindProperty]
    public string? TravelFrom { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await bookings.NeedsSweepAsync(id, ct))
        {
            // On demand: an offer that lapsed since the last background sweep passes on before anyone sees the page.
            await bookings.SweepAsync(id, ct);
        }

        return await ShowAsync(id, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostBookAsync(int id, CancellationToken ct) => BookAsync(id, waitList: false, ct);

    public Task<IActionResult> OnPostWaitListAsync(int id, CancellationToken ct) => BookAsync(id, waitList: true, ct);

    private async Task<IActionResult> BookAsync(int id, bool waitList, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        if (TrainingUser.PersonId(User) is not { } me)
        {
            ModelState.AddModelError("", "Your account is not linked to a person in the network, so it cannot book. Ask the co-ordinator to link it.");
            return await ShowAsync(id, ct) ? Page() : NotFound();
        }

        var district = Travel.District(TravelFrom);
        if (district is { Length: > 4 })
        {
            ModelState.AddModelError(nameof(TravelFrom), "Enter the first part of a postcode, like RV3, or leave it blank");
            return await ShowAsync(id, ct) ? Page() : NotFound();
        }

        var outcome = await bookings.BookAsync(new BookingRequest(id, me, me, waitList, TravelFromDistrict: district), ct);
        if (!outcome.Done)
        {
            ModelState.AddModelError("", outcome.Message);
            return await ShowAsync(id, ct) ? Page() : NotFound();
        }

        TempData["Success"] = outcome.Message;
        return Redirect($"/training/sessions/{id}");
    }

    private async Task<bool> ShowAsync(int id, CancellationToken ct)
    {
        var session = await db.Set<TrainingSession>().AsNoTracking()
            .Include(s => s.Course).Include(s => s.Programme)
            .FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return false;
        }

        Session = session;
        Session.Programme = [.. session.Programme.OrderBy(p => p.Order)];
        Row = (await SessionQuery.RowsAsync(db.Set<TrainingSession>().Where(s => s.Id == id), clock.GetUtcNow().UtcDateTime, ct))[0];
        Trainers = await db.Set<SessionTrainer>().Where(t => t.SessionId == id).OrderBy(t => t.Person!.FullName).Select(t => t.Person!.FullName).ToListAsync(ct);
        var me = TrainingUser.PersonId(User);
        HasPerson = me is not null;
        CanBookStaff = TrainingUser.LeadOf(User).Count > 0 || TrainingUser.RunsProgramme(User);
        if (me is not null)
        {
            Mine = await db.Set<Booking>().AsNoTracking()
                .FirstOrDefaultAsync(b => b.SessionId == id && b.PersonId == me && Booking.ActiveStatuses.Contains(b.Status), ct);
            if (Mine?.Status == BookingStatus.WaitListed)
            {
                WaitPosition = 1 + await db.Set<Booking>().CountAsync(b => b.SessionId == id && b.Status == BookingStatus.WaitListed
                    && (b.WaitListedAt < Mine.WaitListedAt || (b.WaitListedAt == Mine.WaitListedAt && b.Id < Mine.Id)), ct);
            }
        }

        return true;
    }
}
