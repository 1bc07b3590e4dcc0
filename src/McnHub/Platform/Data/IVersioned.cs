namespace McnHub.Platform.Data;

/// <summary>
/// An editable record with an optimistic concurrency token. The token is bumped on every update by
/// <see cref="AppDbContext"/>; an edit form posts back the version it loaded, so a stale save fails.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
