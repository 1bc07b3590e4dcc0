using System.ComponentModel.DataAnnotations;
using System.Globalization;
using McnHub.Platform.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Members.Network;

/// <summary>What the area forms post.</summary>
public sealed class AreaInput
{
    [Required(ErrorMessage = "Enter the area's name")]
    [StringLength(AreaRules.NameMaxLength, ErrorMessage = "Name must be 120 characters or fewer")]
    public string? Name { get; set; }

    [StringLength(AreaRules.CodeMaxLength, ErrorMessage = "Code must be 20 characters or fewer")]
    public string? Code { get; set; }

    [Required(ErrorMessage = "Select the kind of area")]
    public AreaKind? Kind { get; set; }

    public int? ParentId { get; set; }

    /// <summary>Typed as text so "68,400" is understood and "lots" gets a clear message.</summary>
    public string? Population { get; set; }

    public int Version { get; set; }

    public static AreaInput From(Area a) => new()
    {
        Name = a.Name,
        Code = a.Code,
        Kind = a.Kind,
        ParentId = a.ParentId,
        Population = a.Population0To19.ToString(CultureInfo.InvariantCulture),
        Version = a.Version,
    };

    public void ApplyTo(Area a)
    {
        a.Name = Name!.Trim();
        a.Code = NormaliseCode(Code);
        a.Kind = Kind!.Value;
        a.ParentId = ParentId;
        a.Population0To19 = ParsePopulation(Population) ?? 0;
    }

    public IEnumerable<People.FieldValues> Compare(Area saved, IReadOnlyList<AreaNode> areas) =>
    [
        new("Input.Name", "Name", Name, saved.Name),
        new("Input.Code", "Code", NormaliseCode(Code), saved.Code),
        new("Input.Kind", "Kind", Kind is { } k ? AreaRules.Describe(k) : null, AreaRules.Describe(saved.Kind)),
        new("Input.ParentId", "Part of", NameOf(ParentId, areas), NameOf(saved.ParentId, areas)),
        new("Input.Population", "Population aged 0 to 19", ParsePopulation(Population)?.ToString("N0", CultureInfo.InvariantCulture) ?? Population, saved.Population0To19.ToString("N0", CultureInfo.InvariantCulture)),
    ];

    public static string? NormaliseCode(string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();

    /// <summary>A whole number, allowing thousands separators and spaces; null when it is not one.</summary>
    public static int? ParsePopulation(string? text)
    {
        var digits = (text ?? "").Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return int.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static string? NameOf(int? id, IReadOnlyList<AreaNode> areas) =>
        id is null ? "(top level)" : areas.FirstOrDefault(a => a.Id == id)?.Name;
}

/// <summary>The area checks that need the database: unique name, and a parent that keeps the hierarchy a tree.</summary>
public static class AreaForm
{
    public static async Task ValidateAsync(AppDbContext db, AreaInput input, ModelStateDictionary state, int? areaId, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(input.Code) && !AreaRules.CodePattern().IsMatch(AreaInput.NormaliseCode(input.Code)!))
        {
            state.AddModelError("Input.Code", "Code must be letters and digits only, like E06000018");
        }

        if (string.IsNullOrWhiteSpace(input.Population))
        {
            state.AddModelError("Input.Population", "Enter the population aged 0 to 19 (0 if not known)");
        }
        else if (AreaInput.ParsePopulation(input.Population) is not { } population)
        {
            state.AddModelError("Input.Population", "Population aged 0 to 19 must be a whole number, like 68400");
        }
        else if (population is < 0 or > AreaRules.MaxPopulation)
        {
            state.AddModelError("Input.Population", "Population aged 0 to 19 must be between 0 and 10,000,000");
        }

        if (!string.IsNullOrWhiteSpace(input.Name))
        {
            var name = input.Name.Trim().ToLower();
            if (await db.Set<Area>().AnyAsync(a => a.Name.ToLower() == name && a.Id != (areaId ?? 0), ct))
            {
                state.AddModelError("Input.Name", "There is already an area with this name");
            }
        }

        if (input.ParentId is not { } parentId)
        {
            return;
        }

        var links = await db.Set<Area>().Select(a => new { a.Id, a.ParentId }).ToListAsync(ct);
        if (links.All(a => a.Id != parentId))
        {
            state.AddModelError("Input.ParentId", "Select an area from the list");
        }
        else if (parentId == areaId)
        {
            state.AddModelError("Input.ParentId", "An area cannot be part of itself");
        }
        else if (areaId is { } id && AreaTree.DescendantsOf(id, links.Select(l => (l.Id, l.ParentId))).Contains(parentId))
        {
            state.AddModelError("Input.ParentId", "An area cannot be part of one of its own smaller areas: choose an area above it or none");
        }
    }

    /// <summary>Possible parents: every area except this one and those below it.</summary>
    public static IEnumerable<SelectListItem> ParentItems(IReadOnlyList<AreaNode> areas, int? areaId)
    {
        var excluded = areaId is { } id
            ? AreaTree.DescendantsOf(id, areas.Select(a => (a.Id, a.ParentId))).Append(id).ToHashSet()
            : [];
        return areas.Where(a => !excluded.Contains(a.Id))
            .Select(a => new SelectListItem(new string('–', a.Depth) + (a.Depth > 0 ? " " : "") + a.Name, a.Id.ToString(CultureInfo.InvariantCulture)));
    }
}
