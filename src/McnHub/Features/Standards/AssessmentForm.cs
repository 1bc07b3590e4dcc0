using System.ComponentModel.DataAnnotations;
using McnHub.Features.Members.People;
using McnHub.Platform.Files;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace McnHub.Features.Standards;

/// <summary>What the assessment form posts: the status and evidence, and optionally one new action plan item.</summary>
public sealed class AssessmentInput
{
    /// <summary>0 while the statement has not been assessed in this period.</summary>
    public int AssessmentId { get; set; }

    [Required(ErrorMessage = "Select whether the statement is met, partially met, not met or not applicable")]
    public AssessmentStatus? Status { get; set; }

    [StringLength(4000, ErrorMessage = "The evidence must be 4,000 characters or fewer")]
    public string? Evidence { get; set; }

    [StringLength(1000, ErrorMessage = "The action must be 1,000 characters or fewer")]
    public string? NewAction { get; set; }

    [StringLength(200, ErrorMessage = "The owner must be 200 characters or fewer")]
    public string? NewOwner { get; set; }

    public DateOnly? NewDueOn { get; set; }

    public int Version { get; set; }

    public bool AddsAction => !string.IsNullOrWhiteSpace(NewAction) || !string.IsNullOrWhiteSpace(NewOwner) || NewDueOn is not null;

    public static AssessmentInput From(Assessment? a) => a is null
        ? new AssessmentInput()
        : new AssessmentInput { AssessmentId = a.Id, Status = a.Status, Evidence = a.Evidence, Version = a.Version };

    public IEnumerable<FieldValues> Compare(Assessment saved) =>
    [
        new("Input.Status", "The status", Status is { } s ? StandardsRules.Describe(s) : null, StandardsRules.Describe(saved.Status)),
        new("Input.Evidence", "The evidence", Evidence, saved.Evidence),
    ];
}

public static class AssessmentForm
{
    public const string UploadKey = "EvidenceUpload";

    /// <summary>Room for a file over the store's limit, so that it is refused next to the field with the rest of the form kept.</summary>
    public const long RequestLimit = 50 * 1024 * 1024;

    public static void Validate(AssessmentInput input, AssessmentPeriod period, IFormFile? upload, DateOnly today, ModelStateDictionary state)
    {
        BindingErrors.Reword(state, "Input.Status", "Select whether the statement is met, partially met, not met or not applicable");
        BindingErrors.Reword(state, "Input.NewDueOn", "Enter the action's due date as a real date");
        if (!period.IsOpen)
        {
            state.AddModelError("", $"The period {period.Name} is closed, so its assessments can no longer be changed. Nothing has been saved.");
            if (upload is not null)
            {
                state.AddModelError(UploadKey, $"Evidence files cannot be added to a closed period: {period.Name} is closed");
            }
        }

        if (input.AddsAction)
        {
            if (string.IsNullOrWhiteSpace(input.NewAction))
            {
                state.AddModelError("Input.NewAction", "Enter the action");
            }

            if (string.IsNullOrWhiteSpace(input.NewOwner))
            {
                state.AddModelError("Input.NewOwner", "Enter who owns the action");
            }

            if (input.NewDueOn is null && !(state.TryGetValue("Input.NewDueOn", out var due0) && due0.Errors.Count > 0))
            {
                state.AddModelError("Input.NewDueOn", "Enter the date the action is due");
            }
            else if (input.NewDueOn is { } due && due < today)
            {
                state.AddModelError("Input.NewDueOn", "The action's due date must be today or in the future");
            }
        }
    }

    public static async Task<StoredFile?> TakeUploadAsync(FileStore files, IFormFile? upload, ModelStateDictionary state, CancellationToken ct)
    {
        if (upload is null)
        {
            return null;
        }

        try
        {
            return await files.SaveAsync(upload, ct);
        }
        catch (UploadRejectedException rejected)
        {
            state.AddModelError(UploadKey, rejected.Message);
            return null;
        }
    }

    /// <summary>Tells the user to choose the file again when the form could not be saved (browsers never re-send a file).</summary>
    public static void AskForFileAgain(IFormFile? upload, ModelStateDictionary state)
    {
        if (upload is not null && (!state.TryGetValue(UploadKey, out var entry) || entry.Errors.Count == 0))
        {
            state.AddModelError(UploadKey, $"Select the file again: {Path.GetFileName(upload.FileName)} was not kept because of the problems above");
        }
    }

    public static void DeleteBytes(FileStore files, Guid id)
    {
        try
        {
            File.Delete(files.PathOf(id));
        }
        catch (IOException)
        {
            // Left behind: harmless, since nothing refers to it and it is never served.
        }
    }
}
