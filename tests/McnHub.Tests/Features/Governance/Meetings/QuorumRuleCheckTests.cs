using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Members.Organisations;

namespace McnHub.Tests.Features.Governance.Meetings;

public sealed class QuorumRuleCheckTests
{
    // Five voting seats (chair, three NHS members, one non-NHS member) and a secretary who does not count.
    private static readonly List<QuorumSeat> Seats =
    [
        QuorumSeat.Person(1, GroupRole.Chair, Sector.Nhs),
        QuorumSeat.Person(2, GroupRole.Member, Sector.Nhs),
        QuorumSeat.Person(3, GroupRole.Member, Sector.Nhs),
        QuorumSeat.Person(4, GroupRole.Member, Sector.Nhs),
        QuorumSeat.Person(5, GroupRole.Member, Sector.NonNhs),
        QuorumSeat.Person(6, GroupRole.Secretary, Sector.NonNhs),
    ];

    [Fact]
    public void A_rule_the_group_can_meet_has_no_problems()
    {
        Assert.Empty(QuorumRuleCheck.Problems(new QuorumRule(5, true, 1, 4), Seats));
    }

    [Fact]
    public void Minimum_members_above_the_membership_is_rejected()
    {
        Assert.Equal(["The quorum needs 6 members but the group has 5 members"], QuorumRuleCheck.Problems(new QuorumRule(6, false, 0, 0), Seats));
    }

    [Fact]
    public void A_quorum_of_no_one_is_rejected()
    {
        Assert.Contains("The quorum must need at least 1 member", QuorumRuleCheck.Problems(new QuorumRule(0, false, 0, 0), Seats));
    }

    [Fact]
    public void Non_nhs_minimum_above_the_non_nhs_members_is_rejected_and_secretaries_do_not_count()
    {
        Assert.Equal(
            ["The quorum needs 2 non-NHS members but the group has 1 non-NHS member"],
            QuorumRuleCheck.Problems(new QuorumRule(2, false, 2, 0), Seats));
    }

    [Fact]
    public void Nhs_minimum_above_the_nhs_members_is_rejected()
    {
        Assert.Equal(["The quorum needs 5 NHS members but the group has 4 NHS members"], QuorumRuleCheck.Problems(new QuorumRule(2, false, 0, 5), Seats));
    }

    [Fact]
    public void Nhs_and_non_nhs_minimums_above_the_minimum_members_are_fine()
    {
        Assert.Empty(QuorumRuleCheck.Problems(new QuorumRule(2, false, 1, 3), Seats));
    }

    [Fact]
    public void Nhs_and_non_nhs_minimums_together_above_the_membership_are_rejected()
    {
        List<QuorumSeat> seats =
        [
            QuorumSeat.Person(1, GroupRole.Chair, Sector.Nhs),
            QuorumSeat.Person(2, GroupRole.Member, Sector.Nhs),
            QuorumSeat.Person(3, GroupRole.Member, Sector.NonNhs),
        ];

        Assert.Empty(QuorumRuleCheck.Problems(new QuorumRule(1, false, 1, 2), seats));
        Assert.Equal(
            ["The quorum needs 2 non-NHS members but the group has 1 non-NHS member"],
            QuorumRuleCheck.Problems(new QuorumRule(1, false, 2, 2), seats));
    }

    [Fact]
    public void Requiring_the_chair_or_vice_chair_is_rejected_when_the_group_has_neither()
    {
        List<QuorumSeat> seats = [QuorumSeat.Person(2, GroupRole.Member, Sector.Nhs), QuorumSeat.Person(6, GroupRole.Secretary, Sector.Nhs)];

        Assert.Equal(
            ["The quorum needs the chair or the vice-chair but the group has neither"],
            QuorumRuleCheck.Problems(new QuorumRule(1, true, 0, 0), seats));
    }

    [Fact]
    public void An_organisation_role_seat_with_nobody_holding_the_role_does_not_count_towards_the_membership()
    {
        List<QuorumSeat> seats = [QuorumSeat.Person(1, GroupRole.Chair, Sector.Nhs), new(GroupRole.Member, Sector.NonNhs, new HashSet<int>())];

        Assert.Equal(
            ["The quorum needs 2 members but the group has 1 member", "The quorum needs 1 non-NHS member but the group has no non-NHS members"],
            QuorumRuleCheck.Problems(new QuorumRule(2, false, 1, 0), seats));
    }
}
