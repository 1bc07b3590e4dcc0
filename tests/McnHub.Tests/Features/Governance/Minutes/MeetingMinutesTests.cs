using McnHub.Features.Governance.Meetings;
using McnHub.Features.Governance.Minutes;

namespace McnHub.Tests.Features.Governance.Minutes;

/// <summary>Every move of the minutes workflow, legal and illegal, on the domain object itself.</summary>
public sealed class MeetingMinutesTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc);

    private static Meeting MeetingOf(int group, int id, DateTime startsAt) => new() { Id = id, GroupId = group, StartsAt = startsAt, EndsAt = startsAt.AddHours(1) };

    private static MeetingMinutes Draft() => new() { MeetingId = 1, Meeting = MeetingOf(7, 1, Now.AddDays(-30)) };

    private static MeetingMinutes Circulated()
    {
        var minutes = Draft();
        minutes.Write(10, "Apologies noted", "drafter", Now);
        minutes.Circulate(Now);
        return minutes;
    }

    [Fact]
    public void Writing_keeps_every_revision_and_an_unchanged_text_adds_none()
    {
        var minutes = Draft();

        minutes.Write(10, "First", "a", Now);
        minutes.Write(10, "Second", "b", Now.AddMinutes(5));
        minutes.Write(10, "Second", "b", Now.AddMinutes(6));
        minutes.Write(11, "Other item", "a", Now);

        var item = minutes.Items.Single(i => i.AgendaItemId == 10);
        Assert.Equal("Second", item.Text);
        Assert.Equal(["First", "Second"], item.Revisions.Select(r => r.Text));
        Assert.All(item.Revisions, r => Assert.Equal(MinutesStatus.Draft, r.WhileStatus));
        Assert.Equal(2, minutes.Items.Count);
    }

    [Fact]
    public void Draft_minutes_with_text_can_be_circulated()
    {
        var minutes = Circulated();

        Assert.Equal(MinutesStatus.Circulated, minutes.Status);
        Assert.Equal(Now, minutes.CirculatedAt);
    }

    [Fact]
    public void Empty_minutes_cannot_be_circulated()
    {
        var minutes = Draft();
        minutes.Write(10, "  ", "a", Now);

        var refused = Assert.Throws<MinutesWorkflowException>(() => minutes.Circulate(Now));

        Assert.Contains("at least one agenda item", refused.Message);
        Assert.Equal(MinutesStatus.Draft, minutes.Status);
    }

    [Fact]
    public void Circulated_minutes_cannot_be_circulated_again()
    {
        var minutes = Circulated();

        Assert.Throws<MinutesWorkflowException>(() => minutes.Circulate(Now));
    }

    [Fact]
    public void Draft_minutes_take_no_comments_and_circulated_ones_do()
    {
        var draft = Draft();
        var circulated = Circulated();

        Assert.Throws<MinutesWorkflowException>(() => draft.Comment(5, 10, "Too early", Now));
        var comment = circulated.Comment(5, 10, "Add the apology from Sam", Now);

        Assert.Empty(draft.Comments);
        Assert.Equal((5, (int?)10, "Add the apology from Sam"), (comment.PersonId, comment.AgendaItemId, comment.Text));
        Assert.Single(circulated.Comments);
    }

    [Fact]
    public void Circulated_minutes_can_be_amended_and_the_revision_says_so()
    {
        var minutes = Circulated();

        minutes.Write(10, "Apologies from Sam noted", "drafter", Now.AddDays(1));

        Assert.Equal(MinutesStatus.Circulated, minutes.Items.Single().Revisions.Last().WhileStatus);
        Assert.Equal(MinutesStatus.Circulated, minutes.Status);
    }

    [Fact]
    public void Draft_minutes_cannot_be_approved()
    {
        var minutes = Draft();

        var refused = Assert.Throws<MinutesWorkflowException>(() => minutes.Approve(MeetingOf(7, 2, Now), 5, true, Now));

        Assert.Contains("Circulate", refused.Message);
        Assert.Equal(MinutesStatus.Draft, minutes.Status);
    }

    [Fact]
    public void Minutes_are_approved_at_a_later_meeting_of_the_same_group_recording_the_mover_and_quorum()
    {
        var minutes = Circulated();

        minutes.Approve(MeetingOf(7, 2, Now), 5, quorate: false, Now);

        Assert.Equal(MinutesStatus.Approved, minutes.Status);
        Assert.Equal((2, (int?)5, (DateTime?)Now, true), (minutes.ApprovedAtMeetingId ?? 0, minutes.ApprovalMovedByPersonId, minutes.ApprovedAt, minutes.ApprovedWhileNotQuorate));
    }

    [Fact]
    public void Minutes_cannot_be_approved_at_an_earlier_or_the_same_meeting_or_another_groups()
    {
        var minutes = Circulated();
        var start = minutes.Meeting!.StartsAt;

        Assert.Throws<MinutesWorkflowException>(() => minutes.Approve(MeetingOf(7, 3, start.AddDays(-7)), 5, true, Now));
        Assert.Throws<MinutesWorkflowException>(() => minutes.Approve(MeetingOf(7, 1, start), 5, true, Now));
        Assert.Throws<MinutesWorkflowException>(() => minutes.Approve(MeetingOf(8, 4, start.AddDays(7)), 5, true, Now));
        Assert.Equal(MinutesStatus.Circulated, minutes.Status);
    }

    [Fact]
    public void Approved_minutes_cannot_be_written_circulated_commented_on_or_approved_again()
    {
        var minutes = Circulated();
        minutes.Approve(MeetingOf(7, 2, Now), 5, true, Now);

        var write = Assert.Throws<MinutesWorkflowException>(() => minutes.Write(10, "Changed", "x", Now));
        Assert.Throws<MinutesWorkflowException>(() => minutes.Circulate(Now));
        Assert.Throws<MinutesWorkflowException>(() => minutes.Comment(5, null, "Late", Now));
        var again = Assert.Throws<MinutesWorkflowException>(() => minutes.Approve(MeetingOf(7, 3, Now.AddDays(30)), 5, true, Now));

        Assert.Equal("These minutes have been approved and can no longer be changed.", write.Message);
        Assert.Equal("These minutes are already approved.", again.Message);
        Assert.Equal("Apologies noted", minutes.Items.Single().Text);
        Assert.False(minutes.ApprovedWhileNotQuorate);
    }
}
