using McnHub.Features.Members.People;
using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Training;

/// <summary>The training schema's own guards, on both databases: they hold even if a page forgets a rule.</summary>
public abstract class TrainingModelTests(McnHubFactory factory)
{
    [Fact]
    public async Task A_person_can_hold_only_one_live_booking_per_session_but_may_book_again_after_cancelling()
    {
        var (sessionId, personId) = await factory.WithDbAsync(async db =>
        {
            var session = NewSession("Model guard course " + Guid.NewGuid().ToString("N")[..6]);
            db.Add(session);
            var person = await db.Set<Person>().OrderBy(p => p.Id).FirstAsync();
            await db.SaveChangesAsync();
            db.Add(new Booking { SessionId = session.Id, PersonId = person.Id, Status = BookingStatus.Cancelled, RequestedAt = DateTime.UtcNow, CancellationReason = BarrierReason.Travel });
            db.Add(new Booking { SessionId = session.Id, PersonId = person.Id, Status = BookingStatus.Booked, RequestedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return (session.Id, person.Id);
        });

        var second = factory.WithDbAsync(async db =>
        {
            db.Add(new Booking { SessionId = sessionId, PersonId = personId, Status = BookingStatus.WaitListed, RequestedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<DbUpdateException>(() => second);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Set<Booking>().CountAsync(b => b.SessionId == sessionId)));
    }

    [Fact]
    public async Task The_database_refuses_negative_cpd_hours_and_a_session_ending_before_it_starts()
    {
        var negative = factory.WithDbAsync(db =>
        {
            var session = NewSession("Negative hours " + Guid.NewGuid().ToString("N")[..6]);
            session.Course!.CpdHours = -1;
            db.Add(session);
            return db.SaveChangesAsync();
        });
        var backwards = factory.WithDbAsync(db =>
        {
            var session = NewSession("Backwards " + Guid.NewGuid().ToString("N")[..6]);
            session.EndsAt = session.StartsAt.AddHours(-1);
            db.Add(session);
            return db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<DbUpdateException>(() => negative);
        await Assert.ThrowsAsync<DbUpdateException>(() => backwards);
    }

    internal static TrainingSession NewSession(string courseTitle, int capacity = 10) => new()
    {
        Course = new Course { Title = courseTitle, Description = "About it.", Level = CourseLevel.Core, Format = TrainingFormat.InPerson, CpdHours = 3 },
        StartsAt = DateTime.UtcNow.Date.AddDays(30).AddHours(9),
        EndsAt = DateTime.UtcNow.Date.AddDays(30).AddHours(12),
        Format = TrainingFormat.InPerson,
        Capacity = capacity,
    };
}

public sealed class SqliteTrainingModelTests(McnHubFactory factory) : TrainingModelTests(factory), IClassFixture<McnHubFactory>;

public sealed class PostgresTrainingModelTests(PostgresMcnHubFactory factory) : TrainingModelTests(factory), IClassFixture<PostgresMcnHubFactory>;
