using System.ComponentModel.DataAnnotations;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Governance.WorkPlan;

public sealed class ObjectiveInput
{
    [Required(ErrorMessage = "Enter the year the plan starts, for example 2026 for 2026/27")]
    [Range(2000, 2100, ErrorMessage = "Enter the year the plan starts as 4 digits, for example 2026")]
    public int? Year { get; set; }

    [Required(ErrorMessage = "Enter the objective")]
    [StringLength(300, ErrorMessage = "The objective must be 300 characters or fewer")]
    public string? Title { get; set; }

    [StringLength(2000, ErrorMessage = "Measures must be 2,000 characters or fewer")]
    public string? Measures { get; set; }

    public int? OwnerPersonId { get; set; }

    public int Version { get; set; }

    public static ObjectiveInput From(Objective o) => new() { Year = o.Year, Title = o.Title, Measures = o.Measures, OwnerPersonId = o.OwnerPersonId, Version = o.Version };

    public void ApplyTo(Objective o)
    {
        o.Year = Year!.Value;
        o.Title = Title!.Trim();
        o.Measures = string.IsNullOrWhiteSpace(Measures) ? null : Measures.Trim();
        o.OwnerPersonId = OwnerPersonId;
    }

    public IEnumerable<FieldValues> Compare(Objective saved, IReadOnlyList<Choice> people) =>
    [
        new("Input.Year", "Year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), saved.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Input.Title", "Objective", Title, saved.Title),
        new("Input.Measures", "Measures", Measures, saved.Measures),
        new("Input.OwnerPersonId", "Owner", people.FirstOrDefault(p => p.Id == OwnerPersonId)?.Name, people.FirstOrDefault(p => p.Id == saved.OwnerPersonId)?.Name),
    ];

    public static async Task ValidateAsync(AppDbContext db, ObjectiveInput input, ModelStateDictionary state, CancellationToken ct)
    {
        BindingErrors.Reword(state, "Input.Year", "Enter the year the plan starts as 4 digits, for example 2026");
        if (input.OwnerPersonId is { } owner && !await db.Set<Person>().AnyAsync(p => p.Id == owner, ct))
        {
            state.AddModelError("Input.OwnerPersonId", "Select an owner from the list");
        }
    }
}
