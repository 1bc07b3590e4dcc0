using McnHub.Features.Governance.Actions;
using McnHub.Features.Governance.Decisions;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Minutes;
using McnHub.Features.Members.People;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Governance.Minutes;

/// <summary>Its own app (class fixture): the demo seed only runs on a network with no decisions or minutes yet.</summary>
public sealed class DemoGovernanceLogTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    [Fact]
    public async Task The_demo_log_has_minutes_in_every_state_decisions_due_for_review_and_superseded_and_actions_done_overdue_and_due_soon()
    {
        // The demo network is seeded with the governance groups and a year of meetings, then this log.
        var today = UkDates.Today();
        await factory.WithDbAsync(async db => { await DemoGovernanceLog.SeedAsync(db, today); return 0; });
        var counts = await factory.WithDbAsync(db => db.Set<Decision>().CountAsync());
        await factory.WithDbAsync(async db => { await DemoGovernanceLog.SeedAsync(db, today); return 0; });

        var minutes = await factory.WithDbAsync(db => db.Set<MeetingMinutes>().AsNoTracking().ToListAsync());
        var decisions = await factory.WithDbAsync(db => db.Set<Decision>().AsNoTracking().ToListAsync());
        var actions = await factory.WithDbAsync(db => db.Set<ActionItem>().AsNoTracking().ToListAsync());
        Assert.Equal([MinutesStatus.Draft, MinutesStatus.Circulated, MinutesStatus.Approved], minutes.Select(m => m.Status).Distinct().Order());
        Assert.All(minutes.Where(m => m.Status == MinutesStatus.Approved), m => Assert.NotNull(m.ApprovalMovedByPersonId));
        Assert.True(counts >= 4, $"{counts} decisions seeded");
        Assert.Equal(counts, decisions.Count);
        var superseded = Assert.Single(decisions, d => d.Status == DecisionStatus.Superseded);
        Assert.NotNull(superseded.SupersededByDecisionId);
        Assert.Contains(decisions, d => DecisionRules.IsDueForReview(d.Status, d.ReviewDate, today));
        Assert.Contains(actions, a => a.Status == ActionStatus.Done && a.CompletedOn != null);
        Assert.Contains(actions, a => a.IsOverdue(today));
        Assert.Contains(actions, a => !a.IsOverdue(today) && a.Status != ActionStatus.Done && a.DueOn <= today.AddDays(14));
        Assert.All(actions, a => Assert.True(a.DueOn >= a.RaisedOn));
    }
}
