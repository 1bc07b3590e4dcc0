using McnHub.Features.Members.People;
using McnHub.Features.Training.Bookings;
using McnHub.Features.Training.Model;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace McnHub.Tests.Features.Training;

/// <summary>Sessions and people for training tests, made straight in the database.</summary>
public static class TrainingTestData
{
    public static async Task<TrainingSession> SessionAsync(this McnHubFactory factory, int capacity = 10, Action<TrainingSession>? change = null)
    {
        var session = TrainingModelTests.NewSession("Test course " + Guid.NewGuid().ToString("N")[..8], capacity);
        session.BookingDeadline = session.StartsAt.AddDays(-1);
        change?.Invoke(session);
        return await factory.WithDbAsync(async db =>
        {
            db.Add(session);
            await db.SaveChangesAsync();
            return session;
        });
    }

    /// <summary>Active people of the demo network with no booking yet on the session.</summary>
    public static Task<List<Person>> PeopleAsync(this McnHubFactory factory, int count, int skip = 0) =>
        factory.WithDbAsync(db => db.Set<Person>().AsNoTracking().Where(p => p.Active).OrderBy(p => p.Id).Skip(skip).Take(count).ToListAsync());

    public static Task<Person> PersonByEmailAsync(this McnHubFactory factory, string email) =>
        factory.WithDbAsync(db => db.Set<Person>().AsNoTracking().SingleAsync(p => p.Email == email));

    public static async Task<BookingOutcome> BookAsync(this McnHubFactory factory, int sessionId, int personId, bool waitList = false)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<BookingService>();
        return await service.BookAsync(new BookingRequest(sessionId, personId, personId, waitList), CancellationToken.None);
    }

    public static async Task<T> WithBookingsAsync<T>(this McnHubFactory factory, Func<BookingService, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<BookingService>());
    }

    public static Task<List<Booking>> BookingsAsync(this McnHubFactory factory, int sessionId) =>
        factory.WithDbAsync(db => db.Set<Booking>().AsNoTracking().Where(b => b.SessionId == sessionId).OrderBy(b => b.Id).ToListAsync());

    /// <summary>Moves a session (and its deadline) so tests can reach "past the deadline" or "started" without waiting.</summary>
    public static Task MoveAsync(this McnHubFactory factory, int sessionId, DateTime startsAt, DateTime? deadline) =>
        factory.WithDbAsync(async db =>
        {
            var s = await db.Set<TrainingSession>().SingleAsync(x => x.Id == sessionId);
            var length = s.EndsAt - s.StartsAt;
            s.StartsAt = startsAt;
            s.EndsAt = startsAt + length;
            s.BookingDeadline = deadline;
            return await db.SaveChangesAsync();
        });

    public static Task ExpireOffersAsync(this McnHubFactory factory, int sessionId) =>
        factory.WithDbAsync(db => db.Set<Booking>().Where(b => b.SessionId == sessionId && b.Status == BookingStatus.Offered)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.OfferExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
}
