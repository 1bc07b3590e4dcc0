using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Training.Bookings;

/// <summary>
/// The waiting-list rules, applied under the booking lock: offers past their expiry lapse; while a place is free,
/// the session is open and bookable, the next person in order (waiting-list time, then id) is offered it with an
/// expiry. No offers after the booking deadline, once the session has started, or when it is closed or cancelled.
/// </summary>
public sealed class WaitingList(AppDbContext db, IOptions<TrainingOptions> options, TrainingMail mail)
{
    /// <summary>Changes <paramref name="live"/> bookings in place (tracked); returns the offer emails to send after commit.</summary>
    public IReadOnlyList<TrainingMessage> Promote(TrainingSession session, List<Booking> live, DateTime now)
    {
        foreach (var lapsed in live.Where(b => b.Status == BookingStatus.Offered && b.OfferExpiresAt <= now).ToList())
        {
            lapsed.Status = BookingStatus.OfferExpired;
            lapsed.OfferCode = null;
            live.Remove(lapsed);
        }

        var messages = new List<TrainingMessage>();
        if (session.Status != SessionStatus.Open || now >= session.BookableUntil)
        {
            return messages;
        }

        var free = session.Capacity - live.Count(b => Booking.PlaceStatuses.Contains(b.Status));
        var queue = live.Where(b => b.Status == BookingStatus.WaitListed).OrderBy(b => b.WaitListedAt).ThenBy(b => b.Id).Take(Math.Max(free, 0)).ToList();
        if (queue.Count == 0)
        {
            return messages;
        }

        var ids = queue.Select(b => b.PersonId).ToList();
        var people = db.Set<Person>().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Email, p.FullName }).ToDictionary(p => p.Id);
        var expires = now.AddHours(options.Value.OfferExpiryHours);
        foreach (var next in queue)
        {
            next.Status = BookingStatus.Offered;
            next.OfferedAt = now;

            // Never beyond the last moment to book: an offer cannot outlive the deadline.
            next.OfferExpiresAt = expires < session.BookableUntil ? expires : session.BookableUntil;
            next.OfferCode = TrainingCodes.New();
            var person = people[next.PersonId];
            messages.Add(mail.Offer(session, next, person.Email, person.FullName));
        }

        return messages;
    }
}
