using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;

namespace McnHub.Features.Evaluation;

public enum ReturnStatus
{
    Draft,
    Submitted,
    Approved,
    Reopened,
}

/// <summary>
/// One organisation's return of one dataset for one period: draft → submitted → approved (locked) → reopened
/// (with a reason, by the co-ordinator) → submitted again. Every transition is one SaveChanges, so audited.
/// </summary>
public sealed class DataReturn : IVersioned
{
    public int Id { get; set; }

    public int DatasetId { get; set; }

    public Dataset? Dataset { get; set; }

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public Period Period { get; set; }

    /// <summary>Denormalised from <see cref="Period"/> for range queries.</summary>
    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public ReturnStatus Status { get; set; } = ReturnStatus.Draft;

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    /// <summary>The latest submission (a reopened return submitted again moves it).</summary>
    public DateTime? SubmittedAt { get; set; }

    /// <summary>
    /// The first submission, kept when the return is reopened and submitted again: timeliness is judged on it, so a
    /// correction after the due date does not make an on-time return late. Null on rows saved before it was kept:
    /// read it through <see cref="TimelinessAt"/>.
    /// </summary>
    public DateTime? FirstSubmittedAt { get; set; }

    /// <summary>When the return was first submitted, as far as is known.</summary>
    public DateTime? TimelinessAt => FirstSubmittedAt ?? SubmittedAt;

    /// <summary>Marks the return submitted now; the first submission is kept.</summary>
    public void Submit(string? by, DateTime now)
    {
        Status = ReturnStatus.Submitted;
        SubmittedAt = now;
        SubmittedBy = by;
        FirstSubmittedAt ??= now;
    }

    public string? SubmittedBy { get; set; }

    public DateTime? ApprovedAt { get; set; }

    public string? ApprovedBy { get; set; }

    public DateTime? ReopenedAt { get; set; }

    public string? ReopenedBy { get; set; }

    public string? ReopenReason { get; set; }

    public DateTime? LastReminderAt { get; set; }

    public List<DataValue> Values { get; set; } = [];

    public int Version { get; set; }

    public bool IsEditable => Status is ReturnStatus.Draft or ReturnStatus.Reopened;

    public bool IsLocked => Status == ReturnStatus.Approved;

    public static DataReturn Start(int datasetId, int organisationId, Period period, string? by, DateTime now) => new()
    {
        DatasetId = datasetId,
        OrganisationId = organisationId,
        Period = period,
        PeriodStart = period.Start,
        PeriodEnd = period.End,
        CreatedAt = now,
        CreatedBy = by,
    };
}

/// <summary>
/// One value of a return: element × category option (null when not disaggregated). The value is kept as typed
/// (normalised) in <see cref="Value"/> and as a number in <see cref="Numeric"/> for aggregation; the organisation
/// and period start are copied from the return so "sum element E per period" reads one index.
/// </summary>
public sealed class DataValue
{
    public long Id { get; set; }

    public int DataReturnId { get; set; }

    public DataReturn? DataReturn { get; set; }

    public int DataElementId { get; set; }

    public DataElement? DataElement { get; set; }

    public int? CategoryOptionId { get; set; }

    public CategoryOption? CategoryOption { get; set; }

    public int OrganisationId { get; set; }

    public DateOnly PeriodStart { get; set; }

    public string Value { get; set; } = "";

    public double? Numeric { get; set; }

    public string? Comment { get; set; }
}
