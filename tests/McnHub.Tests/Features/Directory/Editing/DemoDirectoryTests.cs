using McnHub.Features.Directory;
using McnHub.Features.Directory.Editing;
using McnHub.Features.Directory.Services;
using McnHub.Features.Directory.Taxonomy;
using McnHub.Features.Members.Network;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace McnHub.Tests.Features.Directory.Editing;

/// <summary>The demo directory is realistic: the whole taxonomy, about eighty services, some stale, and the gaps a co-ordinator should find.</summary>
public sealed class DemoDirectoryTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private sealed record Row(int Id, string Organisation, ServiceStatus Status, bool Is24x7, DateOnly? LastVerifiedOn, List<string> Types, List<string> Areas);

    [Fact]
    public async Task The_taxonomy_marks_the_four_types_required_everywhere_and_two_of_them_24x7()
    {
        var terms = await factory.WithDbAsync(db => db.Set<TaxonomyTerm>().AsNoTracking().ToListAsync());

        Assert.Equal(13, terms.Count);
        Assert.Equal(["24-7-telephone-advice", "community-childrens-nursing", "end-of-life-care-at-home", "specialist-consultant-advice"],
            terms.Where(t => t.RequiredInEveryArea).Select(t => t.Code).Order());
        Assert.Equal(["24-7-telephone-advice", "end-of-life-care-at-home"], terms.Where(t => t.Required24x7).Select(t => t.Code).Order());
        Assert.All(terms, t => Assert.Matches("^[a-z0-9-]+$", t.Code));
    }

    [Fact]
    public async Task About_eighty_services_of_which_about_fifteen_percent_are_stale_a_few_closed_and_one_defunct()
    {
        var rows = await RowsAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var stale = rows.Count(r => Freshness.IsStale(r.Status, r.LastVerifiedOn, today, new DirectoryOptions()));

        Assert.InRange(rows.Count, 75, 95);
        Assert.InRange(stale * 100 / rows.Count, 12, 18);
        Assert.InRange(rows.Count(r => r.Status == ServiceStatus.TemporarilyClosed), 2, 5);
        Assert.Single(rows, r => r.Status == ServiceStatus.Defunct);
        Assert.True(rows.Select(r => r.Organisation).Distinct().Count() >= 20);
        Assert.Equal("Kingfisher Children's Hospice", rows.MinBy(r => r.Id)!.Organisation);
    }

    [Fact]
    public async Task Every_service_is_valid_by_the_rules_of_the_form()
    {
        var services = await factory.WithDbAsync(db => db.Set<Service>().AsNoTracking().Include(s => s.Hours).Include(s => s.Locations).Include(s => s.Types).AsSplitQuery().ToListAsync());

        var problems = services.SelectMany(s => ServiceForm.From(s).Validate().Select(e => $"{s.Name}: {e.Message}")).ToList();

        Assert.Empty(problems);
        Assert.All(services, s => Assert.NotEmpty(s.Locations));
    }

    [Fact]
    public async Task The_deliberate_gaps_are_there_and_nothing_else_required_is_missing()
    {
        var active = (await RowsAsync()).Where(r => r.Status == ServiceStatus.Active).ToList();
        bool Has(string area, string type, bool only24x7) => active.Any(r => r.Areas.Contains(area) && r.Types.Contains(type) && (!only24x7 || r.Is24x7));

        Assert.False(Has("Southford", DemoDirectory.EndOfLifeCareAtHome, only24x7: true));
        Assert.False(Has("Lowmoor", DemoDirectory.EndOfLifeCareAtHome, only24x7: true));
        Assert.True(Has("Highcross", DemoDirectory.CommunityNursing, only24x7: false));
        Assert.False(Has("Highcross", DemoDirectory.CommunityNursing, only24x7: true));
        Assert.True(Has("Eastmere", DemoDirectory.ConsultantAdvice, only24x7: false));
        Assert.False(Has("Eastmere", DemoDirectory.ConsultantAdvice, only24x7: true));
        foreach (var area in DemoAreas())
        {
            foreach (var type in new[] { DemoDirectory.EndOfLifeCareAtHome, DemoDirectory.TelephoneAdvice247, DemoDirectory.CommunityNursing, DemoDirectory.ConsultantAdvice })
            {
                Assert.True(Has(area, type, only24x7: false), $"{area} has no {type} at all");
            }

            Assert.True(Has(area, DemoDirectory.TelephoneAdvice247, only24x7: true), $"{area} has no 24/7 telephone advice");
        }

        Assert.True(Has("Northbrook", DemoDirectory.EndOfLifeCareAtHome, only24x7: true));
        Assert.True(Has("Highcross", DemoDirectory.EndOfLifeCareAtHome, only24x7: true));
    }

    private static string[] DemoAreas() => ["Northbrook", "Eastmere", "Westvale", "Southford", "Highcross", "Lowmoor"];

    private Task<List<Row>> RowsAsync() => factory.WithDbAsync(db => db.Set<Service>().AsNoTracking()
        .Select(s => new Row(s.Id, s.Organisation!.Name, s.Status, s.Is24x7, s.LastVerifiedOn,
            s.Types.Select(t => t.Term!.Code).ToList(), s.Areas.Select(a => a.Area!.Name).ToList()))
        .ToListAsync());
}
