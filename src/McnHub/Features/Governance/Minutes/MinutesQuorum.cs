using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;

namespace McnHub.Features.Governance.Minutes;

/// <summary>
/// Whether a meeting was quorate, for approving minutes. Deliberately simple for now (Present attendances against
/// the minimum number of members); to be replaced by the full quorum rule of the terms of reference.
/// </summary>
public static class MinutesQuorum
{
    public static bool IsQuorate(Meeting meeting, TermsOfReference? terms) =>
        terms is null || meeting.Attendance.Count(a => a.Status == AttendanceStatus.Present) >= terms.QuorumMinimumMembers;
}
