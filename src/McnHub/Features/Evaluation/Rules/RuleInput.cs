using System.ComponentModel.DataAnnotations;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace McnHub.Features.Evaluation.Rules;

public sealed class RuleInput
{
    [Required(ErrorMessage = "Enter a name for the rule")]
    [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Enter the left side")]
    [StringLength(EvaluationLimits.Expression, ErrorMessage = "The left side must be 1,000 characters or fewer")]
    public string? Left { get; set; }

    public RuleOperator Operator { get; set; } = RuleOperator.LessOrEqual;

    [Required(ErrorMessage = "Enter the right side")]
    [StringLength(EvaluationLimits.Expression, ErrorMessage = "The right side must be 1,000 characters or fewer")]
    public string? Right { get; set; }

    public RuleImportance Importance { get; set; } = RuleImportance.Error;

    [Required(ErrorMessage = "Enter the message people see when the rule fails")]
    [StringLength(500, ErrorMessage = "The message must be 500 characters or fewer")]
    public string? Message { get; set; }

    public int Version { get; set; }

    public static RuleInput From(ValidationRule r) => new()
    {
        Name = r.Name, Left = r.Left, Operator = r.Operator, Right = r.Right, Importance = r.Importance, Message = r.Message, Version = r.Version,
    };

    public void ApplyTo(ValidationRule r)
    {
        r.Name = Name!.Trim();
        r.Left = Left!.Trim();
        r.Operator = Operator;
        r.Right = Right!.Trim();
        r.Importance = Importance;
        r.Message = Message!.Trim();
    }

    public IEnumerable<McnHub.Features.Members.People.FieldValues> Compare(ValidationRule saved) =>
    [
        new("Input.Name", "Name", Name, saved.Name),
        new("Input.Left", "Left side", Left, saved.Left),
        new("Input.Right", "Right side", Right, saved.Right),
        new("Input.Message", "Message", Message, saved.Message),
    ];

    /// <summary>Both sides must parse and name only the dataset's elements (or their category options); faults are shown with their position.</summary>
    public async Task ValidateAsync(AppDbContext db, int datasetId, ExpressionService expressions, ModelStateDictionary state, CancellationToken ct)
    {
        var known = await KnownCodesAsync(db, datasetId, ct);
        foreach (var (key, label, text) in new[] { ("Input.Left", "Left side", Left), ("Input.Right", "Right side", Right) })
        {
            if (string.IsNullOrWhiteSpace(text) || state.GetFieldValidationState(key) == ModelValidationState.Invalid)
            {
                continue;
            }

            if (expressions.Check(text, known).Error is { } error)
            {
                state.AddModelError(key, $"{label}: {error.Message} (at character {error.Position})");
            }
        }
    }

    public static Task<IReadOnlySet<string>> KnownCodesAsync(AppDbContext db, int datasetId, CancellationToken ct) =>
        EvaluationCodes.OfDatasetAsync(db, datasetId, ct);
}
