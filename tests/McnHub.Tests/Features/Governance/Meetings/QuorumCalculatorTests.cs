using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Members.Organisations;

namespace McnHub.Tests.Features.Governance.Meetings;

public sealed class QuorumCalculatorTests
{
    // Seats: 1 chair (NHS), 2 vice-chair (NHS), 3 and 4 members (NHS), 5 member (non-NHS), 6 secretary, 7 observer.
    private static readonly List<QuorumSeat> Seats =
    [
        QuorumSeat.Person(1, GroupRole.Chair, Sector.Nhs),
        QuorumSeat.Person(2, GroupRole.ViceChair, Sector.Nhs),
        QuorumSeat.Person(3, GroupRole.Member, Sector.Nhs),
        QuorumSeat.Person(4, GroupRole.Member, Sector.Nhs),
        QuorumSeat.Person(5, GroupRole.Member, Sector.NonNhs),
        QuorumSeat.Person(6, GroupRole.Secretary, Sector.Nhs),
        QuorumSeat.Person(7, GroupRole.Observer, Sector.NonNhs),
    ];

    private static QuorumAttendee Present(int id, int? deputisingFor = null, bool guest = false) =>
        new(id, AttendanceStatus.Present, deputisingFor, guest);

    [Fact]
    public void A_meeting_with_enough_members_the_chair_and_a_non_nhs_member_present_is_quorate()
    {
        var result = QuorumCalculator.Calculate(new QuorumRule(3, true, 1, 0), Seats, [Present(1), Present(3), Present(5)], QuorumBasis.Presence);

        Assert.True(result.Quorate);
        Assert.Empty(result.Reasons);
        Assert.Equal("3 of 5 members present", result.Summary);
    }

    [Fact]
    public void Too_few_members_present_is_not_quorate_and_says_how_many_of_how_many()
    {
        var result = QuorumCalculator.Calculate(new QuorumRule(4, false, 0, 0), Seats, [Present(1), Present(3), Present(5)], QuorumBasis.Presence);

        Assert.False(result.Quorate);
        Assert.Equal(["3 of 5 members present (at least 4 needed)"], result.Reasons);
    }

    [Fact]
    public void Secretaries_and_observers_are_not_counted_as_members()
    {
        var result = QuorumCalculator.Calculate(new QuorumRule(2, false, 0, 0), Seats, [Present(1), Present(6), Present(7)], QuorumBasis.Presence);

        Assert.False(result.Quorate);
        Assert.Equal(1, result.MembersCounted);
    }

    [Fact]
    public void Without_the_chair_or_vice_chair_a_meeting_is_not_quorate_when_the_rule_requires_one()
    {
        var result = QuorumCalculator.Calculate(new QuorumRule(2, true, 0, 0), Seats, [Present(3), Present(4), Present(5)], QuorumBasis.Presence);

        Assert.False(result.Quorate);
        Assert.Equal(["neither the chair nor the vice-chair is present"], result.Reasons);
    }

    [Fact]
    public void The_vice_chair_satisfies_the_chair_condition()
    {
        var result = QuorumCalculator.Calculate(new QuorumRule(2, true, 0, 0), Seats, [Present(2), Present(4)], QuorumBasis.Presence);

        Assert.True(result.Quorate);
    }

    [Fact]
    public void Without_a_non_nhs_member_a_meeting_is_not_quorate_when_the_rule_requires_one()
    {
        var result = QuorumCalculator.Calculate(new QuorumRule(2, false, 1, 0), Seats, [Present(1), Present(3)], QuorumBasis.Presence);

        Assert.False(result.Quorate);
        Assert.Equal(["no non-NHS member present (at least 1 needed)"], result.Reasons);
    }

    [Fact]
    public void Too_few_nhs_members_is_reported_with_the_count()
    {
        var result = QuorumCalculator.Calculate(new QuorumRule(1, false, 0, 2), Seats, [Present(1), Present(5)], QuorumBasis.Presence);

        Assert.False(result.Quorate);
        Assert.Equal(["1 NHS member present (at least 2 needed)"], result.Reasons);
    }

    [Fact]
    public void Every_unmet_condition_is_listed()
    {
        var result = QuorumCalculator.Calculate(new QuorumRule(3, true, 1, 0), Seats, [Present(3)], QuorumBasis.Presence);

        Assert.Equal(3, result.Reasons.Count);
    }

    [Fact]
    public void A_deputy_counts_for_the_member_they_stand_in_for_including_their_sector()
    {
        // Person 50 is not on the group but stands in for the non-NHS member 5.
        var result = QuorumCalculator.Calculate(new QuorumRule(2, false, 1, 0), Seats, [Present(3), Present(50, deputisingFor: 5)], QuorumBasis.Presence);

        Assert.True(result.Quorate);
        Assert.Equal(2, result.MembersCounted);
    }

    [Fact]
    public void A_member_and_their_deputy_both_present_count_once()
    {
        var result = QuorumCalculator.Calculate(new QuorumRule(2, false, 0, 0), Seats, [Present(3), Present(50, deputisingFor: 3)], QuorumBasis.Presence);

        Assert.False(result.Quorate);
        Assert.Equal(1, result.MembersCounted);
    }

    [Fact]
    public void A_deputy_for_the_chair_does_not_make_the_chair_present()
    {
        var result = QuorumCalculator.Calculate(new QuorumRule(1, true, 0, 0), Seats, [Present(50, deputisingFor: 1)], QuorumBasis.Presence);

        Assert.Equal(1, result.MembersCounted);
        Assert.Equal(["neither the chair nor the vice-chair is present"], result.Reasons);
    }

    [Fact]
    public void Guests_never_count_even_when_they_are_members_elsewhere()
    {
        var result = QuorumCalculator.Calculate(new QuorumRule(1, false, 0, 0), Seats, [Present(3, guest: true), Present(99, guest: true)], QuorumBasis.Presence);

        Assert.False(result.Quorate);
        Assert.Equal(0, result.MembersCounted);
    }

    [Fact]
    public void An_organisation_role_seat_is_filled_by_anyone_holding_that_role_and_counts_once()
    {
        List<QuorumSeat> seats =
        [
            QuorumSeat.Person(1, GroupRole.Chair, Sector.Nhs),
            new(GroupRole.Member, Sector.NonNhs, new HashSet<int> { 20, 21 }),
        ];

        var result = QuorumCalculator.Calculate(new QuorumRule(2, false, 1, 0), seats, [Present(1), Present(20), Present(21)], QuorumBasis.Presence);

        Assert.True(result.Quorate);
        Assert.Equal("2 of 2 members present", result.Summary);
    }

    [Fact]
    public void A_vacant_organisation_role_seat_is_not_part_of_the_membership()
    {
        List<QuorumSeat> seats = [QuorumSeat.Person(1, GroupRole.Chair, Sector.Nhs), new(GroupRole.Member, Sector.NonNhs, new HashSet<int>())];

        var result = QuorumCalculator.Calculate(new QuorumRule(1, false, 0, 0), seats, [Present(1)], QuorumBasis.Presence);

        Assert.Equal("1 of 1 member present", result.Summary);
    }

    [Fact]
    public void By_acceptances_counts_accepted_and_present_but_not_invited_declined_or_apologies()
    {
        QuorumAttendee[] attendance =
        [
            new(1, AttendanceStatus.Accepted), new(3, AttendanceStatus.Present), new(4, AttendanceStatus.Invited),
            new(5, AttendanceStatus.Declined), new(2, AttendanceStatus.Apologies),
        ];

        var byAcceptance = QuorumCalculator.Calculate(new QuorumRule(3, true, 0, 0), Seats, attendance, QuorumBasis.Acceptances);
        var byPresence = QuorumCalculator.Calculate(new QuorumRule(3, true, 0, 0), Seats, attendance, QuorumBasis.Presence);

        Assert.Equal("2 of 5 members accepted", byAcceptance.Summary);
        Assert.Equal(["2 of 5 members accepted (at least 3 needed)"], byAcceptance.Reasons);
        Assert.Equal(
            ["1 of 5 members present (at least 3 needed)", "neither the chair nor the vice-chair is present"],
            byPresence.Reasons);
    }

    [Fact]
    public void Accepted_is_not_counted_as_present()
    {
        var result = QuorumCalculator.Calculate(new QuorumRule(1, false, 0, 0), Seats, [new QuorumAttendee(1, AttendanceStatus.Accepted)], QuorumBasis.Presence);

        Assert.False(result.Quorate);
    }
}
