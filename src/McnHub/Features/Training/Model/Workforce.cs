using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;

namespace McnHub.Features.Training.Model;

/// <summary>
/// An organisation's workforce (headcount) as recorded on a date, optionally per discipline: the denominator of
/// training coverage. The latest record per organisation and discipline counts; none = not recorded.
/// </summary>
public sealed class WorkforceRecord
{
    public int Id { get; set; }

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>Null = all staff of the organisation.</summary>
    public Discipline? Discipline { get; set; }

    public int Headcount { get; set; }

    public DateOnly RecordedOn { get; set; }
}

/// <summary>One sending of the emailed digest (news, achievements, upcoming sessions); stops a period being sent twice.</summary>
public sealed class DigestRun
{
    public int Id { get; set; }

    /// <summary>UTC.</summary>
    public DateTime SentAt { get; set; }

    public DateOnly PeriodFrom { get; set; }

    public DateOnly PeriodTo { get; set; }

    public int Recipients { get; set; }
}
