using McnHub.Platform.Data;

namespace McnHub.Features.Evaluation;

// The value types are named as users know them (and as DHIS2 names them), not as .NET types.
#pragma warning disable CA1720
public enum DataValueType
{
    Integer,
    Number,
    Percentage,
    YesNo,
    Text,
}
#pragma warning restore CA1720

public enum AggregationType
{
    Sum,
    Average,
    LastValue,
}

/// <summary>
/// One item of the minimum dataset, defined exactly so every organisation counts the same way:
/// what counts, what does not, and a worked example.
/// </summary>
public sealed class DataElement : IVersioned
{
    public int Id { get; set; }

    /// <summary>Unique code used in expressions (<c>[CASELOAD]</c>) and imports: capitals, digits and underscores.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Definition { get; set; } = "";

    /// <summary>What counts.</summary>
    public string? Includes { get; set; }

    /// <summary>What does not count.</summary>
    public string? Excludes { get; set; }

    public string? WorkedExample { get; set; }

    public DataValueType ValueType { get; set; } = DataValueType.Integer;

    /// <summary>The disaggregation (e.g. age bands), if any: one value per option instead of one total.</summary>
    public int? CategoryComboId { get; set; }

    public CategoryCombo? CategoryCombo { get; set; }

    /// <summary>A zero is a real answer (and is stored); otherwise a zero is the same as "nothing to report".</summary>
    public bool ZeroIsSignificant { get; set; }

    public AggregationType Aggregation { get; set; } = AggregationType.Sum;

    public bool Active { get; set; } = true;

    public int Version { get; set; }

    public bool IsNumeric => ValueType is not DataValueType.Text;
}

/// <summary>A disaggregation: an ordered set of options (e.g. age bands 0–1, 1–4, 5–9, 10–14, 15–19).</summary>
public sealed class CategoryCombo : IVersioned
{
    public int Id { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public List<CategoryOption> Options { get; set; } = [];

    public int Version { get; set; }
}

public sealed class CategoryOption
{
    public int Id { get; set; }

    public int CategoryComboId { get; set; }

    public CategoryCombo? CategoryCombo { get; set; }

    /// <summary>Code used in expressions (<c>[CASELOAD.AGE_0_1]</c>) and imports.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public int SortOrder { get; set; }
}
