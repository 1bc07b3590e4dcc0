using McnHub.Features.Audit;
using McnHub.Features.Training.Model;
using McnHub.Platform.Audit;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Training;

/// <summary>Every change to a booking is in the audit trail: booking, waiting, offers, declining, lapsing, cancelling.</summary>
public sealed class BookingAuditTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task Every_step_of_a_booking_from_waiting_list_to_offer_decline_expiry_and_cancellation_is_audited()
    {
        var session = await factory.SessionAsync(capacity: 1);
        var p = await factory.PeopleAsync(4, skip: 12);
        await factory.BookAsync(session.Id, p[0].Id);
        await factory.BookAsync(session.Id, p[1].Id, waitList: true);
        await factory.BookAsync(session.Id, p[2].Id, waitList: true);
        var first = (await factory.BookingsAsync(session.Id))[0];
        await factory.WithBookingsAsync(s => s.CancelAsync(first.Id, BarrierReason.Travel, "Trains on strike", first.PersonId, CancellationToken.None));
        var offered = (await factory.BookingsAsync(session.Id))[1];
        await factory.WithBookingsAsync(s => s.AnswerOfferAsync(offered.OfferCode!, accept: false, CancellationToken.None));
        await factory.ExpireOffersAsync(session.Id);
        await factory.WithBookingsAsync(async s => { await s.SweepAsync(session.Id, CancellationToken.None); return 0; });
        await factory.BookAsync(session.Id, p[3].Id);
        await factory.WithBookingsAsync(s => s.CancelSessionAsync(session.Id, "Trainer unwell", CancellationToken.None));

        var bookings = await factory.BookingsAsync(session.Id);
        var trail = await StatusTrailAsync(bookings.Select(b => b.Id));

        Assert.Equal(["→Booked", "Booked→Cancelled"], trail[bookings[0].Id]);
        Assert.Equal(["→WaitListed", "WaitListed→Offered", "Offered→Cancelled"], trail[bookings[1].Id]);
        Assert.Equal(["→WaitListed", "WaitListed→Offered", "Offered→OfferExpired"], trail[bookings[2].Id]);
        Assert.Equal(["→Booked", "Booked→SessionCancelled"], trail[bookings[3].Id]);
        var cancelled = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(Booking) && a.EntityKey == bookings[0].Id.ToString() && a.Action == AuditAction.Update).ToListAsync());
        Assert.Contains(cancelled.SelectMany(a => AuditChanges.Parse(a.Changes)), c => c.Field == nameof(Booking.CancellationReason) && c.New == nameof(BarrierReason.Travel));
    }

    /// <summary>Each booking's status changes as the audit trail records them, "old→new", oldest first.</summary>
    private async Task<Dictionary<int, List<string>>> StatusTrailAsync(IEnumerable<int> ids)
    {
        var keys = ids.Select(i => i.ToString()).ToList();
        var entries = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(Booking) && keys.Contains(a.EntityKey)).OrderBy(a => a.Id).ToListAsync());
        return entries
            .SelectMany(a => AuditChanges.Parse(a.Changes).Where(c => c.Field == nameof(Booking.Status)).Select(c => (Id: int.Parse(a.EntityKey), Step: $"{c.Old}→{c.New}")))
            .GroupBy(x => x.Id)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Step).ToList());
    }
}
