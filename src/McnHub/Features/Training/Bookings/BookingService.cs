using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Training.Bookings;

/// <summary>Who is booking whom: the person, who made the booking for them (a lead or the education lead), and travel.</summary>
public sealed record BookingRequest(
    int SessionId,
    int PersonId,
    int? BookedByPersonId,
    bool WaitList = false,
    int? OnBehalfOfOrganisationId = null,
    string? TravelFromDistrict = null,
    decimal? StatedMiles = null);

/// <summary>The result of a booking change: done (with what happened, in words) or refused (why, in words).</summary>
public sealed record BookingOutcome(bool Done, string Message, Booking? Booking = null)
{
    public static BookingOutcome Refused(string message) => new(false, message);
}

/// <summary>
/// Every change to a session's bookings goes through here, under <see cref="BookingLock"/>: book, join the waiting
/// list, cancel, accept or decline an offer, cancel the session, and the sweep that passes expired offers on. Each
/// change is one SaveChanges (audited by the context); emails go after the commit.
/// </summary>
public sealed class BookingService(AppDbContext db, TimeProvider clock, WaitingList waitingList, TrainingMail mail)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<BookingOutcome> BookAsync(BookingRequest request, CancellationToken ct)
    {
        var outbox = new List<TrainingMessage>();
        BookingOutcome outcome;
        await using (var transaction = await BookingLock.AcquireAsync(db, request.SessionId, ct))
        {
            if (transaction is null)
            {
                return BookingOutcome.Refused("There is no such session.");
            }

            var now = Now;
            var (session, live) = await LoadAsync(request.SessionId, ct);
            outbox.AddRange(waitingList.Promote(session, live, now));
            var person = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.PersonId, ct);
            outcome = Decide(session, live, person, request, now);
            if (outcome.Booking is { } booking)
            {
                db.Add(booking);
                outbox.Add(booking.Status == BookingStatus.Booked
                    ? mail.Confirmation(session, person!.Email, person.FullName)
                    : mail.WaitListed(session, person!.Email, person.FullName, live.Count(b => b.Status == BookingStatus.WaitListed) + 1));
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        await mail.SendAsync(outbox, ct);
        return outcome;
    }

    private static BookingOutcome Decide(TrainingSession session, List<Booking> live, Person? person, BookingRequest request, DateTime now)
    {
        if (person is null || !person.Active)
        {
            return BookingOutcome.Refused("There is no such person, or they have left the network.");
        }

        var who = request.BookedByPersonId == person.Id ? "You are" : $"{person.FullName} is";
        if (live.FirstOrDefault(b => b.PersonId == person.Id) is { } existing)
        {
            return BookingOutcome.Refused(existing.Status switch
            {
                BookingStatus.WaitListed => $"{who} already on the waiting list for this session.",
                BookingStatus.Offered => $"{who} already offered a place on this session: accept it from the offer email or My learning.",
                _ => $"{who} already booked on this session.",
            });
        }

        var taken = live.Count(b => Booking.PlaceStatuses.Contains(b.Status));
        var availability = session.AvailabilityAt(now, taken);
        switch (availability)
        {
            case SessionAvailability.Cancelled:
                return BookingOutcome.Refused("This session has been cancelled, so it cannot be booked.");
            case SessionAvailability.Started:
                return BookingOutcome.Refused("This session has already started (or taken place), so it can no longer be booked.");
            case SessionAvailability.Closed:
                return BookingOutcome.Refused(session.Status == SessionStatus.Closed
                    ? "Booking for this session is closed."
                    : $"The booking deadline for this session ({Account.UkTime.TimeAndDate(session.BookableUntil)}) has passed.");
            case SessionAvailability.Full when !request.WaitList:
                return BookingOutcome.Refused("This session is full. You can join the waiting list instead: you will be offered a place by email if one frees.");
        }

        var booking = new Booking
        {
            SessionId = session.Id,
            PersonId = person.Id,
            RequestedAt = now,
            BookedByPersonId = request.BookedByPersonId,
            OnBehalfOfOrganisationId = request.OnBehalfOfOrganisationId,
            TravelFromDistrict = request.TravelFromDistrict,
            TravelMiles = request.StatedMiles ?? Travel.Miles(request.TravelFromDistrict, session.VenuePostcode),
            TravelMilesStated = request.StatedMiles is not null,
        };
        if (availability == SessionAvailability.Full)
        {
            booking.Status = BookingStatus.WaitListed;
            booking.WaitListedAt = now;
            var position = live.Count(b => b.Status == BookingStatus.WaitListed) + 1;
            return new(true, $"{who} number {position} on the waiting list for {session.DisplayTitle}. A place will be offered by email if one frees.", booking);
        }

        booking.Status = BookingStatus.Booked;
        booking.ConfirmedAt = now;
        return new(true, $"{who} booked on {session.DisplayTitle}. A confirmation email with a calendar file is on its way.", booking);
    }

    /// <summary>Cancels a booking, waiting-list place or offer, with the reason; a freed place goes to the next in line.</summary>
    public async Task<BookingOutcome> CancelAsync(int bookingId, BarrierReason reason, string? text, int? byPersonId, CancellationToken ct)
    {
        var sessionId = await db.Set<Booking>().Where(b => b.Id == bookingId).Select(b => (int?)b.SessionId).FirstOrDefaultAsync(ct);
        if (sessionId is null)
        {
            return BookingOutcome.Refused("There is no such booking.");
        }

        var outbox = new List<TrainingMessage>();
        BookingOutcome outcome;
        await using (var transaction = await BookingLock.AcquireAsync(db, sessionId.Value, ct))
        {
            var now = Now;
            var (session, live) = await LoadAsync(sessionId.Value, ct);
            var booking = live.FirstOrDefault(b => b.Id == bookingId);
            if (booking is null)
            {
                return BookingOutcome.Refused("This booking is no longer active: it was already cancelled, or its offer expired.");
            }

            if (now >= session.StartsAt)
            {
                return BookingOutcome.Refused("This session has already started, so the booking can no longer be cancelled. Tell the trainer instead.");
            }

            booking.Status = BookingStatus.Cancelled;
            booking.CancelledAt = now;
            booking.CancellationReason = reason;
            booking.CancellationText = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
            booking.CancelledByPersonId = byPersonId;
            booking.OfferCode = null;
            live.Remove(booking);
            var person = await db.Set<Person>().AsNoTracking().FirstAsync(p => p.Id == booking.PersonId, ct);
            outbox.Add(mail.Cancelled(session, person.Email, person.FullName));
            outbox.AddRange(waitingList.Promote(session, live, now));
            await db.SaveChangesAsync(ct);
            await transaction!.CommitAsync(ct);
            outcome = new(true, $"The booking on {session.DisplayTitle} has been cancelled.", booking);
        }

        await mail.SendAsync(outbox, ct);
        return outcome;
    }

    /// <summary>Accepts (or declines) a waiting-list offer by the code in its link. An expired offer is refused and passed on.</summary>
    public async Task<BookingOutcome> AnswerOfferAsync(string code, bool accept, CancellationToken ct)
    {
        var sessionId = await db.Set<Booking>().Where(b => b.OfferCode == code).Select(b => (int?)b.SessionId).FirstOrDefaultAsync(ct);
        if (sessionId is null)
        {
            return BookingOutcome.Refused("This offer link is not valid, or the offer has already been answered.");
        }

        var outbox = new List<TrainingMessage>();
        BookingOutcome outcome;
        await using (var transaction = await BookingLock.AcquireAsync(db, sessionId.Value, ct))
        {
            var now = Now;
            var (session, live) = await LoadAsync(sessionId.Value, ct);
            var offered = live.FirstOrDefault(b => b.OfferCode == code && b.Status == BookingStatus.Offered);

            // Promotion first: it expires this offer if its time is up (and offers the place to the next person).
            outbox.AddRange(waitingList.Promote(session, live, now));
            var person = offered is null ? null : await db.Set<Person>().AsNoTracking().FirstAsync(p => p.Id == offered.PersonId, ct);
            if (offered is null)
            {
                outcome = BookingOutcome.Refused("This offer link is not valid, or the offer has already been answered.");
            }
            else if (offered.Status != BookingStatus.Offered)
            {
                outcome = BookingOutcome.Refused(
                    $"Sorry: this offer expired at {Account.UkTime.TimeAndDate(offered.OfferExpiresAt!.Value)}, so the place has gone to the next person on the waiting list.");
            }
            else if (accept)
            {
                offered.Status = BookingStatus.Booked;
                offered.ConfirmedAt = now;
                offered.OfferCode = null;
                outbox.Add(mail.Confirmation(session, person!.Email, person.FullName));
                outcome = new(true, $"The place on {session.DisplayTitle} is yours. A confirmation email with a calendar file is on its way.", offered);
            }
            else
            {
                offered.Status = BookingStatus.Cancelled;
                offered.CancelledAt = now;
                offered.CancellationReason = BarrierReason.Other;
                offered.CancellationText = "Declined the waiting-list offer";
                offered.CancelledByPersonId = offered.PersonId;
                offered.OfferCode = null;
                live.Remove(offered);
                outbox.AddRange(waitingList.Promote(session, live, now));
                outcome = new(true, "You have declined the place; it will be offered to the next person on the waiting list.", offered);
            }

            await db.SaveChangesAsync(ct);
            await transaction!.CommitAsync(ct);
        }

        await mail.SendAsync(outbox, ct);
        return outcome;
    }

    /// <summary>Passes expired offers on and offers freed places, for one session (on demand when its page loads).</summary>
    public async Task SweepAsync(int sessionId, CancellationToken ct)
    {
        var outbox = new List<TrainingMessage>();
        await using (var transaction = await BookingLock.AcquireAsync(db, sessionId, ct))
        {
            if (transaction is null)
            {
                return;
            }

            var (session, live) = await LoadAsync(sessionId, ct);
            outbox.AddRange(waitingList.Promote(session, live, Now));
            if (outbox.Count > 0 || db.ChangeTracker.HasChanges())
            {
                await db.SaveChangesAsync(ct);
            }

            await transaction.CommitAsync(ct);
        }

        await mail.SendAsync(outbox, ct);
    }

    /// <summary>True when the session has an offer past its expiry or a free place with people waiting: worth a sweep.</summary>
    public Task<bool> NeedsSweepAsync(int sessionId, CancellationToken ct)
    {
        var now = Now;
        return db.Set<TrainingSession>().Where(s => s.Id == sessionId).AnyAsync(s =>
            s.Bookings.Any(b => b.Status == BookingStatus.Offered && b.OfferExpiresAt <= now)
            || (s.Bookings.Any(b => b.Status == BookingStatus.WaitListed)
                && s.Bookings.Count(b => b.Status == BookingStatus.Booked || b.Status == BookingStatus.Offered) < s.Capacity), ct);
    }

    /// <summary>Cancels a session: every live booking ends (status SessionCancelled) and its holder is told.</summary>
    public async Task<BookingOutcome> CancelSessionAsync(int sessionId, string? note, CancellationToken ct)
    {
        var outbox = new List<TrainingMessage>();
        await using (var transaction = await BookingLock.AcquireAsync(db, sessionId, ct))
        {
            if (transaction is null)
            {
                return BookingOutcome.Refused("There is no such session.");
            }

            var now = Now;
            var (session, live) = await LoadAsync(sessionId, ct);
            if (session.Status == SessionStatus.Cancelled)
            {
                return BookingOutcome.Refused("This session is already cancelled.");
            }

            session.Status = SessionStatus.Cancelled;
            session.CancellationNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
            var ids = live.Select(b => b.PersonId).ToList();
            var people = await db.Set<Person>().AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
            foreach (var b in live)
            {
                b.Status = BookingStatus.SessionCancelled;
                b.CancelledAt = now;
                b.OfferCode = null;
                outbox.Add(mail.SessionCancelled(session, people[b.PersonId].Email, people[b.PersonId].FullName));
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            await mail.SendAsync(outbox, ct);
            return new(true, $"{session.DisplayTitle} on {TrainingText.When(session)} is cancelled; {live.Count} people have been told.");
        }
    }

    private async Task<(TrainingSession Session, List<Booking> Live)> LoadAsync(int sessionId, CancellationToken ct)
    {
        var session = await db.Set<TrainingSession>().Include(s => s.Course).FirstAsync(s => s.Id == sessionId, ct);
        var live = await db.Set<Booking>()
            .Where(b => b.SessionId == sessionId && Booking.ActiveStatuses.Contains(b.Status))
            .OrderBy(b => b.Id)
            .ToListAsync(ct);
        return (session, live);
    }
}
