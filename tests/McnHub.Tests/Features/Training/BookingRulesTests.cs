using McnHub.Features.Training.Bookings;
using McnHub.Features.Training.Model;
using McnHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace McnHub.Tests.Features.Training;

/// <summary>The booking rules of the service every page and the sweep go through.</summary>
public sealed class BookingRulesTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task Booking_twice_is_refused_and_a_full_session_refuses_a_place_but_offers_the_waiting_list()
    {
        var session = await factory.SessionAsync(capacity: 1);
        var people = await factory.PeopleAsync(2);

        var first = await factory.BookAsync(session.Id, people[0].Id);
        var twice = await factory.BookAsync(session.Id, people[0].Id);
        var full = await factory.BookAsync(session.Id, people[1].Id);
        var waiting = await factory.BookAsync(session.Id, people[1].Id, waitList: true);

        Assert.True(first.Done);
        Assert.Equal("You are already booked on this session.", twice.Message);
        Assert.False(full.Done);
        Assert.Contains("This session is full", full.Message);
        Assert.True(waiting.Done);
        Assert.Contains("number 1 on the waiting list", waiting.Message);
        Assert.Equal([BookingStatus.Booked, BookingStatus.WaitListed], (await factory.BookingsAsync(session.Id)).Select(b => b.Status));
    }

    [Fact]
    public async Task Closed_cancelled_past_and_after_deadline_sessions_are_refused_with_their_reason()
    {
        var person = (await factory.PeopleAsync(1))[0];
        var closed = await factory.SessionAsync(change: s => s.Status = SessionStatus.Closed);
        var cancelled = await factory.SessionAsync(change: s => s.Status = SessionStatus.Cancelled);
        var past = await factory.SessionAsync(change: s => { s.StartsAt = DateTime.UtcNow.AddDays(-2); s.EndsAt = s.StartsAt.AddHours(2); s.BookingDeadline = null; });
        var deadline = await factory.SessionAsync(change: s => s.BookingDeadline = DateTime.UtcNow.AddHours(-1));

        Assert.Equal("Booking for this session is closed.", (await factory.BookAsync(closed.Id, person.Id)).Message);
        Assert.Contains("has been cancelled", (await factory.BookAsync(cancelled.Id, person.Id)).Message);
        Assert.Contains("already started", (await factory.BookAsync(past.Id, person.Id)).Message);
        Assert.Contains("booking deadline", (await factory.BookAsync(deadline.Id, person.Id, waitList: true)).Message);
        Assert.Empty(await factory.BookingsAsync(closed.Id));
    }

    [Fact]
    public async Task A_freed_place_is_offered_to_the_waiting_list_in_order_and_an_expired_offer_passes_to_the_next()
    {
        var session = await factory.SessionAsync(capacity: 1);
        var p = await factory.PeopleAsync(3, skip: 3);
        await factory.BookAsync(session.Id, p[0].Id);
        await factory.BookAsync(session.Id, p[1].Id, waitList: true);
        await factory.BookAsync(session.Id, p[2].Id, waitList: true);
        var holder = (await factory.BookingsAsync(session.Id))[0];

        await factory.WithBookingsAsync(s => s.CancelAsync(holder.Id, BarrierReason.ReleaseFromWork, "Short-staffed", holder.PersonId, CancellationToken.None));
        var afterCancel = await factory.BookingsAsync(session.Id);
        await factory.ExpireOffersAsync(session.Id);
        var expiredCode = afterCancel[1].OfferCode!;
        var late = await factory.WithBookingsAsync(s => s.AnswerOfferAsync(expiredCode, accept: true, CancellationToken.None));
        var afterExpiry = await factory.BookingsAsync(session.Id);
        var accepted = await factory.WithBookingsAsync(s => s.AnswerOfferAsync(afterExpiry[2].OfferCode!, accept: true, CancellationToken.None));

        Assert.Equal([BookingStatus.Cancelled, BookingStatus.Offered, BookingStatus.WaitListed], afterCancel.Select(b => b.Status));
        Assert.Equal(BarrierReason.ReleaseFromWork, afterCancel[0].CancellationReason);
        Assert.InRange(afterCancel[1].OfferExpiresAt!.Value, DateTime.UtcNow.AddHours(47), DateTime.UtcNow.AddHours(48));
        Assert.False(late.Done);
        Assert.Contains("offer expired", late.Message);
        Assert.Equal([BookingStatus.Cancelled, BookingStatus.OfferExpired, BookingStatus.Offered], afterExpiry.Select(b => b.Status));
        Assert.True(accepted.Done);
        Assert.Equal(BookingStatus.Booked, (await factory.BookingsAsync(session.Id))[2].Status);
    }

    [Fact]
    public async Task The_offer_email_carries_the_accept_link_and_the_confirmation_an_ics_attachment()
    {
        var session = await factory.SessionAsync(capacity: 1);
        var p = await factory.PeopleAsync(2, skip: 6);
        await factory.BookAsync(session.Id, p[0].Id);
        await factory.BookAsync(session.Id, p[1].Id, waitList: true);
        var holder = (await factory.BookingsAsync(session.Id))[0];

        await factory.WithBookingsAsync(s => s.CancelAsync(holder.Id, BarrierReason.Travel, null, holder.PersonId, CancellationToken.None));
        var code = (await factory.BookingsAsync(session.Id))[1].OfferCode!;

        var offer = TrainingMailbox.Latest(factory, p[1].Email, "A place is free");
        var confirmation = TrainingMailbox.Latest(factory, p[0].Email, "Booking confirmed");
        Assert.Contains($"/training/offers/{code}", offer.TextBody);
        Assert.Contains(confirmation.Attachments, a => a.ContentType.MimeType == "text/calendar");
    }

    [Fact]
    public async Task No_offer_is_made_after_the_booking_deadline_and_the_sweep_passes_expired_offers_on()
    {
        var session = await factory.SessionAsync(capacity: 1);
        var p = await factory.PeopleAsync(3, skip: 9);
        await factory.BookAsync(session.Id, p[0].Id);
        await factory.BookAsync(session.Id, p[1].Id, waitList: true);
        await factory.BookAsync(session.Id, p[2].Id, waitList: true);
        var holder = (await factory.BookingsAsync(session.Id))[0];
        await factory.WithBookingsAsync(s => s.CancelAsync(holder.Id, BarrierReason.Cost, null, holder.PersonId, CancellationToken.None));
        await factory.ExpireOffersAsync(session.Id);

        await factory.Services.GetRequiredService<TrainingSweep>().RunAsync();
        var swept = await factory.BookingsAsync(session.Id);
        await factory.ExpireOffersAsync(session.Id);
        await factory.MoveAsync(session.Id, DateTime.UtcNow.AddDays(5), DateTime.UtcNow.AddHours(-1));
        await factory.Services.GetRequiredService<TrainingSweep>().RunAsync();
        var afterDeadline = await factory.BookingsAsync(session.Id);

        Assert.Equal([BookingStatus.Cancelled, BookingStatus.OfferExpired, BookingStatus.Offered], swept.Select(b => b.Status));
        Assert.Equal([BookingStatus.Cancelled, BookingStatus.OfferExpired, BookingStatus.OfferExpired], afterDeadline.Select(b => b.Status));
    }
}
