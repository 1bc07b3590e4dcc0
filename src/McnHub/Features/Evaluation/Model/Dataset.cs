using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;

namespace McnHub.Features.Evaluation;

/// <summary>
/// A set of data elements that assigned organisations return every period, laid out in sections.
/// A return for period P is due <see cref="DueDays"/> days after P ends and can still be entered until
/// <see cref="OpenForLateEntryDays"/> days after that.
/// </summary>
public sealed class Dataset : IVersioned
{
    public int Id { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public PeriodType PeriodType { get; set; } = PeriodType.Quarterly;

    public int DueDays { get; set; } = 30;

    public int OpenForLateEntryDays { get; set; } = 60;

    /// <summary>All validation rules (warnings too) must pass before a return can be submitted.</summary>
    public bool RequireValidationPass { get; set; }

    public bool Active { get; set; } = true;

    public List<DatasetSection> Sections { get; set; } = [];

    public List<DatasetElement> Elements { get; set; } = [];

    public List<DatasetAssignment> Assignments { get; set; } = [];

    public List<ValidationRule> ValidationRules { get; set; } = [];

    public int Version { get; set; }

    public DateOnly DueDate(Period period) => period.End.AddDays(DueDays);

    /// <summary>The last day a return for the period can be entered or submitted.</summary>
    public DateOnly LastEntryDate(Period period) => DueDate(period).AddDays(OpenForLateEntryDays);
}

public sealed class DatasetSection
{
    public int Id { get; set; }

    public int DatasetId { get; set; }

    public Dataset? Dataset { get; set; }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public int SortOrder { get; set; }

    public List<DatasetElement> Elements { get; set; } = [];
}

/// <summary>A data element's place in a dataset: its section, order, and whether it must be filled in to submit.</summary>
public sealed class DatasetElement
{
    public int Id { get; set; }

    public int DatasetId { get; set; }

    public int DatasetSectionId { get; set; }

    public DatasetSection? Section { get; set; }

    public int DataElementId { get; set; }

    public DataElement? DataElement { get; set; }

    public int SortOrder { get; set; }

    public bool Compulsory { get; set; }
}

/// <summary>An organisation expected to return a dataset.</summary>
public sealed class DatasetAssignment
{
    public int Id { get; set; }

    public int DatasetId { get; set; }

    public Dataset? Dataset { get; set; }

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>Returns are expected from this date (periods ending before it are not counted as missing).</summary>
    public DateOnly? From { get; set; }
}
