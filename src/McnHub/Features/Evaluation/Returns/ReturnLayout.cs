using Microsoft.EntityFrameworkCore;
using McnHub.Platform.Data;

namespace McnHub.Features.Evaluation;

/// <summary>One input of the entry form: an element, or one category option of a disaggregated element.</summary>
public sealed record ReturnCell(DataElement Element, CategoryOption? Option)
{
    /// <summary>The form key: "e12" or "e12o3".</summary>
    public string Key => Option is null ? $"e{Element.Id}" : $"e{Element.Id}o{Option.Id}";

    public string Label => Option is null ? Element.Name : $"{Element.Name}, {Option.Name}";
}

public sealed record LayoutElement(DataElement Element, bool Compulsory, IReadOnlyList<ReturnCell> Cells)
{
    public string CommentKey => $"e{Element.Id}";

    public bool IsDisaggregated => Element.CategoryCombo is not null;
}

public sealed record LayoutSection(string Name, string? Description, IReadOnlyList<LayoutElement> Elements);

/// <summary>A dataset as the entry form, the validation and the import see it: sections of elements of cells, and its rules.</summary>
public sealed class ReturnLayout
{
    private ReturnLayout(Dataset dataset, IReadOnlyList<LayoutSection> sections)
    {
        Dataset = dataset;
        Sections = sections;
        Elements = sections.SelectMany(s => s.Elements).ToList();
        Cells = Elements.SelectMany(e => e.Cells).ToList();
    }

    public Dataset Dataset { get; }

    public IReadOnlyList<LayoutSection> Sections { get; }

    public IReadOnlyList<LayoutElement> Elements { get; }

    public IReadOnlyList<ReturnCell> Cells { get; }

    public IReadOnlyList<ValidationRule> Rules => Dataset.ValidationRules;

    public LayoutElement? ElementByCode(string code) =>
        Elements.FirstOrDefault(e => string.Equals(e.Element.Code, code, StringComparison.OrdinalIgnoreCase));

    public static async Task<ReturnLayout?> LoadAsync(AppDbContext db, int datasetId, CancellationToken ct)
    {
        var dataset = await db.Set<Dataset>().AsNoTracking()
            .Include(d => d.Sections).ThenInclude(s => s.Elements).ThenInclude(e => e.DataElement).ThenInclude(e => e!.CategoryCombo).ThenInclude(c => c!.Options)
            .Include(d => d.ValidationRules)
            .AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Id == datasetId, ct);
        return dataset is null ? null : From(dataset);
    }

    public static ReturnLayout From(Dataset dataset)
    {
        var sections = dataset.Sections.OrderBy(s => s.SortOrder).ThenBy(s => s.Id).Select(s => new LayoutSection(
            s.Name,
            s.Description,
            s.Elements.OrderBy(e => e.SortOrder).ThenBy(e => e.Id).Select(e => new LayoutElement(
                e.DataElement!,
                e.Compulsory,
                e.DataElement!.CategoryCombo is { } combo
                    ? combo.Options.OrderBy(o => o.SortOrder).ThenBy(o => o.Id).Select(o => new ReturnCell(e.DataElement, o)).ToList()
                    : [new ReturnCell(e.DataElement, null)])).ToList())).ToList();
        return new ReturnLayout(dataset, sections);
    }

    /// <summary>Values for expressions: each cell by "CODE" or "CODE.OPTION", and each element's total by "CODE".</summary>
    public Dictionary<string, double?> ExpressionValues(IReadOnlyDictionary<string, double?> byCell)
    {
        var values = new Dictionary<string, double?>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in Elements)
        {
            double? total = null;
            foreach (var cell in element.Cells)
            {
                byCell.TryGetValue(cell.Key, out var v);
                if (cell.Option is not null)
                {
                    values[$"{element.Element.Code}.{cell.Option.Code}"] = v;
                }

                total = v is double d ? (total ?? 0) + d : total;
            }

            values[element.Element.Code] = total;
        }

        return values;
    }
}
