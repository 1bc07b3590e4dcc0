using System.Globalization;
using McnHub.Features.Governance.Dashboard;
using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Features.Standards;

/// <summary>Member organisations that have not assessed every statement of an open period, fewest assessed first.</summary>
public sealed class OutstandingSelfAssessmentsSource(AppDbContext db) : IDashboardSource
{
    public async Task<DashboardSection> LoadAsync(DashboardContext context, CancellationToken ct)
    {
        var items = new List<DashboardItem>();
        var periods = await db.Set<AssessmentPeriod>().AsNoTracking().Where(p => p.IsOpen).OrderBy(p => p.StartsOn).ToListAsync(ct);
        foreach (var period in periods)
        {
            var statements = await db.Set<StandardStatement>().CountAsync(s => s.SetId == period.SetId, ct);
            var done = await db.Set<Assessment>().AsNoTracking().Where(a => a.PeriodId == period.Id)
                .GroupBy(a => a.OrganisationId).Select(g => new { Id = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Id, g => g.Count, ct);
            var members = await db.Set<Organisation>().AsNoTracking().Where(o => o.Status == MembershipStatus.Member).OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
            items.AddRange(members
                .Select(o => (o.Id, o.Name, Done: done.GetValueOrDefault(o.Id)))
                .Where(o => o.Done < statements)
                .OrderBy(o => o.Done).ThenBy(o => o.Name)
                .Select(o => new DashboardItem(
                    o.Name,
                    $"/standards/organisations/{o.Id.ToString(CultureInfo.InvariantCulture)}?period={period.Id.ToString(CultureInfo.InvariantCulture)}",
                    $"{period.Name}: {o.Done} of {statements} statements assessed")));
        }

        return new DashboardSection("self-assessments-outstanding", "Self-assessments outstanding for the open period", items.Take(15).ToList(), items.Count, "/standards/matrix");
    }
}

/// <summary>Self-assessment action plan items past their due date and not done, the most overdue first.</summary>
public sealed class OverdueActionPlanItemsSource(AppDbContext db) : IDashboardSource
{
    public async Task<DashboardSection> LoadAsync(DashboardContext context, CancellationToken ct)
    {
        var today = context.Today;
        // A closed period is a record: its plan can no longer be updated, so only open periods' items need chasing.
        var overdue = db.Set<ActionPlanItem>().AsNoTracking().Where(i => i.CompletedOn == null && i.DueOn < today && i.Assessment!.Period!.IsOpen);
        var total = await overdue.CountAsync(ct);
        var items = await overdue
            .OrderBy(i => i.DueOn).ThenBy(i => i.Id)
            .Select(i => new
            {
                i.Action,
                i.Owner,
                i.DueOn,
                i.Assessment!.OrganisationId,
                Organisation = i.Assessment.Organisation!.Name,
                i.Assessment.PeriodId,
                i.Assessment.StatementId,
                Number = i.Assessment.Statement!.Number,
            })
            .Take(15)
            .ToListAsync(ct);
        return new DashboardSection(
            "standards-actions-overdue",
            "Self-assessment action plan items overdue",
            items.Select(i => new DashboardItem(
                i.Action,
                $"/standards/organisations/{i.OrganisationId.ToString(CultureInfo.InvariantCulture)}/periods/{i.PeriodId.ToString(CultureInfo.InvariantCulture)}/statements/{i.StatementId.ToString(CultureInfo.InvariantCulture)}",
                $"{i.Organisation}, statement {i.Number.ToString(CultureInfo.InvariantCulture)} · {i.Owner} · was due {UkDates.Format(i.DueOn)}")).ToList(),
            total);
    }
}
