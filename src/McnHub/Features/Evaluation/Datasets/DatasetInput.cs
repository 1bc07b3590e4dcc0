using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Datasets;

public sealed partial class DatasetInput
{
    [Required(ErrorMessage = "Enter a code")]
    [StringLength(EvaluationLimits.Code, ErrorMessage = "The code must be 50 characters or fewer")]
    public string? Code { get; set; }

    [Required(ErrorMessage = "Enter a name")]
    [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
    public string? Name { get; set; }

    [StringLength(2000, ErrorMessage = "The description must be 2,000 characters or fewer")]
    public string? Description { get; set; }

    public PeriodType PeriodType { get; set; } = PeriodType.Quarterly;

    [Required(ErrorMessage = "Enter the number of days after the period ends that a return is due")]
    [Range(0, 365, ErrorMessage = "Days until due must be a whole number from 0 to 365")]
    public int? DueDays { get; set; } = 30;

    [Required(ErrorMessage = "Enter the number of days after the due date that late entry stays open")]
    [Range(0, 365, ErrorMessage = "Days open for late entry must be a whole number from 0 to 365")]
    public int? OpenForLateEntryDays { get; set; } = 60;

    public bool RequireValidationPass { get; set; }

    public bool Active { get; set; } = true;

    public int Version { get; set; }

    public static readonly IReadOnlyList<SelectListItem> PeriodTypes =
    [
        new("Monthly", nameof(PeriodType.Monthly)), new("Quarterly", nameof(PeriodType.Quarterly)), new("Yearly", nameof(PeriodType.Yearly)),
    ];

    public static DatasetInput From(Dataset d) => new()
    {
        Code = d.Code, Name = d.Name, Description = d.Description, PeriodType = d.PeriodType, DueDays = d.DueDays,
        OpenForLateEntryDays = d.OpenForLateEntryDays, RequireValidationPass = d.RequireValidationPass, Active = d.Active, Version = d.Version,
    };

    public void ApplyTo(Dataset d)
    {
        d.Code = Code!.Trim().ToUpperInvariant();
        d.Name = Name!.Trim();
        d.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        d.PeriodType = PeriodType;
        d.DueDays = DueDays!.Value;
        d.OpenForLateEntryDays = OpenForLateEntryDays!.Value;
        d.RequireValidationPass = RequireValidationPass;
        d.Active = Active;
    }

    public IEnumerable<FieldValues> Compare(Dataset saved) =>
    [
        new("Input.Code", "Code", Code, saved.Code), new("Input.Name", "Name", Name, saved.Name),
        new("Input.Description", "Description", Description, saved.Description),
        new("Input.PeriodType", "Period type", PeriodType.ToString(), saved.PeriodType.ToString()),
        new("Input.DueDays", "Days until due", Invariant(DueDays), Invariant(saved.DueDays)),
        new("Input.OpenForLateEntryDays", "Days open for late entry", Invariant(OpenForLateEntryDays), Invariant(saved.OpenForLateEntryDays)),
    ];

    /// <summary>A unique code; once returns exist their periods are of the dataset's period type, so it stays.</summary>
    public async Task ValidateAsync(AppDbContext db, Dataset? existing, ModelStateDictionary state, CancellationToken ct)
    {
        BindingErrors.Reword(state, "Input.DueDays", "Days until due must be a whole number from 0 to 365");
        BindingErrors.Reword(state, "Input.OpenForLateEntryDays", "Days open for late entry must be a whole number from 0 to 365");
        if (!Enum.IsDefined(PeriodType))
        {
            state.AddModelError("Input.PeriodType", "Choose monthly, quarterly or yearly");
        }

        var code = Code?.Trim().ToUpperInvariant() ?? "";
        if (code.Length > 0 && !CodePattern().IsMatch(code))
        {
            state.AddModelError("Input.Code", "The code must start with a letter and use only capital letters, digits and underscores, e.g. CPC_MDS");
        }
        else if (code.Length > 0 && await db.Set<Dataset>().AnyAsync(d => d.Code == code && (existing == null || d.Id != existing.Id), ct))
        {
            state.AddModelError("Input.Code", $"There is already a dataset with the code {code}");
        }

        if (existing is not null && PeriodType != existing.PeriodType
            && await db.Set<DataReturn>().AnyAsync(r => r.DatasetId == existing.Id, ct))
        {
            state.AddModelError("Input.PeriodType",
                $"Returns have been made for this dataset {existing.PeriodType.ToString().ToLowerInvariant()}, so its period type cannot change. Create a new dataset for {PeriodType.ToString().ToLowerInvariant()} returns instead.");
        }
    }

    private static string? Invariant(int? n) => n?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex CodePattern();
}
