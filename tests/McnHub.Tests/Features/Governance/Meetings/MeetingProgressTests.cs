using McnHub.Features.Governance.Meetings;
using McnHub.Features.Governance.Minutes;

namespace McnHub.Tests.Features.Governance.Meetings;

public sealed class MeetingProgressTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);

    private static MeetingProgress Of(MeetingStatus status, double endedDaysAgo, MinutesStatus? minutes) =>
        MeetingProgress.Of(status, Now.AddDays(-endedDaysAgo), minutes, Now);

    [Fact]
    public void A_meeting_still_to_come_is_scheduled_even_when_stored_as_scheduled_and_minutes_are_drafted_ahead()
    {
        Assert.Equal(new MeetingProgress(MeetingStage.Scheduled, false), Of(MeetingStatus.Scheduled, -3, null));
        Assert.Equal(new MeetingProgress(MeetingStage.Scheduled, false), Of(MeetingStatus.Scheduled, -3, MinutesStatus.Draft));
        Assert.Equal("Scheduled", Of(MeetingStatus.Scheduled, -3, null).Label);
    }

    [Fact]
    public void A_meeting_whose_date_has_passed_is_held_with_minutes_due_though_its_stored_status_still_says_scheduled()
    {
        var progress = Of(MeetingStatus.Scheduled, 1, null);

        Assert.Equal(MeetingStage.MinutesDue, progress.Stage);
        Assert.Equal("Held – minutes due", progress.Label);
        Assert.Equal("nhsuk-tag--orange", progress.TagClass);
        Assert.False(progress.MinutesOverdue);
    }

    [Fact]
    public void A_meeting_marked_held_before_it_ends_is_held()
    {
        Assert.Equal(MeetingStage.MinutesDue, Of(MeetingStatus.Held, -0.01, null).Stage);
    }

    [Theory]
    [InlineData(MinutesStatus.Draft, MeetingStage.MinutesDraft, "Minutes draft", "nhsuk-tag--grey")]
    [InlineData(MinutesStatus.Circulated, MeetingStage.MinutesCirculated, "Minutes circulated", "nhsuk-tag--yellow")]
    [InlineData(MinutesStatus.Approved, MeetingStage.MinutesApproved, "Minutes approved", "nhsuk-tag--green")]
    public void A_held_meeting_shows_the_stage_of_its_minutes(MinutesStatus minutes, MeetingStage stage, string label, string tag)
    {
        var progress = Of(MeetingStatus.Held, 3, minutes);

        Assert.Equal(stage, progress.Stage);
        Assert.Equal(label, progress.Label);
        Assert.Equal(tag, progress.TagClass);
    }

    [Fact]
    public void Minutes_are_overdue_when_missing_or_still_a_draft_more_than_fourteen_days_after_the_meeting()
    {
        Assert.True(Of(MeetingStatus.Scheduled, 14.01, null).MinutesOverdue);
        Assert.True(Of(MeetingStatus.Held, 30, MinutesStatus.Draft).MinutesOverdue);
        Assert.False(Of(MeetingStatus.Held, 13.99, null).MinutesOverdue);
        Assert.False(Of(MeetingStatus.Held, 30, MinutesStatus.Circulated).MinutesOverdue);
        Assert.False(Of(MeetingStatus.Held, 30, MinutesStatus.Approved).MinutesOverdue);
    }

    [Fact]
    public void A_cancelled_meeting_stays_cancelled_whatever_its_date_and_never_has_minutes_overdue()
    {
        Assert.Equal(new MeetingProgress(MeetingStage.Cancelled, false), Of(MeetingStatus.Cancelled, 60, null));
        Assert.Equal(new MeetingProgress(MeetingStage.Cancelled, false), Of(MeetingStatus.Cancelled, -5, null));
        Assert.Equal("Cancelled", Of(MeetingStatus.Cancelled, 60, null).Label);
    }
}
