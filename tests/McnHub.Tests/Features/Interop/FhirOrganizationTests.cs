using System.Globalization;
using System.Net;
using Hl7.Fhir.Model;
using McnHub.Features.Members.Organisations;
using Microsoft.EntityFrameworkCore;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Tests.Features.Interop;

[Collection(InteropCollection.Name)]
public sealed class FhirOrganizationTests(InteropFactory factory)
{
    private const string Ods = "https://fhir.nhs.uk/Id/ods-organization-code";
    private const string TypeSystem = "https://mcnhub.example/CodeSystem/organisation-type";
    private const string NetworkName = "Riverlands Children's Palliative Care Network";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_network_itself_is_an_organization_of_type_network()
    {
        var network = await _client.GetFhirAsync<Organization>("/fhir/r4/Organization/network");

        Assert.Equal(("network", NetworkName, true), (network.Id, network.Name, network.Active));
        var coding = Assert.Single(Assert.Single(network.Type).Coding);
        Assert.Equal((TypeSystem, "network"), (coding.System, coding.Code));
    }

    [Fact]
    public async Task A_member_organisation_has_its_ods_code_type_contacts_address_and_is_part_of_the_network()
    {
        var kingfisher = await _client.GetFhirAsync<Organization>($"/fhir/r4/Organization/{factory.Directory.Kingfisher}");

        Assert.Equal(("Kingfisher Children's Hospice", true), (kingfisher.Name, kingfisher.Active));
        var identifier = Assert.Single(kingfisher.Identifier);
        Assert.Equal((Ods, "8KF01"), (identifier.System, identifier.Value));
        var type = Assert.Single(Assert.Single(kingfisher.Type).Coding);
        Assert.Equal((TypeSystem, "childrens-hospice", "Children's hospice"), (type.System, type.Code, type.Display));
        Assert.Equal("Organization/network", kingfisher.PartOf!.Reference);
        Assert.Equal(
            [ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointSystem.Email, ContactPoint.ContactPointSystem.Url],
            kingfisher.Telecom.Select(t => t.System!.Value));
        var address = Assert.Single(kingfisher.Address);
        Assert.Equal(("Northbrook", "NB5 1KF", "GB"), (address.City, address.PostalCode, address.Country));
    }

    [Fact]
    public async Task A_prospective_member_is_inactive_and_not_part_of_the_network()
    {
        var lowmoor = await IdOfAsync("Lowmoor Community Hospital NHS Trust");

        var organization = await _client.GetFhirAsync<Organization>($"/fhir/r4/Organization/{lowmoor}");

        Assert.False(organization.Active);
        Assert.Null(organization.PartOf);
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("abc")]
    [InlineData("network2")]
    public async Task An_unknown_organization_is_a_404_operation_outcome(string id)
    {
        await _client.FhirErrorAsync($"/fhir/r4/Organization/{id}", HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound);
    }

    [Fact]
    public async Task Name_matches_from_the_start_ignoring_case_with_contains_and_exact_modifiers()
    {
        var names = await NamesAsync();

        Assert.Equal(["Kingfisher Children's Hospice"], (await _client.SearchAsync("/fhir/r4/Organization?name=KINGFISHER")).Names());
        Assert.Equal(0, (await _client.SearchAsync("/fhir/r4/Organization?name=hospice")).Total);
        Assert.Equal(names.Where(n => n.Contains("hospice", StringComparison.OrdinalIgnoreCase)).Order(), (await _client.SearchAsync("/fhir/r4/Organization?name:contains=hospice")).Names().Order());
        Assert.Equal(1, (await _client.SearchAsync("/fhir/r4/Organization?name:exact=Kingfisher%20Children's%20Hospice")).Total);
        Assert.Equal(0, (await _client.SearchAsync("/fhir/r4/Organization?name:exact=kingfisher%20children's%20hospice")).Total);
        var riverlands = await _client.SearchAsync("/fhir/r4/Organization?name=riverlands&_count=100");
        Assert.Equal(NetworkName, riverlands.Names()[0]);
        Assert.Equal(names.Count(n => n.StartsWith("Riverlands", StringComparison.Ordinal)) + 1, riverlands.Total);
    }

    [Theory]
    [InlineData("8KF01", 1)]
    [InlineData("8kf01", 1)]
    [InlineData(Ods + "|8KF01", 1)]
    [InlineData("http://example.org/other|8KF01", 0)]
    [InlineData("|8KF01", 0)]
    [InlineData("8KF01,8WB02", 2)]
    public async Task Identifier_matches_the_ods_code_with_or_without_its_system(string identifier, int expected)
    {
        var bundle = await _client.SearchAsync($"/fhir/r4/Organization?identifier={Uri.EscapeDataString(identifier)}");

        Assert.Equal(expected, bundle.Total);
    }

    [Fact]
    public async Task Identifier_with_only_the_system_finds_every_organisation_with_an_ods_code()
    {
        var withCodes = await factory.WithDbAsync(db => db.Set<Organisation>().CountAsync(o => o.OdsCode != null));

        var bundle = await _client.SearchAsync($"/fhir/r4/Organization?identifier={Uri.EscapeDataString(Ods + "|")}");

        Assert.Equal(withCodes, bundle.Total);
    }

    [Fact]
    public async Task Type_finds_organisations_of_that_type_and_network_finds_the_network()
    {
        var hospices = await factory.WithDbAsync(db => db.Set<Organisation>().CountAsync(o => o.Type == OrganisationType.ChildrensHospice));
        var charities = await factory.WithDbAsync(db => db.Set<Organisation>().CountAsync(o => o.Type == OrganisationType.Charity));

        Assert.Equal(hospices, (await _client.SearchAsync("/fhir/r4/Organization?type=childrens-hospice")).Total);
        Assert.Equal(hospices + charities, (await _client.SearchAsync("/fhir/r4/Organization?type=childrens-hospice,charity&_count=100")).Total);
        Assert.Equal(0, (await _client.SearchAsync("/fhir/r4/Organization?type=http://example.org|childrens-hospice")).Total);
        Assert.Equal([NetworkName], (await _client.SearchAsync("/fhir/r4/Organization?type=network")).Names());
        Assert.Equal([NetworkName], (await _client.SearchAsync($"/fhir/r4/Organization?type={Uri.EscapeDataString(TypeSystem + "|network")}")).Names());
    }

    [Fact]
    public async Task Active_and_partof_follow_current_membership()
    {
        var members = await factory.WithDbAsync(db => db.Set<Organisation>().CountAsync(o => o.Status == MembershipStatus.Member));
        var others = await factory.WithDbAsync(db => db.Set<Organisation>().CountAsync(o => o.Status != MembershipStatus.Member));

        Assert.Equal(members + 1, (await _client.SearchAsync("/fhir/r4/Organization?active=true")).Total);
        Assert.Equal(others, (await _client.SearchAsync("/fhir/r4/Organization?active=false")).Total);
        Assert.Equal(members, (await _client.SearchAsync("/fhir/r4/Organization?partof=Organization/network")).Total);
        Assert.Equal(members, (await _client.SearchAsync("/fhir/r4/Organization?partof=network")).Total);
        Assert.Equal(0, (await _client.SearchAsync($"/fhir/r4/Organization?partof=Organization/{factory.Directory.Kingfisher}")).Total);
        var hospices = await _client.SearchAsync("/fhir/r4/Organization?type=childrens-hospice&active=true");
        Assert.All(hospices.Resources<Organization>(), o => Assert.True(o.Active));
    }

    [Theory]
    [InlineData("active=maybe")]
    [InlineData("partof=Patient/1")]
    [InlineData("identifier=a|b|c")]
    public async Task A_malformed_value_is_a_400_operation_outcome(string query)
    {
        await _client.FhirErrorAsync($"/fhir/r4/Organization?{query}", HttpStatusCode.BadRequest, OperationOutcome.IssueType.Invalid);
    }

    [Fact]
    public async Task A_membership_is_an_affiliation_with_the_network_over_a_period()
    {
        var kingfisher = factory.Directory.Kingfisher;
        var joined = await factory.WithDbAsync(db => db.Set<Organisation>().Where(o => o.Id == kingfisher).Select(o => o.JoinedOn).SingleAsync());

        var affiliation = await _client.GetFhirAsync<OrganizationAffiliation>($"/fhir/r4/OrganizationAffiliation/{kingfisher}");

        Assert.True(affiliation.Active);
        Assert.Equal("Organization/network", affiliation.Organization!.Reference);
        Assert.Equal(("Organization/" + kingfisher, "Kingfisher Children's Hospice"), (affiliation.ParticipatingOrganization!.Reference, affiliation.ParticipatingOrganization.Display));
        Assert.Equal("Organization/network", Assert.Single(affiliation.Network).Reference);
        Assert.Equal(joined!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), affiliation.Period!.Start);
        Assert.Null(affiliation.Period.End);
        Assert.Equal("member", Assert.Single(Assert.Single(affiliation.Code).Coding).Code);
    }

    [Fact]
    public async Task A_former_member_has_an_inactive_affiliation_that_ended_and_a_prospective_member_has_none()
    {
        var left = await IdOfAsync("Helping Hands Transition Project");
        var prospective = await IdOfAsync("Lowmoor Community Hospital NHS Trust");

        var affiliation = await _client.GetFhirAsync<OrganizationAffiliation>($"/fhir/r4/OrganizationAffiliation/{left}");

        Assert.False(affiliation.Active);
        Assert.NotNull(affiliation.Period!.End);
        Assert.Equal("left", affiliation.Code[0].Coding[0].Code);
        await _client.FhirErrorAsync($"/fhir/r4/OrganizationAffiliation/{prospective}", HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound);
    }

    [Fact]
    public async Task Affiliations_are_searched_by_participating_organization_active_and_network()
    {
        var affiliated = await factory.WithDbAsync(db => db.Set<Organisation>().CountAsync(o => o.Status != MembershipStatus.Prospective));
        var former = await factory.WithDbAsync(db => db.Set<Organisation>().CountAsync(o => o.Status == MembershipStatus.Lapsed || o.Status == MembershipStatus.Left));

        Assert.Equal(["Kingfisher Children's Hospice"], (await _client.SearchAsync($"/fhir/r4/OrganizationAffiliation?participating-organization=Organization/{factory.Directory.Kingfisher}")).Names());
        Assert.Equal(former, (await _client.SearchAsync("/fhir/r4/OrganizationAffiliation?active=false")).Total);
        Assert.Equal(affiliated - former, (await _client.SearchAsync("/fhir/r4/OrganizationAffiliation?active=true")).Total);
        Assert.Equal(affiliated, (await _client.SearchAsync("/fhir/r4/OrganizationAffiliation?network=Organization/network")).Total);
        Assert.Equal(0, (await _client.SearchAsync($"/fhir/r4/OrganizationAffiliation?network=Organization/{factory.Directory.Kingfisher}")).Total);
        await _client.FhirErrorAsync("/fhir/r4/OrganizationAffiliation?participating-organization=Location/area-1", HttpStatusCode.BadRequest, OperationOutcome.IssueType.Invalid);
    }

    private Task<int> IdOfAsync(string name) =>
        factory.WithDbAsync(db => db.Set<Organisation>().Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    private Task<List<string>> NamesAsync() => factory.WithDbAsync(db => db.Set<Organisation>().Select(o => o.Name).ToListAsync());
}
