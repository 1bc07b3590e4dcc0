using McnHub.Features.Directory.Services;
using McnHub.Features.Governance.Actions;
using McnHub.Features.Governance.Dashboard;
using McnHub.Features.Governance.Decisions;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Members.Agreements;
using McnHub.Features.Members.People;
using McnHub.Tests.Features.Directory;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Governance.Dashboard;

public sealed class DashboardSourceTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private static readonly DateOnly Today = UkDates.Today();

    [Fact]
    public async Task Overdue_actions_lists_open_and_in_progress_actions_past_due_but_not_done_or_future_ones()
    {
        var owner = await factory.PersonIdAsync("member@riverlands.example");
        var late = await factory.AddActionAsync(owner, Today.AddDays(-3));
        var lateInProgress = await factory.AddActionAsync(owner, Today.AddDays(-1), ActionStatus.InProgress);
        var done = await factory.AddActionAsync(owner, Today.AddDays(-3), ActionStatus.Done);
        var dueToday = await factory.AddActionAsync(owner, Today);

        var section = await factory.LoadSectionAsync<OverdueActionsSource>();

        Assert.True(section.Lists(late.Description));
        Assert.True(section.Lists(lateInProgress.Description));
        Assert.False(section.Lists(done.Description));
        Assert.False(section.Lists(dueToday.Description));
        Assert.Contains(section.Items, i => i.Link == $"/governance/actions/{late.Id}/edit");
    }

    [Fact]
    public async Task Actions_due_soon_lists_actions_due_within_fourteen_days_only()
    {
        var owner = await factory.PersonIdAsync("member@riverlands.example");
        var soon = await factory.AddActionAsync(owner, Today.AddDays(14));
        var later = await factory.AddActionAsync(owner, Today.AddDays(15));
        var overdue = await factory.AddActionAsync(owner, Today.AddDays(-1));
        var dropped = await factory.AddActionAsync(owner, Today.AddDays(2), ActionStatus.Dropped);

        var section = await factory.LoadSectionAsync<ActionsDueSoonSource>();

        Assert.True(section.Lists(soon.Description));
        Assert.False(section.Lists(later.Description));
        Assert.False(section.Lists(overdue.Description));
        Assert.False(section.Lists(dropped.Description));
    }

    [Fact]
    public async Task Meetings_are_flagged_when_they_have_no_papers_or_too_few_acceptances_within_thirty_days()
    {
        var group = await factory.AddGroupAsync(quorum: 2);
        var now = DateTime.UtcNow;
        var noPapers = await factory.AddMeetingAsync(group.Id, now.AddDays(5), withPaper: false, accepted: 2);
        var notQuorate = await factory.AddMeetingAsync(group.Id, now.AddDays(6), withPaper: true, accepted: 1);
        var ready = await factory.AddMeetingAsync(group.Id, now.AddDays(7), withPaper: true, accepted: 2);
        var farOff = await factory.AddMeetingAsync(group.Id, now.AddDays(31), withPaper: false);
        var cancelled = await factory.AddMeetingAsync(group.Id, now.AddDays(8), status: MeetingStatus.Cancelled);

        var section = await factory.LoadSectionAsync<UpcomingMeetingsSource>();

        var noPapersItem = Assert.Single(section.Items, i => i.Text.Contains(noPapers.Title, StringComparison.Ordinal));
        Assert.Contains("no papers", noPapersItem.Detail);
        Assert.DoesNotContain("not quorate", noPapersItem.Detail);
        Assert.Equal($"/governance/meetings/{noPapers.Id}", noPapersItem.Link);
        var shortItem = Assert.Single(section.Items, i => i.Text.Contains(notQuorate.Title, StringComparison.Ordinal));
        Assert.Contains("not quorate by acceptances: 1 of 2 members accepted (at least 2 needed)", shortItem.Detail);
        Assert.False(section.Lists(ready.Title));
        Assert.False(section.Lists(farOff.Title));
        Assert.False(section.Lists(cancelled.Title));
    }

    [Fact]
    public async Task A_meeting_with_enough_acceptances_but_no_chair_is_flagged_with_the_reason_from_the_terms_of_reference()
    {
        var group = await factory.AddGroupAsync(quorum: 1, configure: g => g.TermsOfReference[0].QuorumRequiresChairOrViceChair = true);
        var meeting = await factory.AddMeetingAsync(group.Id, DateTime.UtcNow.AddDays(4), withPaper: true, accepted: 2);

        var section = await factory.LoadSectionAsync<UpcomingMeetingsSource>();

        var item = Assert.Single(section.Items, i => i.Text.Contains(meeting.Title, StringComparison.Ordinal));
        Assert.Contains("neither the chair nor the vice-chair has accepted", item.Detail);
        Assert.DoesNotContain("no papers", item.Detail);
    }

    [Fact]
    public async Task Minutes_awaiting_approval_lists_circulated_minutes_but_not_drafts()
    {
        var group = await factory.AddGroupAsync();
        var circulated = await factory.AddMeetingAsync(group.Id, DateTime.UtcNow.AddDays(-20));
        var draft = await factory.AddMeetingAsync(group.Id, DateTime.UtcNow.AddDays(-10));
        await factory.AddMinutesAsync(circulated.Id, circulate: true);
        await factory.AddMinutesAsync(draft.Id, circulate: false);

        var section = await factory.LoadSectionAsync<MinutesAwaitingApprovalSource>();

        var item = Assert.Single(section.Items, i => i.Text.Contains(circulated.Title, StringComparison.Ordinal));
        Assert.Equal($"/governance/meetings/{circulated.Id}/minutes", item.Link);
        Assert.False(section.Lists(draft.Title));
    }

    [Fact]
    public async Task Decisions_due_for_review_within_thirty_days_are_listed_unless_no_longer_active()
    {
        var group = await factory.AddGroupAsync();
        Decision Make(int days, DecisionStatus status = DecisionStatus.Active) => new()
        {
            GroupId = group.Id, Statement = $"Decision {GovernanceTestData.Word()}", DecidedOn = Today.AddYears(-1), ReviewDate = Today.AddDays(days), Status = status,
        };
        var due = await factory.AddAsync(Make(30));
        var overdue = await factory.AddAsync(Make(-5));
        var later = await factory.AddAsync(Make(31));
        var rescinded = await factory.AddAsync(Make(3, DecisionStatus.Rescinded));

        var section = await factory.LoadSectionAsync<DecisionsDueForReviewSource>();

        Assert.True(section.Lists(due.Statement));
        Assert.True(section.Lists(overdue.Statement));
        Assert.False(section.Lists(later.Statement));
        Assert.False(section.Lists(rescinded.Statement));
    }

    [Fact]
    public async Task Terms_of_reference_are_due_when_the_current_version_reviews_within_sixty_days()
    {
        var due = await factory.AddGroupAsync(review: Today.AddDays(60));
        var notYet = await factory.AddGroupAsync(review: Today.AddDays(61));
        var renewed = await factory.AddGroupAsync(review: Today.AddDays(-10), configure: g => g.TermsOfReference.Add(new TermsOfReference
        {
            Number = 2, Purpose = "New", Responsibilities = "New", MeetingFrequency = "Quarterly", ReportingLine = "Board", ReviewDate = Today.AddYears(1),
        }));
        var inactive = await factory.AddGroupAsync(review: Today, configure: g => g.Active = false);

        var section = await factory.LoadSectionAsync<TermsOfReferenceDueForReviewSource>();

        Assert.Contains(section.Items, i => i.Text.StartsWith(due.Name, StringComparison.Ordinal) && i.Link == $"/governance/groups/{due.Id}");
        Assert.False(section.Lists(notYet.Name));
        Assert.False(section.Lists(renewed.Name));
        Assert.False(section.Lists(inactive.Name));
    }

    [Fact]
    public async Task Agreements_due_for_renewal_within_sixty_days_or_overdue_are_listed_unless_renewed()
    {
        var dueSoon = await factory.AddOrganisationAsync();
        var overdue = await factory.AddOrganisationAsync();
        var later = await factory.AddOrganisationAsync();
        var renewed = await factory.AddOrganisationAsync();
        Agreement Make(int organisationId, int signedDaysAgo, int dueInDays) => new()
        {
            OrganisationId = organisationId, Kind = AgreementKind.Membership, SignedOn = Today.AddDays(-signedDaysAgo), RenewalDue = Today.AddDays(dueInDays),
        };
        var dueSoonAgreement = await factory.AddAsync(Make(dueSoon.Id, 300, 60));
        await factory.AddAsync(Make(overdue.Id, 400, -1));
        await factory.AddAsync(Make(later.Id, 300, 61));
        await factory.AddAsync(Make(renewed.Id, 400, -30));
        await factory.AddAsync(Make(renewed.Id, 30, 700));

        var section = await factory.LoadSectionAsync<AgreementsDueForRenewalSource>();

        Assert.Contains(section.Items, i => i.Text.StartsWith(dueSoon.Name, StringComparison.Ordinal) && i.Link == $"/agreements/{dueSoonAgreement.Id}/edit");
        Assert.Contains(section.Items, i => i.Text.StartsWith(overdue.Name, StringComparison.Ordinal) && i.Detail!.StartsWith("Renewal was due", StringComparison.Ordinal));
        Assert.False(section.Lists(later.Name));
        Assert.False(section.Lists(renewed.Name));
    }

    [Fact]
    public async Task Stale_directory_entries_are_listed_but_recently_checked_and_defunct_services_are_not()
    {
        // Every other service checked today, so this test's services are the only candidates.
        await factory.WithDbAsync(db => db.Set<Service>().ExecuteUpdateAsync(u => u.SetProperty(s => s.LastVerifiedOn, Today)));
        var organisation = await factory.AddOrganisationAsync();
        var stale = await factory.AddServiceAsync(organisation.Id, s => s.LastVerifiedOn = Today.AddYears(-1));
        var neverChecked = await factory.AddServiceAsync(organisation.Id, s => s.LastVerifiedOn = null);
        await factory.AddServiceAsync(organisation.Id, s => s.LastVerifiedOn = Today.AddDays(-1));
        await factory.AddServiceAsync(organisation.Id, s => { s.LastVerifiedOn = null; s.Status = ServiceStatus.Defunct; });

        var section = await factory.LoadSectionAsync<StaleServicesSource>();

        Assert.Equal(2, section.Count);
        Assert.Equal([$"/services/{neverChecked.Id}", $"/services/{stale.Id}"], section.Items.Select(i => i.Link));
        Assert.Equal("Never checked", section.Items[0].Detail);
    }
}
