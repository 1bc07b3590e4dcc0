using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using McnHub.Platform.Audit;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Evaluation.Disaggregations;

/// <summary>A disaggregation as typed: its options one a line, "CODE, Name", in the order they are shown.</summary>
public sealed partial class ComboInput
{
    [Required(ErrorMessage = "Enter a code")]
    [StringLength(EvaluationLimits.Code, ErrorMessage = "The code must be 50 characters or fewer")]
    public string? Code { get; set; }

    [Required(ErrorMessage = "Enter a name")]
    [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Enter the options, one a line")]
    [StringLength(8000, ErrorMessage = "The options must be 8,000 characters or fewer")]
    public string? Options { get; set; }

    public int Version { get; set; }

    public static ComboInput From(CategoryCombo c) => new()
    {
        Code = c.Code, Name = c.Name, Version = c.Version,
        Options = string.Join("\n", c.Options.OrderBy(o => o.SortOrder).Select(o => $"{o.Code}, {o.Name}")),
    };

    public List<(string Code, string Name)> ParsedOptions() =>
        (Options ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(line => line.Split(',', 2, StringSplitOptions.TrimEntries))
        .Select(p => (p[0].ToUpperInvariant(), p.Length > 1 ? p[1] : "")).ToList();

    public void ApplyTo(CategoryCombo c, AppDbContext db)
    {
        c.Code = Code!.Trim().ToUpperInvariant();
        c.Name = Name!.Trim();
        var wanted = ParsedOptions();
        db.RemoveRange(c.Options.Where(o => wanted.All(w => w.Code != o.Code)));
        for (var i = 0; i < wanted.Count; i++)
        {
            var option = c.Options.FirstOrDefault(o => o.Code == wanted[i].Code);
            if (option is null)
            {
                option = new CategoryOption { Code = wanted[i].Code };
                c.Options.Add(option);
            }

            option.Name = wanted[i].Name;
            option.SortOrder = i + 1;
        }
    }

    /// <summary>Codes unique; once an element using the combo has values, its options can be renamed or reordered but not dropped.</summary>
    public async Task ValidateAsync(AppDbContext db, CategoryCombo? existing, ModelStateDictionary state, CancellationToken ct)
    {
        var code = Code?.Trim().ToUpperInvariant() ?? "";
        if (code.Length > 0 && !CodePattern().IsMatch(code))
        {
            state.AddModelError("Input.Code", "The code must start with a letter and use only capital letters, digits and underscores, e.g. AGE_BAND");
        }
        else if (code.Length > 0 && await db.Set<CategoryCombo>().AnyAsync(c => c.Code == code && (existing == null || c.Id != existing.Id), ct))
        {
            state.AddModelError("Input.Code", $"There is already a disaggregation with the code {code}");
        }

        var options = ParsedOptions();
        var line = options.FindIndex(o => !CodePattern().IsMatch(o.Code) || o.Name.Length is 0 or > 100);
        if (line >= 0)
        {
            state.AddModelError("Input.Options", $"Line {line + 1}: write a code of capital letters, digits and underscores, a comma, then a name of up to 100 characters, e.g. AGE_0_1, 0 to 1 year");
        }
        else if (options.GroupBy(o => o.Code).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            state.AddModelError("Input.Options", $"The option code {twice.Key} is used twice");
        }
        else if (Options is not null && options.Count < 2)
        {
            state.AddModelError("Input.Options", "Enter at least two options");
        }

        if (existing is not null)
        {
            var dropped = existing.Options.Where(o => options.All(w => w.Code != o.Code)).Select(o => o.Code).ToList();
            if (dropped.Count > 0 && await db.Set<DataValue>().AnyAsync(v => v.DataElement!.CategoryComboId == existing.Id, ct))
            {
                state.AddModelError("Input.Options", $"Values are stored for data elements broken down this way, so {string.Join(", ", dropped)} cannot be dropped. You can rename or reorder options, or add new ones.");
                await db.RecordRefusalAsync(nameof(CategoryCombo), existing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Dropping options {string.Join(", ", dropped)} of {existing.Code} refused: values are stored for them", ct);
            }
        }
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex CodePattern();
}
