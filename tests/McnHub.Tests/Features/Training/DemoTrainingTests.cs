using System.Diagnostics;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Training.Demo;
using McnHub.Features.Training.Model;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Training;

public sealed class DemoTrainingTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task The_demo_programme_seeds_quickly_once_with_a_year_of_sessions_a_waiting_list_and_barriers()
    {
        var today = MeetingTime.UkDate(DateTime.UtcNow);
        await factory.WithDbAsync(db => db.Set<Course>().CountAsync()); // the app and its demo network start first
        var watch = Stopwatch.StartNew();
        await factory.WithDbAsync(async db => { await DemoTraining.SeedAsync(db, today, CancellationToken.None); return 0; });
        var elapsed = watch.Elapsed;
        await factory.WithDbAsync(async db => { await DemoTraining.SeedAsync(db, today, CancellationToken.None); return 0; });

        var (courses, past, future, waiting, reasons) = await factory.WithDbAsync(async db => (
            await db.Set<Course>().CountAsync(c => c.Competencies.Any()),
            await db.Set<TrainingSession>().CountAsync(s => s.StartsAt < DateTime.UtcNow && s.Bookings.Any(b => b.Attendance == AttendanceOutcome.Attended)),
            await db.Set<TrainingSession>().CountAsync(s => s.StartsAt > DateTime.UtcNow),
            await db.Set<Booking>().CountAsync(b => b.Status == BookingStatus.WaitListed),
            await db.Set<Booking>().Where(b => b.CancellationReason != null).Select(b => b.CancellationReason).Distinct().CountAsync()));

        Assert.Equal(10, courses);
        Assert.InRange(past, 10, 14);
        Assert.InRange(future, 10, 14);
        Assert.Equal(3, waiting);
        Assert.True(reasons >= 3, $"{reasons} kinds of cancellation reason");
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"Seeding took {elapsed}");
    }
}
