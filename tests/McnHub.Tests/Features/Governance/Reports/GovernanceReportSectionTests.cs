using System.Globalization;
using McnHub.Features.Governance.Actions;
using McnHub.Features.Governance.Decisions;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Governance.Reports;
using McnHub.Features.Governance.Risks;
using McnHub.Features.Governance.WorkPlan;
using McnHub.Platform.Reports;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace McnHub.Tests.Features.Governance.Reports;

/// <summary>
/// The governance report section on the demo network (read only: this class adds nothing, so the demo figures hold),
/// each figure checked against a plain count of the records.
/// </summary>
public sealed class GovernanceReportSectionTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static readonly ReportPeriod Year = new("The last year", Today.AddYears(-1).AddDays(1), Today, IsAnnual: true);

    private async Task<ReportSection> BuildAsync(ReportPeriod period)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var source = Assert.Single(scope.ServiceProvider.GetServices<IReportSectionSource>().OfType<GovernanceReportSection>());
        Assert.Equal(200, source.Order);
        return (await source.BuildAsync(period, CancellationToken.None))!;
    }

    private static List<IReadOnlyList<object?>> Rows(ReportSection section, string table) => section.Tables.Single(t => t.Name == table).Rows.ToList();

    private static int Int(object? cell) => Convert.ToInt32(cell, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Meetings_held_and_attendance_by_organisation_and_sector_add_up_to_the_attendance_recorded()
    {
        var from = Year.Start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-1);
        var (held, present) = await factory.WithDbAsync(async db =>
        {
            var ids = await db.Set<Meeting>().Where(m => m.Status == MeetingStatus.Held && m.StartsAt >= from && m.StartsAt <= DateTime.UtcNow).Select(m => m.Id).ToListAsync();
            return (ids.Count, await db.Set<Attendance>().CountAsync(a => ids.Contains(a.MeetingId) && a.Status == AttendanceStatus.Present));
        });

        var section = await BuildAsync(Year);

        Assert.True(held > 0, "the demo network holds meetings in the last year");
        Assert.Equal("governance", section.Key);
        Assert.StartsWith($"{held} meetings held across ", section.Paragraphs[0]);
        Assert.Contains($"with {present} attendances in all", section.Paragraphs[0]);
        Assert.Equal(present, Rows(section, "attendance-by-organisation").Sum(r => Int(r[2])));
        var sectors = Rows(section, "attendance-by-sector");
        Assert.Equal(present, sectors.Sum(r => Int(r[1])));
        Assert.Contains(sectors, r => (string)r[0]! == "NHS" && Int(r[1]) > 0);
        Assert.Contains(sectors, r => (string)r[0]! == "Non-NHS" && Int(r[1]) > 0);
        Assert.InRange(sectors.Sum(r => Int(r[3])), 99, 101);
    }

    [Fact]
    public async Task Decisions_actions_on_time_risks_and_achievements_match_the_records()
    {
        var (decisions, publicDecisions, due, onTime, open, published) = await factory.WithDbAsync(async db =>
        {
            var made = db.Set<Decision>().Where(d => d.DecidedOn >= Year.Start && d.DecidedOn <= Year.End);
            var dueInYear = await db.Set<ActionItem>().Where(a => a.DueOn >= Year.Start && a.DueOn <= Year.End && a.Status != ActionStatus.Dropped).ToListAsync();
            return (await made.CountAsync(), await made.CountAsync(d => d.Group!.Visibility == McnHub.Features.Governance.Groups.GroupVisibility.Public),
                dueInYear.Count, dueInYear.Count(a => a.Status == ActionStatus.Done && a.CompletedOn <= a.DueOn),
                await db.Set<Risk>().Where(r => r.Status == RiskStatus.Open).Select(r => r.LikelihoodAfter * r.ImpactAfter).ToListAsync(),
                await db.Set<Achievement>().CountAsync(a => a.Published && a.AchievedOn >= Year.Start && a.AchievedOn <= Year.End));
        });

        var section = await BuildAsync(Year);

        Assert.True(decisions > 0 && due > 0 && open.Count > 0, "the demo network has decisions, actions and risks");
        Assert.StartsWith($"{decisions} decisions made", section.Paragraphs[1]);
        Assert.Equal(publicDecisions, Rows(section, "decisions").Count);
        var percent = (int)Math.Round(100.0 * onTime / due, MidpointRounding.AwayFromZero);
        Assert.StartsWith($"{onTime} of {due} actions due in the period ({percent}%) were done by their due date", section.Paragraphs[2]);
        var byGroup = Rows(section, "actions-by-group");
        Assert.Equal((due, onTime), (byGroup.Sum(r => Int(r[1])), byGroup.Sum(r => Int(r[2]))));
        var bands = Rows(section, "risks-by-band");
        Assert.Equal(["Extreme", "High", "Moderate", "Low"], bands.Select(r => (string)r[0]!));
        Assert.Equal(open.Count(s => s >= 16), Int(bands[0][2]));
        Assert.Equal(open.Count, bands.Sum(r => Int(r[2])));
        var top = Rows(section, "top-risks");
        Assert.Equal(Math.Min(GovernanceReportSection.TopRisks, open.Count), top.Count);
        Assert.Equal(open.OrderDescending().Take(top.Count), top.Select(r => Int(r[2])));
        Assert.Equal(published, Rows(section, "achievements").Count);
        Assert.StartsWith($"{published} achievement", section.Paragraphs[4]);
    }

    [Fact]
    public async Task A_quarter_before_the_demo_network_began_reports_no_meetings_or_decisions()
    {
        var section = await BuildAsync(new ReportPeriod("Q1 2001", new DateOnly(2001, 4, 1), new DateOnly(2001, 6, 30), IsAnnual: false));

        Assert.StartsWith("0 meetings held", section.Paragraphs[0]);
        Assert.StartsWith("0 decisions made", section.Paragraphs[1]);
        Assert.Equal("No actions were due in the period.", section.Paragraphs[2]);
        Assert.Empty(Rows(section, "attendance-by-organisation"));
    }
}
