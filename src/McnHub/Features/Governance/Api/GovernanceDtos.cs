namespace McnHub.Features.Governance.Api;

public sealed record TermsSummaryDto(int Version, string Purpose, string MeetingFrequency, string ReportingLine, DateOnly ReviewDate, DateOnly? ApprovedOn, QuorumRuleDto Quorum);

/// <summary>The quorum rule as numbers and in words.</summary>
public sealed record QuorumRuleDto(int MinimumMembers, bool RequiresChairOrViceChair, int MinimumNhs, int MinimumNonNhs, string Description);

public sealed record GroupDto(int Id, string Name, string Kind, string Visibility, bool Active, int? ParentId, TermsSummaryDto? TermsOfReference);

public sealed record AttendanceDto(int PersonId, string Person, string Status, bool IsGuest, int? DeputisingForPersonId);

/// <summary>Basis is "Acceptances" before a scheduled meeting starts, "Presence" from then on.</summary>
public sealed record QuorumDto(bool Quorate, string Basis, int MembersCounted, int MembershipSize, string Summary, IReadOnlyList<string> Reasons);

/// <summary>
/// Status is derived from the date, cancellation and the minutes (Scheduled, MinutesDue, MinutesDraft, MinutesCirculated,
/// MinutesApproved or Cancelled), StatusText says it as the pages do, and MinutesOverdue is true when the minutes were
/// not circulated within 14 days of the meeting.
/// </summary>
public sealed record MeetingDto(int Id, int GroupId, string Group, string Title, DateTime StartsAt, DateTime EndsAt, string? Place, string? VideoLink, string Status,
    string StatusText, bool MinutesOverdue, IReadOnlyList<AttendanceDto> Attendance, QuorumDto? Quorum);

public sealed record RiskDto(int Id, string Title, string? Cause, string? Effect, int? OwnerPersonId, string? Owner, int? GroupId, string? Group, string? Controls,
    int LikelihoodBefore, int ImpactBefore, int ScoreBefore, int LikelihoodAfter, int ImpactAfter, int Score, string Band, string Trend, string Status, DateOnly ReviewDate);
