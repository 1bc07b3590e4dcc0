using McnHub.Platform.Data;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Directory.ReadModel;

/// <summary>
/// Holds the current <see cref="DirectorySnapshot"/> for this app instance, built at one value of the database's
/// change counter. The counter is read at most once per <see cref="DirectoryOptions.VersionCheckInterval"/> (one tiny
/// query), and at once after any write made through this instance (<see cref="NoteLocalWrite"/>, called by
/// <see cref="DirectoryWriteInterceptor"/>): so an edit made here shows in the very next search, and one made by
/// another instance, an import elsewhere or by hand in SQL within the interval. When the counter moved, the snapshot
/// is rebuilt; only one rebuild runs at a time and requests arriving meanwhile wait for it. See docs/adr/0009, 0011.
/// </summary>
public sealed class DirectoryReadModel(DirectoryVersionReader versions, IOptions<DirectoryOptions> options, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim rebuilding = new(1, 1);
    private volatile DirectorySnapshot? current;
    private volatile VersionCheck? lastCheck;
    private long localWrites;

    /// <summary>A write through this instance may have changed the directory: the next request asks the counter again.</summary>
    public void NoteLocalWrite() => Interlocked.Increment(ref localWrites);

    /// <summary>
    /// The directory's change counter as last read, read again when the interval has passed or this instance wrote
    /// since. Cheap enough for every request (no query at all most of the time).
    /// </summary>
    public async ValueTask<long> VersionAsync(CancellationToken ct)
    {
        var writes = Interlocked.Read(ref localWrites);
        var last = lastCheck;
        if (last is not null && last.Writes == writes && clock.GetElapsedTime(last.Timestamp) < options.Value.VersionCheckInterval)
        {
            return last.Version;
        }

        // The time and the write count are taken before the query: a write committed while it runs is either in
        // the value read or makes the next request ask again.
        var timestamp = clock.GetTimestamp();
        var version = await versions.ReadAsync(ct);
        if (lastCheck is not { } newer || newer.Version <= version)
        {
            lastCheck = new VersionCheck(version, timestamp, writes);
        }

        return version;
    }

    /// <param name="db">The request's context: used only when the snapshot has to be rebuilt.</param>
    /// <param name="ct">Cancels the wait.</param>
    public async Task<DirectorySnapshot> GetAsync(AppDbContext db, CancellationToken ct)
    {
        var version = await VersionAsync(ct);
        // The counter only grows: a snapshot newer than the value last read (built by a request that read it again) will do.
        var snapshot = current;
        if (snapshot?.Version >= version)
        {
            return snapshot;
        }

        await rebuilding.WaitAsync(ct);
        try
        {
            snapshot = current;
            if (snapshot?.Version >= version)
            {
                return snapshot;
            }

            // Read the counter again inside the lock: a newer snapshot may serve this request as well as later ones.
            var writes = Interlocked.Read(ref localWrites);
            var timestamp = clock.GetTimestamp();
            version = await versions.ReadAsync(ct);
            snapshot = await DirectorySnapshot.LoadAsync(db, version, options.Value.SearchCacheSize, ct);
            current = snapshot;
            if (lastCheck is not { } last || last.Version < version)
            {
                lastCheck = new VersionCheck(version, timestamp, writes);
            }

            return snapshot;
        }
        finally
        {
            rebuilding.Release();
        }
    }

    public void Dispose() => rebuilding.Dispose();

    private sealed record VersionCheck(long Version, long Timestamp, long Writes);
}
