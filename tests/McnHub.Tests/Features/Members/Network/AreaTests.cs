using System.Globalization;
using System.Net;
using McnHub.Features.Members.Network;
using McnHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static McnHub.Tests.Features.Members.People.MemberPages;

namespace McnHub.Tests.Features.Members.Network;

public sealed class AreaTests(McnHubFactory factory) : IClassFixture<McnHubFactory>
{
    private Task<Area> AreaAsync(string name) => factory.WithDbAsync(db => db.Set<Area>().AsNoTracking().SingleAsync(a => a.Name == name));

    private Task<int> CountAsync() => factory.WithDbAsync(db => db.Set<Area>().CountAsync());

    private static string Id(Area a) => a.Id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_areas_page_lists_each_area_under_its_parent_with_code_kind_and_population()
    {
        var client = await factory.SignInAsync(Coordinator);

        var page = await client.GetDocumentAsync("/network/areas");

        var rows = page.QuerySelectorAll("[data-list=areas] tbody tr").Select(r => r.QuerySelector("th")!.TextContent).ToList();
        Assert.Equal("Riverlands Integrated Care Board", rows[0]);
        string[] local = ["Eastmere", "Highcross", "Lowmoor", "Northbrook", "Southford", "Westvale"];
        Assert.Equal(local, rows.Where(local.Contains));
        var northbrook = page.QuerySelectorAll("[data-list=areas] tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Northbrook").TextContent;
        Assert.Contains("E06000901", northbrook);
        Assert.Contains("Riverlands Integrated Care Board", northbrook);
        Assert.Contains("Local authority", northbrook);
        Assert.Contains("68,400", northbrook);
    }

    [Fact]
    public async Task A_new_area_with_bad_input_is_refused_with_the_input_kept_and_nothing_saved()
    {
        var before = await CountAsync();
        var client = await factory.SignInAsync(Coordinator);
        var form = await client.GetDocumentAsync("/network/areas/new");

        var duplicate = await PageOfAsync(await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.Name"] = "NORTHBROOK", ["Input.Code"] = "E06-01", ["Input.Population"] = "lots" }));
        var tooMany = await PageOfAsync(await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.Name"] = new string('x', 121), ["Input.Population"] = "10,000,001" }));
        var empty = await PageOfAsync(await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.Name"] = "", ["Input.Population"] = "" }));

        Assert.Contains("There is already an area with this name", duplicate.FieldError("Input_Name"));
        Assert.Contains("letters and digits only", duplicate.FieldError("Input_Code"));
        Assert.Contains("must be a whole number", duplicate.FieldError("Input_Population"));
        Assert.Equal("lots", duplicate.FieldValue("Input_Population"));
        Assert.Contains("Name must be 120 characters or fewer", tooMany.FieldError("Input_Name"));
        Assert.Contains("between 0 and 10,000,000", tooMany.FieldError("Input_Population"));
        Assert.Contains("Enter the area's name", empty.ErrorSummary());
        Assert.Contains("Enter the population aged 0 to 19", empty.ErrorSummary());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_valid_area_is_saved_under_its_parent()
    {
        var northbrook = await AreaAsync("Northbrook");
        var client = await factory.SignInAsync(Coordinator);
        var form = await client.GetDocumentAsync("/network/areas/new");

        var response = await client.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = "Northbrook Central",
            ["Input.Code"] = "e05000999",
            ["Input.Kind"] = "Other",
            ["Input.ParentId"] = Id(northbrook),
            ["Input.Population"] = "1,250",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var area = await AreaAsync("Northbrook Central");
        Assert.Equal(("E05000999", AreaKind.Other, (int?)northbrook.Id, 1250), (area.Code, area.Kind, area.ParentId, area.Population0To19));

        // A partial breakdown does not shrink the town: Northbrook keeps its own figure, the network its total.
        var about = await factory.CreateBrowserClient().GetDocumentAsync("/network");
        Assert.Equal("348,200", about.QuerySelector("[data-figure=population]")!.TextContent);
    }

    [Fact]
    public async Task An_area_cannot_be_made_part_of_itself_or_of_an_area_below_it()
    {
        var icb = await AreaAsync("Riverlands Integrated Care Board");
        var lowmoor = await AreaAsync("Lowmoor");
        var client = await factory.SignInAsync(Coordinator);
        var form = await client.GetDocumentAsync($"/network/areas/{icb.Id}/edit");

        Assert.DoesNotContain(form.QuerySelectorAll("#Input_ParentId option"), o => o.GetAttribute("value") == Id(lowmoor) || o.GetAttribute("value") == Id(icb));
        var below = await PageOfAsync(await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.ParentId"] = Id(lowmoor), ["Input.Code"] = "E54000991" }));
        var itself = await PageOfAsync(await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Input.ParentId"] = Id(icb) }));

        Assert.Contains("cannot be part of one of its own smaller areas", below.FieldError("Input_ParentId"));
        Assert.Equal("E54000991", below.FieldValue("Input_Code"));
        Assert.Contains("cannot be part of itself", itself.FieldError("Input_ParentId"));
        var saved = await AreaAsync("Riverlands Integrated Care Board");
        Assert.Equal(((int?)null, "E54000990", icb.Version), (saved.ParentId, saved.Code, saved.Version));
    }

    [Fact]
    public async Task An_area_in_use_cannot_be_deleted_but_an_unused_one_can()
    {
        var unused = await factory.WithDbAsync(async db =>
        {
            var area = new Area { Name = "Nowhere in particular", Kind = AreaKind.Other };
            db.Add(area);
            await db.SaveChangesAsync();
            return area.Id;
        });
        var icb = await AreaAsync("Riverlands Integrated Care Board");
        var southford = await AreaAsync("Southford");
        var client = await factory.SignInAsync(Coordinator);

        var served = await PageOfAsync(await client.SubmitFormAsync(await client.GetDocumentAsync($"/network/areas/{southford.Id}/edit"), new Dictionary<string, string>(), "#delete-form"));
        var parent = await PageOfAsync(await client.SubmitFormAsync(await client.GetDocumentAsync($"/network/areas/{icb.Id}/edit"), new Dictionary<string, string>(), "#delete-form"));
        var deleted = await client.SubmitFormAsync(await client.GetDocumentAsync($"/network/areas/{unused}/edit"), new Dictionary<string, string>(), "#delete-form");

        Assert.Matches("Southford cannot be deleted because [0-9]+ organisations serve it", served.ErrorSummary());
        Assert.Equal("Southford", served.FieldValue("Input_Name"));
        Assert.Contains("it contains 6 smaller areas", parent.ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var names = await factory.WithDbAsync(db => db.Set<Area>().Select(a => a.Name).ToListAsync());
        Assert.Contains("Southford", names);
        Assert.Contains("Riverlands Integrated Care Board", names);
        Assert.DoesNotContain("Nowhere in particular", names);
    }

    [Fact]
    public void The_area_tree_counts_population_once_and_finds_every_descendant()
    {
        AreaTree.AreaFacts[] areas =
        [
            new(1, "Region", null, AreaKind.Region, null, 999),
            new(2, "ICB", null, AreaKind.IntegratedCareBoard, 1, 0),
            new(3, "Town B", null, AreaKind.LocalAuthority, 2, 200),
            new(4, "Town A", null, AreaKind.LocalAuthority, 2, 100),
            new(5, "Island", null, AreaKind.Other, null, 50),
        ];

        var nodes = AreaTree.Build(areas);

        Assert.Equal(["Island", "Region", "ICB", "Town A", "Town B"], nodes.Select(n => n.Name));
        Assert.Equal([0, 0, 1, 2, 2], nodes.Select(n => n.Depth));
        Assert.Equal(300, nodes.Single(n => n.Name == "ICB").TotalPopulation);
        Assert.True(nodes.Single(n => n.Name == "ICB").Summed);
        Assert.Equal(999, nodes.Single(n => n.Name == "Region").TotalPopulation);
        Assert.False(nodes.Single(n => n.Name == "Region").Summed);
        Assert.Equal(1049, AreaTree.NetworkPopulation(nodes));
        Assert.Equal([2, 3, 4], AreaTree.DescendantsOf(1, areas.Select(a => (a.Id, a.ParentId))).Order());
        Assert.Empty(AreaTree.DescendantsOf(5, areas.Select(a => (a.Id, a.ParentId))));
    }

    [Fact]
    public void The_area_tree_survives_a_cycle_in_the_data()
    {
        AreaTree.AreaFacts[] areas =
        [
            new(1, "A", null, AreaKind.Other, 2, 10),
            new(2, "B", null, AreaKind.Other, 1, 20),
        ];

        var nodes = AreaTree.Build(areas);

        Assert.Equal(2, nodes.Count);
        Assert.Equal([2], AreaTree.DescendantsOf(1, areas.Select(a => (a.Id, a.ParentId))));
    }
}
