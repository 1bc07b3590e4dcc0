using System.Net;
using McnHub.Features.Training.Model;
using McnHub.Tests.Support;

namespace McnHub.Tests.Features.Training;

/// <summary>An expired waiting-list offer, answered through its emailed link: refused, and the place goes on to the next person.</summary>
public sealed class OfferExpiryPageTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private async Task<(TrainingSession Session, string Code, List<McnHub.Features.Members.People.Person> People)> OfferedAsync(int skip)
    {
        var session = await factory.SessionAsync(capacity: 1);
        var p = await factory.PeopleAsync(3, skip);
        await factory.BookAsync(session.Id, p[0].Id);
        await factory.BookAsync(session.Id, p[1].Id, waitList: true);
        await factory.BookAsync(session.Id, p[2].Id, waitList: true);
        var holder = (await factory.BookingsAsync(session.Id))[0];
        await factory.WithBookingsAsync(s => s.CancelAsync(holder.Id, BarrierReason.Timing, null, holder.PersonId, CancellationToken.None));
        return (session, (await factory.BookingsAsync(session.Id))[1].OfferCode!, p);
    }

    [Fact]
    public async Task Accepting_an_offer_that_expired_while_its_page_was_open_is_refused_and_the_next_person_is_offered_the_place()
    {
        var (session, code, people) = await OfferedAsync(skip: 20);
        var anonymous = factory.CreateBrowserClient();
        var page = await anonymous.GetDocumentAsync($"/training/offers/{code}");
        await factory.ExpireOffersAsync(session.Id);

        var response = await anonymous.SubmitFormAsync(page, new Dictionary<string, string>());
        var refused = await HttpExtensions.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("this offer expired", refused.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Contains("gone to the next person on the waiting list", refused.QuerySelector(".nhsuk-error-summary")!.TextContent);
        var bookings = await factory.BookingsAsync(session.Id);
        Assert.Equal([BookingStatus.Cancelled, BookingStatus.OfferExpired, BookingStatus.Offered], bookings.Select(b => b.Status));
        Assert.Equal(people[2].Id, bookings[2].PersonId);
        Assert.Contains(bookings[2].OfferCode!, TrainingMailbox.Latest(factory, people[2].Email, "A place is free").TextBody);
    }

    [Fact]
    public async Task Opening_an_expired_offer_link_says_it_is_no_longer_open_and_passes_the_place_on()
    {
        var (session, code, _) = await OfferedAsync(skip: 25);
        await factory.ExpireOffersAsync(session.Id);

        var page = await factory.CreateBrowserClient().GetDocumentAsync($"/training/offers/{code}");

        Assert.Equal("This offer is no longer open", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll("main button"));
        Assert.Equal([BookingStatus.Cancelled, BookingStatus.OfferExpired, BookingStatus.Offered], (await factory.BookingsAsync(session.Id)).Select(b => b.Status));
    }

    [Fact]
    public async Task A_session_with_a_lapsed_offer_is_known_to_need_a_sweep()
    {
        var (session, _, _) = await OfferedAsync(skip: 30);
        var before = await factory.WithBookingsAsync(s => s.NeedsSweepAsync(session.Id, CancellationToken.None));
        await factory.ExpireOffersAsync(session.Id);
        var stored = (await factory.BookingsAsync(session.Id))[1].OfferExpiresAt;

        var after = await factory.WithBookingsAsync(s => s.NeedsSweepAsync(session.Id, CancellationToken.None));

        Assert.False(before);
        Assert.True(after, $"Offer expiry stored as {stored:O}, now {DateTime.UtcNow:O}");
    }
}
