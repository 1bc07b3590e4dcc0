using System.Net;
using Hl7.Fhir.Model;
using McnHub.Features.Directory.Services;
using Microsoft.EntityFrameworkCore;
using Task = System.Threading.Tasks.Task;

namespace McnHub.Tests.Features.Interop;

[Collection(InteropCollection.Name)]
public sealed class FhirHealthcareServiceTests(InteropFactory factory)
{
    private const string ServiceTypes = "https://mcnhub.example/CodeSystem/mcnhub-service-types";

    private readonly HttpClient _client = factory.CreateClient();

    private TestDirectory Directory => factory.Directory;

    [Fact]
    public async Task A_service_has_its_provider_types_areas_premises_hours_eligibility_and_referral_route()
    {
        var quokka = Directory.Quokka;

        var service = await _client.GetFhirAsync<HealthcareService>($"/fhir/r4/HealthcareService/{quokka.Id}");

        Assert.Equal(("Quokka Hospice at Home", true), (service.Name, service.Active));
        Assert.Equal(($"Organization/{Directory.Kingfisher}", "Kingfisher Children's Hospice"), (service.ProvidedBy!.Reference, service.ProvidedBy.Display));
        foreach (var concept in new[] { Assert.Single(service.Category), Assert.Single(service.Type) })
        {
            var coding = Assert.Single(concept.Coding);
            Assert.Equal((ServiceTypes, TestDirectory.EndOfLife), (coding.System, coding.Code));
        }

        Assert.Equal([$"Location/area-{Directory.Eastmere}", $"Location/area-{Directory.Northbrook}"], service.CoverageArea.Select(a => a.Reference));
        Assert.Equal($"Location/loc-{quokka.Locations[0].Id}", Assert.Single(service.Location).Reference);
        var always = Assert.Single(service.AvailableTime);
        Assert.True(always.AllDay);
        Assert.Equal(7, always.DaysOfWeek.Count());
        Assert.Contains("Aged 0 to 19", Assert.Single(service.Eligibility).Comment, StringComparison.Ordinal);
        Assert.Equal("Phone the duty nurse", Assert.Single(service.ReferralMethod).Text);
        Assert.Contains("**Who can refer:** Any professional", service.ExtraDetails, StringComparison.Ordinal);
        Assert.Equal(["English", "Polish"], service.Communication.Select(c => c.Text));
        Assert.Equal("0161 496 7000", service.Telecom.Single(t => t.System == ContactPoint.ContactPointSystem.Phone).Value);
        Assert.NotNull(service.Meta!.LastUpdated);
    }

    [Fact]
    public async Task Opening_hours_are_available_times_grouped_by_period_and_a_closed_service_is_inactive()
    {
        var service = await _client.GetFhirAsync<HealthcareService>($"/fhir/r4/HealthcareService/{Directory.Wombat.Id}");

        Assert.False(service.Active);
        Assert.Equal(2, service.AvailableTime.Count);
        Assert.Equal([DaysOfWeek.Mon, DaysOfWeek.Tue, DaysOfWeek.Wed, DaysOfWeek.Thu, DaysOfWeek.Fri], service.AvailableTime[0].DaysOfWeek.Select(d => d!.Value));
        Assert.Equal(("09:00:00", "17:00:00"), (service.AvailableTime[0].AvailableStartTime, service.AvailableTime[0].AvailableEndTime));
        Assert.Equal([DaysOfWeek.Sat], service.AvailableTime[1].DaysOfWeek.Select(d => d!.Value));
        Assert.Equal("Calls divert to the hospice on-call nurse", service.AvailabilityExceptions);
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("quokka")]
    public async Task An_unknown_service_is_a_404_operation_outcome(string id)
    {
        await _client.FhirErrorAsync($"/fhir/r4/HealthcareService/{id}", HttpStatusCode.NotFound, OperationOutcome.IssueType.NotFound);
    }

    [Theory]
    [InlineData("name=QUOKKA", new[] { "Quokka Hospice at Home" })]
    [InlineData("name=ombat", new string[0])]
    [InlineData("name:contains=ombat", new[] { "Wombat Short Breaks" })]
    [InlineData("name:exact=Wombat%20Short%20Breaks", new[] { "Wombat Short Breaks" })]
    [InlineData("service-category=" + TestDirectory.ShortBreaks, new[] { "Bilby Sibling Group", "Numbat Bereavement Support", "Wombat Short Breaks" })]
    [InlineData("service-type=" + TestDirectory.EndOfLife, new[] { "Bilby Sibling Group", "Quokka Hospice at Home" })]
    [InlineData("service-type=" + ServiceTypes + "|" + TestDirectory.EndOfLife, new[] { "Bilby Sibling Group", "Quokka Hospice at Home" })]
    [InlineData("service-type=http://example.org|" + TestDirectory.EndOfLife, new string[0])]
    [InlineData("service-category=" + TestDirectory.ShortBreaks + "," + TestDirectory.EndOfLife, new[] { "Bilby Sibling Group", "Numbat Bereavement Support", "Quokka Hospice at Home", "Wombat Short Breaks" })]
    [InlineData("service-type=" + TestDirectory.ShortBreaks + "&service-type=" + TestDirectory.EndOfLife, new[] { "Bilby Sibling Group" })]
    [InlineData("service-category=" + TestDirectory.ShortBreaks + "&active=true", new[] { "Bilby Sibling Group" })]
    [InlineData("service-category=" + TestDirectory.ShortBreaks + "&active=false", new[] { "Numbat Bereavement Support", "Wombat Short Breaks" })]
    [InlineData("service-category=" + TestDirectory.Unused, new string[0])]
    public async Task Services_are_searched_by_name_category_type_and_active(string query, string[] expected)
    {
        var bundle = await _client.SearchAsync($"/fhir/r4/HealthcareService?{query}");

        Assert.Equal(expected, bundle.Names());
        Assert.Equal(expected.Length, bundle.Total);
    }

    [Fact]
    public async Task Coverage_area_finds_the_services_covering_an_area()
    {
        var westvale = await _client.SearchAsync($"/fhir/r4/HealthcareService?coverage-area=Location/area-{Directory.Westvale}&service-category={TestDirectory.ShortBreaks}");
        var northbrook = await _client.SearchAsync($"/fhir/r4/HealthcareService?coverage-area=area-{Directory.Northbrook}&service-type={TestDirectory.EndOfLife}");
        var premises = await _client.SearchAsync($"/fhir/r4/HealthcareService?coverage-area=Location/loc-{Directory.Quokka.Locations[0].Id}");

        Assert.Equal(["Numbat Bereavement Support", "Wombat Short Breaks"], westvale.Names());
        Assert.Equal(["Bilby Sibling Group", "Quokka Hospice at Home"], northbrook.Names());
        Assert.Equal(0, premises.Total);
    }

    [Fact]
    public async Task Organization_finds_the_services_an_organisation_provides()
    {
        var starlight = Directory.Starlight;
        var expected = await factory.WithDbAsync(db => db.Set<Service>().Where(s => s.OrganisationId == starlight).OrderBy(s => s.Name).Select(s => s.Name).ToListAsync());

        var bundle = await _client.SearchAsync($"/fhir/r4/HealthcareService?organization=Organization/{starlight}&_count=100");

        Assert.Contains("Bilby Sibling Group", expected);
        Assert.Equal(expected, bundle.Names());
        Assert.All(bundle.Resources<HealthcareService>(), s => Assert.Equal($"Organization/{starlight}", s.ProvidedBy!.Reference));
    }

    [Theory]
    [InlineData("coverage-area=Organization/1")]
    [InlineData("organization=Location/area-1")]
    [InlineData("active=yes")]
    [InlineData("service-type=a|b|c")]
    public async Task A_malformed_value_is_a_400_operation_outcome(string query)
    {
        await _client.FhirErrorAsync($"/fhir/r4/HealthcareService?{query}", HttpStatusCode.BadRequest, OperationOutcome.IssueType.Invalid);
    }
}
