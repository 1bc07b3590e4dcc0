using McnHub.Features.Directory.Taxonomy;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Data;

namespace McnHub.Features.Directory.Services;

public enum ServiceStatus
{
    Active,
    TemporarilyClosed,
    Defunct,
}

/// <summary>A service a member organisation provides: what, to whom, where, when and how to refer.</summary>
public sealed class Service : IVersioned
{
    public int Id { get; set; }

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>Youngest age served, in whole years (0 = from birth, including antenatal referral).</summary>
    public int? MinimumAge { get; set; }

    /// <summary>Oldest age served, in whole years (up to 25 for transition services).</summary>
    public int? MaximumAge { get; set; }

    public string? Conditions { get; set; }

    public string? Eligibility { get; set; }

    /// <summary>Available 24 hours a day, every day.</summary>
    public bool Is24x7 { get; set; }

    /// <summary>What happens outside the opening hours (e.g. "calls divert to the hospice on-call nurse").</summary>
    public string? OutOfHours { get; set; }

    public string? ReferralWho { get; set; }

    public string? ReferralHow { get; set; }

    public string? ReferralContact { get; set; }

    public string? ReferralCriteria { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    /// <summary>Cost to families, in words ("Free", "Free for families; commissioned by the ICB").</summary>
    public string? Cost { get; set; }

    public bool IsFree { get; set; } = true;

    /// <summary>Languages offered, separated by commas.</summary>
    public string? Languages { get; set; }

    public ServiceStatus Status { get; set; } = ServiceStatus.Active;

    public DateOnly? LastVerifiedOn { get; set; }

    public string? LastVerifiedBy { get; set; }

    public DateTime? LastReminderSentAt { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;

    public List<ServiceType> Types { get; set; } = [];

    public List<ServiceLocation> Locations { get; set; } = [];

    public List<ServiceArea> Areas { get; set; } = [];

    public List<OpeningHours> Hours { get; set; } = [];

    public int Version { get; set; }
}

/// <summary>A service's type from the taxonomy.</summary>
public sealed class ServiceType
{
    public int ServiceId { get; set; }

    public Service? Service { get; set; }

    public int TaxonomyTermId { get; set; }

    public TaxonomyTerm? Term { get; set; }
}

/// <summary>An area a service covers.</summary>
public sealed class ServiceArea
{
    public int ServiceId { get; set; }

    public Service? Service { get; set; }

    public int AreaId { get; set; }

    public Area? Area { get; set; }
}

/// <summary>Where a service is delivered from.</summary>
public sealed class ServiceLocation
{
    public int Id { get; set; }

    public int ServiceId { get; set; }

    public Service? Service { get; set; }

    public string Name { get; set; } = "";

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? Town { get; set; }

    public string? Postcode { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }
}

/// <summary>One opening period on one day of the week (a service may have several per day).</summary>
public sealed class OpeningHours
{
    public int Id { get; set; }

    public int ServiceId { get; set; }

    public Service? Service { get; set; }

    public DayOfWeek Day { get; set; }

    public TimeOnly Opens { get; set; }

    public TimeOnly Closes { get; set; }
}
