using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;
using Microsoft.Extensions.Options;

namespace McnHub.Tests.Features.Members.Organisations;

public sealed class OrganisationImportStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mcnhub-tests", Guid.NewGuid().ToString("N"));
    private readonly MovableClock _clock = new(new DateTimeOffset(2025, 6, 30, 12, 0, 0, TimeSpan.Zero));
    private readonly OrganisationImportStore _store;

    public OrganisationImportStoreTests()
    {
        _store = new OrganisationImportStore(Options.Create(new DatabaseOptions { DataFolder = _folder }), _clock);
    }

    private PendingImport Import(string user) => new(user, "file.csv", "Name,Type,Sector", null, _clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Only_the_uploader_can_load_an_upload()
    {
        var id = await _store.SaveAsync(Import("alice"), default);

        Assert.Equal("Name,Type,Sector", (await _store.LoadAsync(id, "alice", default))!.Text);
        Assert.Null(await _store.LoadAsync(id, "bob", default));
    }

    [Fact]
    public async Task An_upload_expires_after_a_day_and_ids_that_are_not_the_stores_are_never_opened()
    {
        var id = await _store.SaveAsync(Import("alice"), default);
        _clock.Now = _clock.Now.AddDays(1).AddMinutes(1);

        Assert.Null(await _store.LoadAsync(id, "alice", default));
        Assert.Null(await _store.LoadAsync("../" + id, "alice", default));
        Assert.Null(await _store.LoadAsync(id.ToUpperInvariant(), "alice", default));
    }

    [Fact]
    public async Task A_deleted_upload_is_gone()
    {
        var id = await _store.SaveAsync(Import("alice"), default);

        _store.Delete(id);

        Assert.Null(await _store.LoadAsync(id, "alice", default));
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_folder))
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
    }

    private sealed class MovableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
