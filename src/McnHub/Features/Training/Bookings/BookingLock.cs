using McnHub.Features.Training.Model;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace McnHub.Features.Training.Bookings;

/// <summary>
/// Serialises every change to a session's bookings. The transaction's first statement is a no-op UPDATE of the
/// session row: on PostgreSQL that takes the row lock (like SELECT … FOR UPDATE), so a second booker waits until
/// the first commits and then counts the places afresh (READ COMMITTED re-reads per statement); on SQLite a write
/// as the first statement takes the database's write lock at once, so no two bookers can both read "one place
/// left" and then both write. The same code on both databases, no isolation-level tricks, no retries.
/// </summary>
public static class BookingLock
{
    /// <summary>The open transaction holding the lock, or null when the session does not exist.</summary>
    public static async Task<IDbContextTransaction?> AcquireAsync(AppDbContext db, int sessionId, CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(ct);
        var rows = await db.Set<TrainingSession>().Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Capacity, x => x.Capacity), ct);
        if (rows == 0)
        {
            await transaction.DisposeAsync();
            return null;
        }

        return transaction;
    }
}
