using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using McnHub.Features.Members.People;
using McnHub.Platform.Audit;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Elements;

public sealed partial class ElementInput
{
    [Required(ErrorMessage = "Enter a code")]
    [StringLength(EvaluationLimits.Code, ErrorMessage = "The code must be 50 characters or fewer")]
    public string? Code { get; set; }

    [Required(ErrorMessage = "Enter a name")]
    [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Enter the definition: exactly what is counted")]
    [StringLength(4000, ErrorMessage = "The definition must be 4,000 characters or fewer")]
    public string? Definition { get; set; }

    [StringLength(2000, ErrorMessage = "What counts must be 2,000 characters or fewer")]
    public string? Includes { get; set; }

    [StringLength(2000, ErrorMessage = "What does not count must be 2,000 characters or fewer")]
    public string? Excludes { get; set; }

    [StringLength(2000, ErrorMessage = "The example must be 2,000 characters or fewer")]
    public string? WorkedExample { get; set; }

    public DataValueType ValueType { get; set; } = DataValueType.Integer;

    public int? CategoryComboId { get; set; }

    public bool ZeroIsSignificant { get; set; } = true;

    public AggregationType Aggregation { get; set; } = AggregationType.Sum;

    public bool Active { get; set; } = true;

    public int Version { get; set; }

    public static readonly IReadOnlyList<SelectListItem> ValueTypes =
    [
        new("Whole number", nameof(DataValueType.Integer)), new("Number", nameof(DataValueType.Number)), new("Percentage", nameof(DataValueType.Percentage)),
        new("Yes or no", nameof(DataValueType.YesNo)), new("Text", nameof(DataValueType.Text)),
    ];

    public static readonly IReadOnlyList<SelectListItem> Aggregations =
    [
        new("Sum: added up", nameof(AggregationType.Sum)), new("Average", nameof(AggregationType.Average)), new("Last value: the latest period's", nameof(AggregationType.LastValue)),
    ];

    public static ElementInput From(DataElement e) => new()
    {
        Code = e.Code, Name = e.Name, Definition = e.Definition, Includes = e.Includes, Excludes = e.Excludes, WorkedExample = e.WorkedExample,
        ValueType = e.ValueType, CategoryComboId = e.CategoryComboId, ZeroIsSignificant = e.ZeroIsSignificant, Aggregation = e.Aggregation,
        Active = e.Active, Version = e.Version,
    };

    public void ApplyTo(DataElement e)
    {
        e.Code = Code!.Trim().ToUpperInvariant();
        e.Name = Name!.Trim();
        e.Definition = Definition!.Trim();
        e.Includes = Blank(Includes);
        e.Excludes = Blank(Excludes);
        e.WorkedExample = Blank(WorkedExample);
        e.ValueType = ValueType;
        e.CategoryComboId = ValueType is DataValueType.Text or DataValueType.YesNo ? null : CategoryComboId;
        e.ZeroIsSignificant = ZeroIsSignificant;
        e.Aggregation = Aggregation;
        e.Active = Active;
    }

    public IEnumerable<FieldValues> Compare(DataElement saved) =>
    [
        new("Input.Code", "Code", Code, saved.Code), new("Input.Name", "Name", Name, saved.Name), new("Input.Definition", "Definition", Definition, saved.Definition),
    ];

    /// <summary>A unique code of capitals, digits and underscores; once values are stored, the code, type and disaggregation stay.</summary>
    public async Task ValidateAsync(AppDbContext db, DataElement? existing, ModelStateDictionary state, CancellationToken ct)
    {
        var code = Code?.Trim().ToUpperInvariant() ?? "";
        if (code.Length > 0 && !CodePattern().IsMatch(code))
        {
            state.AddModelError("Input.Code", "The code must start with a letter and use only capital letters, digits and underscores, e.g. DEATHS_HOME");
        }
        else if (code.Length > 0 && await db.Set<DataElement>().AnyAsync(e => e.Code == code && (existing == null || e.Id != existing.Id), ct))
        {
            state.AddModelError("Input.Code", $"There is already a data element with the code {code}");
        }

        if (CategoryComboId is int combo && !await db.Set<CategoryCombo>().AnyAsync(c => c.Id == combo, ct))
        {
            state.AddModelError("Input.CategoryComboId", "Choose a disaggregation from the list");
        }

        if (existing is not null && await db.Set<DataValue>().AnyAsync(v => v.DataElementId == existing.Id, ct))
        {
            if (code != existing.Code)
            {
                state.AddModelError("Input.Code", $"Values are stored under {existing.Code}, so its code cannot change");
            }

            if (ValueType != existing.ValueType)
            {
                state.AddModelError("Input.ValueType", "Values are stored for this element, so its type cannot change");
            }

            if (CategoryComboId != existing.CategoryComboId)
            {
                state.AddModelError("Input.CategoryComboId", "Values are stored for this element, so its disaggregation cannot change");
            }

            // A change refused because stored values depend on the element is audited, as other modules' refusals are.
            if (code != existing.Code || ValueType != existing.ValueType || CategoryComboId != existing.CategoryComboId)
            {
                await db.RecordRefusalAsync(nameof(DataElement), existing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Change to {existing.Code} refused: values are stored for it (code, type or disaggregation)", ct);
            }
        }
    }

    public static async Task<IReadOnlyList<SelectListItem>> CombosAsync(AppDbContext db, CancellationToken ct) =>
        (await db.Set<CategoryCombo>().AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(ct))
        .Select(c => new SelectListItem(c.Name, c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex CodePattern();
}
