using McnHub.Features.Directory.Services;
using McnHub.Features.Directory.Taxonomy;

namespace McnHub.Tests.Features.Interop;

/// <summary>Builds a directory service for a test, with sensible defaults and one method per aspect.</summary>
public sealed class ServiceBuilder(string name, int organisationId)
{
    private readonly Service _service = new()
    {
        Name = name,
        OrganisationId = organisationId,
        Description = $"{name}, a service made for the interop tests.",
        LastVerifiedOn = new DateOnly(2026, 1, 15),
        LastVerifiedBy = "coordinator@riverlands.example",
        IsFree = false,
    };

    public ServiceBuilder Described(string description)
    {
        _service.Description = description;
        return this;
    }

    public ServiceBuilder Ages(int? minimum, int? maximum)
    {
        (_service.MinimumAge, _service.MaximumAge) = (minimum, maximum);
        return this;
    }

    public ServiceBuilder Status(ServiceStatus status)
    {
        _service.Status = status;
        return this;
    }

    public ServiceBuilder OfType(params TaxonomyTerm[] terms)
    {
        _service.Types.AddRange(terms.Select(t => new ServiceType { Term = t }));
        return this;
    }

    public ServiceBuilder Covering(params int[] areaIds)
    {
        _service.Areas.AddRange(areaIds.Select(id => new ServiceArea { AreaId = id }));
        return this;
    }

    public ServiceBuilder At(string name, string? line1 = null, string? town = null, string? postcode = null, double? latitude = null, double? longitude = null, string? line2 = null)
    {
        _service.Locations.Add(new ServiceLocation { Name = name, AddressLine1 = line1, AddressLine2 = line2, Town = town, Postcode = postcode, Latitude = latitude, Longitude = longitude });
        return this;
    }

    public ServiceBuilder Open(string opens, string closes, params DayOfWeek[] days)
    {
        _service.Hours.AddRange(days.Select(d => new OpeningHours { Day = d, Opens = TimeOnly.Parse(opens, System.Globalization.CultureInfo.InvariantCulture), Closes = TimeOnly.Parse(closes, System.Globalization.CultureInfo.InvariantCulture) }));
        return this;
    }

    public ServiceBuilder OpenAllHours()
    {
        _service.Is24x7 = true;
        return this;
    }

    public ServiceBuilder OutOfHours(string arrangements)
    {
        _service.OutOfHours = arrangements;
        return this;
    }

    public ServiceBuilder Contact(string? phone = null, string? email = null, string? website = null)
    {
        (_service.Phone, _service.Email, _service.Website) = (phone, email, website);
        return this;
    }

    public ServiceBuilder Referral(string? who = null, string? how = null, string? contact = null, string? criteria = null)
    {
        (_service.ReferralWho, _service.ReferralHow, _service.ReferralContact, _service.ReferralCriteria) = (who, how, contact, criteria);
        return this;
    }

    public ServiceBuilder Costing(string? cost, bool free)
    {
        (_service.Cost, _service.IsFree) = (cost, free);
        return this;
    }

    public ServiceBuilder Eligible(string? eligibility, string? conditions = null)
    {
        (_service.Eligibility, _service.Conditions) = (eligibility, conditions);
        return this;
    }

    public ServiceBuilder Speaking(string languages)
    {
        _service.Languages = languages;
        return this;
    }

    public Service Build() => _service;
}
