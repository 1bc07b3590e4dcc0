using System.ComponentModel.DataAnnotations;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using McnHub.Platform.Files;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Guidelines.Documents;

/// <summary>What stays across versions: title, summary, kind, topics, owner, audience.</summary>
public sealed class DocumentInput
{
    [Required(ErrorMessage = "Enter a title")]
    [StringLength(200, ErrorMessage = "Title must be 200 characters or fewer")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Enter a summary")]
    [StringLength(2000, ErrorMessage = "Summary must be 2,000 characters or fewer")]
    public string? Summary { get; set; }

    [Required(ErrorMessage = "Choose the kind of document")]
    public DocumentKind? Kind { get; set; }

    [StringLength(900, ErrorMessage = "Topics must be 900 characters or fewer")]
    public string? Topics { get; set; }

    [Required(ErrorMessage = "Choose the owner")]
    public int? OwnerId { get; set; }

    [Required(ErrorMessage = "Choose who may read it")]
    public DocumentAudience? Audience { get; set; }

    public int Version { get; set; }

    public static DocumentInput From(GuidelineDocument d) => new()
    {
        Title = d.Title,
        Summary = d.Summary,
        Kind = d.Kind,
        Topics = string.Join(", ", d.TopicList),
        OwnerId = d.OwnerId,
        Audience = d.Audience,
        Version = d.Version,
    };

    public void ApplyTo(GuidelineDocument d)
    {
        d.Title = Title!.Trim();
        d.Summary = Summary!.Trim();
        d.Kind = Kind!.Value;
        d.Topics = GuidelineTopics.Parse(Topics);
        d.OwnerId = OwnerId!.Value;
        d.Audience = Audience!.Value;
    }

    public IEnumerable<FieldValues> Compare(GuidelineDocument saved) =>
    [
        new("Input.Title", "Title", Title, saved.Title),
        new("Input.Summary", "Summary", Summary, saved.Summary),
        new("Input.Topics", "Topics", GuidelineTopics.Parse(Topics), saved.Topics),
        new("Input.Audience", "Audience", Audience?.ToString(), saved.Audience.ToString()),
        new("Input.Kind", "Kind", Kind?.ToString(), saved.Kind.ToString()),
    ];
}

/// <summary>One version's content: text, why it changed, dates. The file comes as a separate upload.</summary>
public sealed class VersionInput
{
    public const int MaxBodyLength = 200_000;

    [StringLength(MaxBodyLength, ErrorMessage = "The text must be 200,000 characters or fewer")]
    public string? Body { get; set; }

    [StringLength(2000, ErrorMessage = "The change summary must be 2,000 characters or fewer")]
    public string? ChangeSummary { get; set; }

    public DateOnly? EffectiveDate { get; set; }

    public DateOnly? ReviewDate { get; set; }

    public bool RemoveFile { get; set; }

    public int Version { get; set; }

    public static VersionInput From(GuidelineVersion v) => new()
    {
        Body = v.Body,
        ChangeSummary = v.ChangeSummary,
        EffectiveDate = v.EffectiveDate,
        ReviewDate = v.ReviewDate,
        Version = v.Version,
    };

    public void ApplyTo(GuidelineVersion v)
    {
        v.Body = Body?.ReplaceLineEndings("\n").Trim() ?? "";
        v.ChangeSummary = ChangeSummary?.Trim() ?? "";
        v.EffectiveDate = EffectiveDate;
        v.ReviewDate = ReviewDate;
    }
}

public static class DocumentForm
{
    public static readonly string[] UploadExtensions = [".pdf", ".docx", ".doc"];

    public static async Task<IReadOnlyList<SelectListItem>> OwnerItemsAsync(AppDbContext db, CancellationToken ct) =>
        [.. (await db.Set<Person>().AsNoTracking().Where(p => p.Active).OrderBy(p => p.FullName).Select(p => new { p.Id, p.FullName }).ToListAsync(ct))
            .Select(p => new SelectListItem(p.FullName, p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    public static async Task ValidateAsync(AppDbContext db, DocumentInput input, ModelStateDictionary state, CancellationToken ct)
    {
        Reword(state, "Input.Kind", "Choose the kind of document from the list");
        Reword(state, "Input.Audience", "Choose who may read it from the list");
        Reword(state, "Input.OwnerId", "Choose the owner from the list");
        if (input.OwnerId is { } ownerId && !await db.Set<Person>().AnyAsync(p => p.Id == ownerId && p.Active, ct))
        {
            state.AddModelError("Input.OwnerId", "Choose the owner from the list");
        }
    }

    /// <summary>Dates in order, and some content: text, a file kept from before, or a new upload.</summary>
    public static void Validate(VersionInput input, string prefix, bool hasFile, ModelStateDictionary state)
    {
        BindingDates(state, prefix);
        if (input.EffectiveDate is { } effective && input.ReviewDate is { } review && review < effective)
        {
            state.AddModelError($"{prefix}.ReviewDate", "Review date must be on or after the effective date");
        }

        if (string.IsNullOrWhiteSpace(input.Body) && !hasFile)
        {
            state.AddModelError($"{prefix}.Body", "Enter the text of the document, or attach a PDF or Word file");
        }
    }

    /// <summary>Checks the upload is a PDF or Word document and stores it (FileStore checks size and first bytes); a refusal becomes a message on the field.</summary>
    public static async Task<StoredFile?> SaveUploadAsync(FileStore files, IFormFile? upload, ModelStateDictionary state, CancellationToken ct)
    {
        if (upload is null || upload.Length == 0 && string.IsNullOrEmpty(upload.FileName))
        {
            return null;
        }

        if (!UploadExtensions.Contains(Path.GetExtension(upload.FileName), StringComparer.OrdinalIgnoreCase))
        {
            state.AddModelError("Upload", "The selected file must be a PDF or Word document (.pdf, .docx or .doc)");
            return null;
        }

        try
        {
            return await files.SaveAsync(upload, ct);
        }
        catch (UploadRejectedException e)
        {
            state.AddModelError("Upload", e.Message);
            return null;
        }
    }

    private static void BindingDates(ModelStateDictionary state, string prefix)
    {
        Reword(state, $"{prefix}.EffectiveDate", "Effective date must be a real date");
        Reword(state, $"{prefix}.ReviewDate", "Review date must be a real date");
    }

    private static void Reword(ModelStateDictionary state, string key, string message) => BindingErrors.Reword(state, key, message);
}

public interface IDocumentFormPage
{
    DocumentInput Input { get; }

    IReadOnlyList<SelectListItem> OwnerItems { get; }
}

public interface IVersionFormPage
{
    VersionInput Draft { get; }

    string? CurrentFileName { get; }

    long MaxUploadMegabytes { get; }
}
