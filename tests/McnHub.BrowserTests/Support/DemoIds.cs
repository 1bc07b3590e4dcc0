using McnHub.Features.Directory.Services;
using McnHub.Features.Directory.Taxonomy;
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
    int Term)
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
            await db.Set<TaxonomyTerm>().OrderBy(t => t.SortOrder).Select(t => t.Id).FirstAsync());
    });
}
