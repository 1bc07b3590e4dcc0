using McnHub.Features.Training.Bookings;
using McnHub.Features.Training.Model;
using McnHub.Tests.Support;

namespace McnHub.Tests.Features.Training;

/// <summary>Capacity is never exceeded when many people take the last places at the same moment, on both databases.</summary>
public abstract class LastPlaceTests(McnHubFactory factory)
{
    [Fact]
    public async Task Twelve_people_booking_three_places_at_once_get_exactly_three_places()
    {
        var session = await factory.SessionAsync(capacity: 3);
        var people = await factory.PeopleAsync(12);
        using var start = new ManualResetEventSlim(false);

        var attempts = people.Select(p => Task.Run(async () =>
        {
            start.Wait();
            return await factory.BookAsync(session.Id, p.Id);
        })).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(3, outcomes.Count(o => o.Done));
        Assert.All(outcomes.Where(o => !o.Done), o => Assert.Contains("This session is full", o.Message));
        Assert.Equal(3, (await factory.BookingsAsync(session.Id)).Count(b => b.Status == BookingStatus.Booked));
    }

    [Fact]
    public async Task Five_people_pressing_book_at_the_same_moment_for_two_places_get_two_bookings_and_three_clear_refusals()
    {
        var session = await factory.SessionAsync(capacity: 2);
        string[] accounts = ["coordinator@riverlands.example", "member@riverlands.example", "lead@riverlands.example", "submitter@riverlands.example", "educator@riverlands.example"];
        var clients = new List<(HttpClient Client, AngleSharp.Dom.IDocument Page)>();
        foreach (var account in accounts)
        {
            var client = await factory.SignInAsync(account);
            clients.Add((client, await client.GetDocumentAsync($"/training/sessions/{session.Id}")));
        }

        using var start = new ManualResetEventSlim(false);
        var posts = clients.Select(c => Task.Run(async () =>
        {
            start.Wait();
            return await c.Client.SubmitFormAsync(c.Page, new Dictionary<string, string>());
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(posts);

        Assert.Equal(2, responses.Count(r => r.StatusCode == System.Net.HttpStatusCode.Redirect));
        foreach (var refused in responses.Where(r => r.StatusCode != System.Net.HttpStatusCode.Redirect))
        {
            Assert.Contains("This session is full", (await HttpExtensions.ParseAsync(refused)).QuerySelector(".nhsuk-error-summary")!.TextContent);
        }

        Assert.Equal(2, (await factory.BookingsAsync(session.Id)).Count(b => b.Status == BookingStatus.Booked));
    }

    [Fact]
    public async Task Ten_people_asking_for_the_one_place_left_at_once_give_one_booking_and_nine_in_order_on_the_waiting_list()
    {
        var session = await factory.SessionAsync(capacity: 3);
        var people = await factory.PeopleAsync(12);
        await factory.BookAsync(session.Id, people[0].Id);
        await factory.BookAsync(session.Id, people[1].Id);

        // "Book, or join the waiting list if it is full": all ten press at the same moment for the last place.
        var outcomes = await AllAtOnceAsync(people.Skip(2).Select(p => (Func<Task<BookingOutcome>>)(() => factory.BookAsync(session.Id, p.Id, waitList: true))));

        var bookings = await factory.BookingsAsync(session.Id);
        Assert.All(outcomes, o => Assert.True(o.Done, o.Message));
        Assert.Equal(3, bookings.Count(b => b.Status == BookingStatus.Booked));
        Assert.Equal(9, bookings.Count(b => b.Status == BookingStatus.WaitListed));
        Assert.Single(outcomes, o => o.Message.Contains("booked on", StringComparison.Ordinal));

        // Each was told a different place in the queue: nobody read the same count as another.
        var positions = outcomes.Select(o => System.Text.RegularExpressions.Regex.Match(o.Message, @"number (\d+) on the waiting list")).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value)).Order();
        Assert.Equal(Enumerable.Range(1, 9), positions);
    }

    [Fact]
    public async Task An_offer_accepted_twice_at_once_while_others_book_is_taken_once_and_capacity_is_never_exceeded()
    {
        var session = await factory.SessionAsync(capacity: 2);
        var people = await factory.PeopleAsync(10);
        await factory.BookAsync(session.Id, people[0].Id);
        await factory.BookAsync(session.Id, people[1].Id);
        await factory.BookAsync(session.Id, people[2].Id, waitList: true);
        await factory.BookAsync(session.Id, people[3].Id, waitList: true);
        var holder = (await factory.BookingsAsync(session.Id))[0];
        await factory.WithBookingsAsync(s => s.CancelAsync(holder.Id, BarrierReason.Timing, null, holder.PersonId, CancellationToken.None));
        var code = (await factory.BookingsAsync(session.Id)).Single(b => b.Status == BookingStatus.Offered).OfferCode!;

        // The offer link pressed in three tabs at once, while six others try for a place.
        var accepts = Enumerable.Range(0, 3).Select(_ => (Func<Task<BookingOutcome>>)(() => factory.WithBookingsAsync(s => s.AnswerOfferAsync(code, accept: true, CancellationToken.None))));
        var books = people.Skip(4).Select(p => (Func<Task<BookingOutcome>>)(() => factory.BookAsync(session.Id, p.Id, waitList: true)));
        var outcomes = await AllAtOnceAsync(accepts.Concat(books));

        var bookings = await factory.BookingsAsync(session.Id);
        Assert.Single(outcomes.Take(3), o => o.Done);
        Assert.All(outcomes.Take(3).Where(o => !o.Done), o => Assert.Contains("already been answered", o.Message));
        Assert.Equal(BookingStatus.Booked, bookings.Single(b => b.PersonId == people[2].Id).Status);
        Assert.Equal(2, bookings.Count(b => b.Status == BookingStatus.Booked));
        Assert.DoesNotContain(bookings, b => b.Status == BookingStatus.Offered);
        Assert.Equal(7, bookings.Count(b => b.Status == BookingStatus.WaitListed));
    }

    [Fact]
    public async Task Two_offers_accepted_at_once_for_two_freed_places_both_succeed_and_fill_the_session_exactly()
    {
        var session = await factory.SessionAsync(capacity: 2);
        var people = await factory.PeopleAsync(5);
        foreach (var p in people.Take(2))
        {
            await factory.BookAsync(session.Id, p.Id);
        }

        foreach (var p in people.Skip(2))
        {
            await factory.BookAsync(session.Id, p.Id, waitList: true);
        }

        foreach (var b in (await factory.BookingsAsync(session.Id)).Where(b => b.Status == BookingStatus.Booked))
        {
            await factory.WithBookingsAsync(s => s.CancelAsync(b.Id, BarrierReason.Illness, null, b.PersonId, CancellationToken.None));
        }

        var codes = (await factory.BookingsAsync(session.Id)).Where(b => b.Status == BookingStatus.Offered).Select(b => b.OfferCode!).ToList();
        var outcomes = await AllAtOnceAsync(codes.Select(c => (Func<Task<BookingOutcome>>)(() => factory.WithBookingsAsync(s => s.AnswerOfferAsync(c, accept: true, CancellationToken.None)))));

        var bookings = await factory.BookingsAsync(session.Id);
        Assert.Equal(2, codes.Count);
        Assert.All(outcomes, o => Assert.True(o.Done, o.Message));
        Assert.Equal([people[2].Id, people[3].Id], bookings.Where(b => b.Status == BookingStatus.Booked).Select(b => b.PersonId).Order());
        Assert.Equal(BookingStatus.WaitListed, bookings.Single(b => b.PersonId == people[4].Id).Status);
    }

    /// <summary>Starts every attempt on its own thread, releases them together, and waits for all.</summary>
    private static async Task<BookingOutcome[]> AllAtOnceAsync(IEnumerable<Func<Task<BookingOutcome>>> attempts)
    {
        using var start = new ManualResetEventSlim(false);
        var running = attempts.Select(a => Task.Run(async () =>
        {
            start.Wait();
            return await a();
        })).ToList();
        start.Set();
        return await Task.WhenAll(running);
    }
}

public sealed class SqliteLastPlaceTests(McnHubFactory factory) : LastPlaceTests(factory), IClassFixture<McnHubFactory>;

public sealed class PostgresLastPlaceTests(PostgresMcnHubFactory factory) : LastPlaceTests(factory), IClassFixture<PostgresMcnHubFactory>;
