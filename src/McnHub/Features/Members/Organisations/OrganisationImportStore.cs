using System.Security.Cryptography;
using System.Text.Json;
using McnHub.Platform.Data;
using Microsoft.Extensions.Options;

namespace McnHub.Features.Members.Organisations;

/// <summary>An uploaded import file waiting for confirmation.</summary>
public sealed record PendingImport(string UserId, string FileName, string Text, string? Note, DateTime UploadedAt);

/// <summary>
/// Keeps an uploaded CSV between its preview and the confirmation, on the server (data folder) under a random
/// id, so the confirmation imports exactly what was previewed and the browser never sends the content back.
/// Only the person who uploaded a file can load it; files older than a day are removed.
/// </summary>
public sealed class OrganisationImportStore(IOptions<DatabaseOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private string Folder => Path.Combine(options.Value.DataFolder, "imports");

    public async Task<string> SaveAsync(PendingImport import, CancellationToken ct)
    {
        System.IO.Directory.CreateDirectory(Folder);
        RemoveExpired();
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        await File.WriteAllTextAsync(PathOf(id), JsonSerializer.Serialize(import), ct);
        return id;
    }

    public async Task<PendingImport?> LoadAsync(string? id, string userId, CancellationToken ct)
    {
        if (!IsId(id) || !File.Exists(PathOf(id!)))
        {
            return null;
        }

        var import = JsonSerializer.Deserialize<PendingImport>(await File.ReadAllTextAsync(PathOf(id!), ct));
        return import is not null && import.UserId == userId && clock.GetUtcNow().UtcDateTime - import.UploadedAt < Lifetime ? import : null;
    }

    public void Delete(string id)
    {
        if (IsId(id))
        {
            File.Delete(PathOf(id));
        }
    }

    private void RemoveExpired()
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(Folder, "*.json"))
        {
            if (clock.GetUtcNow().UtcDateTime - File.GetLastWriteTimeUtc(file) > Lifetime)
            {
                File.Delete(file);
            }
        }
    }

    private string PathOf(string id) => Path.Combine(Folder, id + ".json");

    /// <summary>Only ids this store made (32 hex digits): nothing from the query string reaches the file system otherwise.</summary>
    private static bool IsId(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);
}
