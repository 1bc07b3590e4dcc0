using McnHub.Platform.Data;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Directory.ReadModel;

/// <summary>
/// Holds the current <see cref="DirectorySnapshot"/> for this app instance. Every request reads the database's
/// change counter (one tiny query) and gets the snapshot built at that counter value, rebuilding it first when the
/// counter moved: so a search right after an edit — made here, by another instance, by an import or by hand in SQL —
/// sees the edit. Only one rebuild runs at a time; requests arriving meanwhile wait for it. See docs/adr/0009.
/// </summary>
public sealed class DirectoryReadModel(DirectoryVersionReader versions, IOptions<DirectoryOptions> options) : IDisposable
{
    private readonly SemaphoreSlim rebuilding = new(1, 1);
    private volatile DirectorySnapshot? current;

    /// <param name="db">The request's context: used only when the snapshot has to be rebuilt.</param>
    /// <param name="ct">Cancels the wait.</param>
    public async Task<DirectorySnapshot> GetAsync(AppDbContext db, CancellationToken ct)
    {
        var version = await versions.ReadAsync(ct);
        var snapshot = current;
        if (snapshot?.Version == version)
        {
            return snapshot;
        }

        await rebuilding.WaitAsync(ct);
        try
        {
            snapshot = current;
            if (snapshot?.Version == version)
            {
                return snapshot;
            }

            // Read the counter again inside the lock: a newer snapshot may serve this request as well as later ones.
            version = await versions.ReadAsync(ct);
            snapshot = await DirectorySnapshot.LoadAsync(db, version, options.Value.SearchCacheSize, ct);
            current = snapshot;
            return snapshot;
        }
        finally
        {
            rebuilding.Release();
        }
    }

    public void Dispose() => rebuilding.Dispose();
}
