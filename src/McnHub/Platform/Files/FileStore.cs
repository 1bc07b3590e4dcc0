using System.Security.Cryptography;
using McnHub.Platform.Data;
using Microsoft.Extensions.Options;

namespace McnHub.Platform.Files;

public sealed class FileOptions
{
    public const string Section = "Files";

    /// <summary>Folder for uploaded files, outside wwwroot. Relative to the working directory.</summary>
    public string Folder { get; set; } = "data/files";

    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
}

/// <summary>An upload that was refused, with a message fit to show next to the field.</summary>
public sealed class UploadRejectedException(string message) : Exception(message);

/// <summary>
/// Stores uploads on disk outside wwwroot under a random name; only documents of known types are taken,
/// checked by extension and by their first bytes, and never served inline.
/// </summary>
public sealed class FileStore(AppDbContext db, IOptions<FileOptions> options)
{
    private static readonly Dictionary<string, (string ContentType, byte[][] Magic)> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", [[0x25, 0x50, 0x44, 0x46]]),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", [[0x50, 0x4B, 0x03, 0x04]]),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [[0x50, 0x4B, 0x03, 0x04]]),
        [".pptx"] = ("application/vnd.openxmlformats-officedocument.presentationml.presentation", [[0x50, 0x4B, 0x03, 0x04]]),
        [".odt"] = ("application/vnd.oasis.opendocument.text", [[0x50, 0x4B, 0x03, 0x04]]),
        [".doc"] = ("application/msword", [[0xD0, 0xCF, 0x11, 0xE0]]),
        [".png"] = ("image/png", [[0x89, 0x50, 0x4E, 0x47]]),
        [".jpg"] = ("image/jpeg", [[0xFF, 0xD8, 0xFF]]),
        [".jpeg"] = ("image/jpeg", [[0xFF, 0xD8, 0xFF]]),
    };

    public static string AllowedDescription => "PDF, Word (.docx, .doc), OpenDocument text, Excel (.xlsx), PowerPoint (.pptx), PNG or JPEG";

    public long MaxBytes => options.Value.MaxBytes;

    /// <summary>Checks and saves an upload; the caller adds the returned record to its own transaction.</summary>
    public async Task<StoredFile> SaveAsync(IFormFile upload, CancellationToken ct = default)
    {
        var ext = Path.GetExtension(upload.FileName);
        if (upload.Length == 0)
        {
            throw new UploadRejectedException("The selected file is empty");
        }

        if (upload.Length > MaxBytes)
        {
            throw new UploadRejectedException($"The selected file must be smaller than {MaxBytes / (1024 * 1024)} MB");
        }

        if (!Allowed.TryGetValue(ext, out var kind))
        {
            throw new UploadRejectedException($"The selected file must be a {AllowedDescription}");
        }

        await using var input = upload.OpenReadStream();
        using var buffer = new MemoryStream();
        await input.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (!kind.Magic.Any(m => bytes.AsSpan().StartsWith(m)))
        {
            throw new UploadRejectedException($"The selected file is not a real {ext.TrimStart('.').ToUpperInvariant()} file");
        }

        var file = new StoredFile
        {
            FileName = Path.GetFileName(upload.FileName),
            ContentType = kind.ContentType,
            Length = bytes.Length,
            Sha256 = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(),
            UploadedBy = db.Actor.UserName,
        };
        Directory.CreateDirectory(options.Value.Folder);
        await File.WriteAllBytesAsync(PathOf(file.Id), bytes, ct);
        db.Set<StoredFile>().Add(file);
        return file;
    }

    public string PathOf(Guid id) => Path.Combine(options.Value.Folder, id.ToString("N"));

    public Stream OpenRead(Guid id) => File.OpenRead(PathOf(id));
}

public static class FilesModule
{
    public static IServiceCollection AddFiles(this IServiceCollection services)
    {
        services.AddOptions<FileOptions>().BindConfiguration(FileOptions.Section);
        services.AddScoped<FileStore>();
        return services;
    }
}
