using McnHub.Features.Directory.Services;
using McnHub.Features.Directory.Taxonomy;
using McnHub.Features.Governance.Actions;
using McnHub.Features.Governance.Decisions;
using McnHub.Features.Governance.Groups;
using McnHub.Features.Governance.Meetings;
using McnHub.Features.Governance.Risks;
using McnHub.Features.Governance.WorkPlan;
using McnHub.Features.Members.Agreements;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.Organisations;
using McnHub.Features.Members.People;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.BrowserTests.Support;

/// <summary>The records of the demo network the browser tests open, looked up by name in the app's own database.</summary>
public sealed record DemoIds(
    int LeadsOrganisation,
    int OtherOrganisation,
    int LeadsService,
    int OtherService,
    int Person,
    int Agreement,
    int Area,
    int Term,
    Governance Governance)
{
    public const string LeadsOrganisationName = "Kingfisher Children's Hospice";

    public static Task<DemoIds> LoadAsync(McnHubFactory app) => app.WithDbAsync(async db =>
    {
        var kingfisher = await db.Set<Organisation>().Where(o => o.Name == LeadsOrganisationName).Select(o => o.Id).SingleAsync();
        var willow = await db.Set<Organisation>().Where(o => o.Name == "Willow Bank Children's Hospice").Select(o => o.Id).SingleAsync();
        return new DemoIds(
            kingfisher,
            willow,
            await db.Set<Service>().Where(s => s.OrganisationId == kingfisher).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
            await db.Set<Service>().Where(s => s.OrganisationId == willow).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
            await db.Set<Person>().Where(p => p.FullName == "Jo Fletcher").Select(p => p.Id).SingleAsync(),
            await db.Set<Agreement>().Where(a => a.OrganisationId == kingfisher).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(),
            await db.Set<Area>().Where(a => a.Name == "Southford").Select(a => a.Id).SingleAsync(),
            await db.Set<TaxonomyTerm>().OrderBy(t => t.SortOrder).Select(t => t.Id).FirstAsync(),
            await LoadGovernanceAsync(db));
    });

    private static async Task<Governance> LoadGovernanceAsync(McnHub.Platform.Data.AppDbContext db)
    {
        var board = await db.Set<Group>().Where(g => g.Visibility == GroupVisibility.Public).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync();
        return new Governance(
            board,
            await db.Set<Meeting>().Where(m => m.GroupId == board).OrderBy(m => m.StartsAt).Select(m => m.Id).FirstAsync(),
            await db.Set<Decision>().OrderBy(d => d.Id).Select(d => d.Id).FirstAsync(),
            await db.Set<ActionItem>().OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(),
            await db.Set<Risk>().OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(),
            await db.Set<Objective>().OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(),
            await db.Set<Achievement>().OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(),
            await db.Set<ConflictDeclaration>().OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(),
            await db.Set<AgendaPaper>().Where(p => p.AgendaItem!.Meeting!.GroupId == board).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
    }
}

/// <summary>Governance records of the demo network: a public group and its first meeting, and one of each log's entries.</summary>
public sealed record Governance(int Group, int Meeting, int Decision, int Action, int Risk, int Objective, int Achievement, int Conflict, int Paper);
