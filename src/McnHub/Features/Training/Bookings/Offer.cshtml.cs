using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Bookings;

/// <summary>The waiting-list offer link from the email: the code is the credential (the person may have no account).</summary>
public sealed class OfferModel(AppDbContext db, BookingService bookings) : PageModel
{
    public Booking? Offer { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        // An offer past its expiry passes on before anyone sees it, so the page never invites accepting a lapsed offer.
        var sessionId = await db.Set<Booking>().Where(b => b.OfferCode == code).Select(b => (int?)b.SessionId).FirstOrDefaultAsync(ct);
        if (sessionId is { } id && await bookings.NeedsSweepAsync(id, ct))
        {
            await bookings.SweepAsync(id, ct);
        }

        Offer = await db.Set<Booking>().AsNoTracking().Include(b => b.Session!).ThenInclude(s => s.Course).Include(b => b.Person)
            .FirstOrDefaultAsync(b => b.OfferCode == code && b.Status == BookingStatus.Offered, ct);
        return Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(string code, CancellationToken ct) => AnswerAsync(code, true, ct);

    public Task<IActionResult> OnPostDeclineAsync(string code, CancellationToken ct) => AnswerAsync(code, false, ct);

    private async Task<IActionResult> AnswerAsync(string code, bool accept, CancellationToken ct)
    {
        var sessionId = await db.Set<Booking>().Where(b => b.OfferCode == code).Select(b => (int?)b.SessionId).FirstOrDefaultAsync(ct);
        var outcome = await bookings.AnswerOfferAsync(code, accept, ct);
        if (!outcome.Done)
        {
            ModelState.AddModelError("", outcome.Message);
            return Page();
        }

        TempData["Success"] = outcome.Message;
        return Redirect($"/training/sessions/{sessionId}");
    }
}
