using System.Text.Json.Serialization;

namespace McnHub.Features.Evaluation.DataValues;

/// <summary>
/// One stored value, named by codes as an import takes it: an exported item can be posted back as it is
/// (<c>organisationName</c> and <c>status</c> are ignored on import).
/// </summary>
public sealed record DataValueDto(string Dataset, int Organisation, string OrganisationName, string Period, string Element, string? Option, string Value, string? Comment, string Status);

/// <summary>One item of a JSON import. Values may be strings or numbers; they are read as the entry form reads them.</summary>
public sealed record DataValueImportItem(string Dataset, int Organisation, string Period, string Element, string? Option, string Value, string? Comment);

/// <summary>One problem of an import: its CSV line number (<see cref="Row"/>, the header is line 1) or JSON array index.</summary>
public sealed record ImportErrorDto(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Row,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Index,
    string Field,
    string Message);

/// <summary>A return an import wrote to, and its status afterwards (a new return is a draft).</summary>
public sealed record ImportedReturnDto(string Dataset, int Organisation, string Period, string Status);

/// <summary>What an import did, or on a dry run would do; <see cref="Values"/> are the values as stored (normalised).</summary>
public sealed record ImportResultDto(bool DryRun, int Created, int Updated, int Unchanged, int Removed, int Skipped, IReadOnlyList<ImportedReturnDto> Returns, IReadOnlyList<DataValueImportItem> Values);
