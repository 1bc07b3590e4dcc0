using System.Net;
using Hl7.Fhir.Model;
using McnHub.Features.Directory.Services;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.People;
using Microsoft.EntityFrameworkCore;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Tests.Features.Interop;

[Collection(InteropCollection.Name)]
public sealed class FhirLocationAndPractitionerRoleTests(InteropFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private TestDirectory Directory => factory.Directory;

    [Fact]
    public async Task An_area_is_a_location_of_physical_type_area_inside_its_parent_area()
    {
        var area = await _client.GetFhirAsync<Location>($"/fhir/r4/Location/area-{Directory.Northbrook}");

        Assert.Equal(("Northbrook", "Local authority"), (area.Name, area.Description));
        var physicalType = Assert.Single(area.PhysicalType!.Coding);
        Assert.Equal(("http://terminology.hl7.org/CodeSystem/location-physical-type", "area"), (physicalType.System, physicalType.Code));
        Assert.Equal($"Location/area-{Directory.Region}", area.PartOf!.Reference);
        Assert.Equal("E06000901", Assert.Single(area.Identifier).Value);
    }

    [Fact]
    public async Task Premises_are_a_location_with_address_position_and_managing_organisation()
    {
        var premises = Directory.Quokka.Locations[0];

        var location = await _client.GetFhirAsync<Location>($"/fhir/r4/Location/loc-{premises.Id}");

        Assert.Equal(("Quokka House", Location.LocationStatus.Active), (location.Name, location.Status));
        Assert.Equal(["1 Marsupial Road", "Unit 2"], location.Address!.Line);
        Assert.Equal(("Northbrook", "NB1 4QQ", "GB"), (location.Address.City, location.Address.PostalCode, location.Address.Country));
        Assert.Equal((52.6309m, -1.1398m), (location.Position!.Latitude, location.Position.Longitude));
        Assert.Equal($"Organization/{Directory.Kingfisher}", location.ManagingOrganization!.Reference);
    }

    [Theory]
    [InlineData("area-999999")]
    [InlineData("loc-abc")]
    [InlineData("Northbrook")]
    [InlineData("1")]
    public async Task An_unknown_location_is_a_404_operation_outcome(string id)
    {
        await _client.FhirErrorAsync($"/fhir/r4/Location/{id}", HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound);
    }

    [Fact]
    public async Task Locations_are_searched_by_name_parent_area_and_organisation()
    {
        var region = Directory.Region;
        var areasInRegion = await factory.WithDbAsync(db => db.Set<Area>().Where(a => a.ParentId == region).OrderBy(a => a.Name).Select(a => a.Name).ToListAsync());

        Assert.Equal(["Quokka House"], (await _client.SearchAsync("/fhir/r4/Location?name=quokka")).Names());
        Assert.Equal(areasInRegion, (await _client.SearchAsync($"/fhir/r4/Location?partof=Location/area-{region}")).Names());
        Assert.Equal(["Quokka House"], (await _client.SearchAsync($"/fhir/r4/Location?organization=Organization/{Directory.Kingfisher}&name:contains=okka")).Names());
        Assert.Equal(0, (await _client.SearchAsync($"/fhir/r4/Location?organization=Organization/{Directory.Kingfisher}&partof=Location/area-{region}")).Total);
        var northbrook = await _client.SearchAsync("/fhir/r4/Location?name=northbrook");
        Assert.Equal($"area-{Directory.Northbrook}", northbrook.Entry[0].Resource!.Id);
        await _client.FhirErrorAsync("/fhir/r4/Location?partof=Organization/1", HttpStatusCode.BadRequest, OperationOutcome.IssueType.Invalid);
    }

    [Fact]
    public async Task Paging_walks_through_the_areas_and_then_the_premises_without_gaps_or_repeats()
    {
        var areas = await factory.WithDbAsync(db => db.Set<Area>().CountAsync());
        var premises = await factory.WithDbAsync(db => db.Set<ServiceLocation>().CountAsync());

        var ids = new List<string>();
        var url = "/fhir/r4/Location?_count=4";
        while (url is not null)
        {
            var bundle = await _client.SearchAsync(url);
            Assert.Equal(areas + premises, bundle.Total);
            ids.AddRange(bundle.Entry.Select(e => e.Resource!.Id!));
            url = bundle.Link("next") is { } next ? new Uri(next).PathAndQuery : null;
        }

        Assert.Equal(areas + premises, ids.Distinct().Count());
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids.Take(areas), id => Assert.StartsWith("area-", id, StringComparison.Ordinal));
        Assert.All(ids.Skip(areas), id => Assert.StartsWith("loc-", id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_listed_professional_has_one_role_per_organisation_without_contact_details()
    {
        var listed = Directory.Listed;

        var response = await _client.GetAsync($"/fhir/r4/PractitionerRole/{listed.Id}-{Directory.Kingfisher}");
        var json = await response.Content.ReadAsStringAsync();
        var role = await _client.GetFhirAsync<PractitionerRole>($"/fhir/r4/PractitionerRole/{listed.Id}-{Directory.Kingfisher}");

        Assert.Equal(("Quentin Listed", $"Organization/{Directory.Kingfisher}"), (role.Practitioner!.Display, role.Organization!.Reference));
        var code = Assert.Single(role.Code);
        Assert.Equal(("https://mcnhub.example/CodeSystem/discipline", "nurse", "Hospice at home nurse"), (code.Coding[0].System, code.Coding[0].Code, code.Text));
        Assert.Empty(role.Telecom);
        Assert.DoesNotContain("07700 900123", json, StringComparison.Ordinal);
        Assert.DoesNotContain(listed.Email, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_professionals_who_opted_in_and_are_active_are_listed()
    {
        var kingfisher = Directory.Kingfisher;
        var expected = await factory.WithDbAsync(db => db.Set<McnHub.Features.Members.People.Person>()
            .Where(p => p.ListedInDirectory && p.Active && p.Affiliations.Any(a => a.OrganisationId == kingfisher))
            .OrderBy(p => p.FullName).ThenBy(p => p.Id).Select(p => p.FullName).ToListAsync());

        var bundle = await _client.SearchAsync($"/fhir/r4/PractitionerRole?organization=Organization/{kingfisher}&_count=100");

        Assert.Equal(expected, bundle.Names());
        Assert.Single(bundle.Names(), n => n == "Quentin Listed");
        Assert.DoesNotContain("Ursula Unlisted", bundle.Names());
        Assert.DoesNotContain("Rita Retired", bundle.Names());
        await _client.FhirErrorAsync($"/fhir/r4/PractitionerRole/{Directory.Unlisted.Id}-{kingfisher}", HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound);
        await _client.FhirErrorAsync($"/fhir/r4/PractitionerRole/{Directory.Retired.Id}-{kingfisher}", HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound);
        await _client.FhirErrorAsync($"/fhir/r4/PractitionerRole/{Directory.Listed.Id}-{Directory.Starlight}", HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound);
        await _client.FhirErrorAsync("/fhir/r4/PractitionerRole/abc", HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound);
    }

    [Fact]
    public async Task Roles_are_searched_by_discipline()
    {
        var nurses = await _client.SearchAsync($"/fhir/r4/PractitionerRole?role=nurse&organization=Organization/{Directory.WillowBank}&_count=100");
        var consultants = await _client.SearchAsync($"/fhir/r4/PractitionerRole?role=https://mcnhub.example/CodeSystem/discipline|consultant&organization={Directory.Kingfisher}&_count=100");

        Assert.Contains("Quentin Listed", nurses.Names());
        Assert.All(nurses.Resources<PractitionerRole>(), r => Assert.Equal("nurse", r.Code[0].Coding[0].Code));
        Assert.DoesNotContain("Quentin Listed", consultants.Names());
        Assert.All(consultants.Resources<PractitionerRole>(), r => Assert.Equal("consultant", r.Code[0].Coding[0].Code));
    }
}
