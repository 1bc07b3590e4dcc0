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
}

public sealed class SqliteLastPlaceTests(McnHubFactory factory) : LastPlaceTests(factory), IClassFixture<McnHubFactory>;

public sealed class PostgresLastPlaceTests(PostgresMcnHubFactory factory) : LastPlaceTests(factory), IClassFixture<PostgresMcnHubFactory>;
