using McnHub.Features.Members.Network;
using McnHub.Platform.Data;

namespace McnHub.Features.Members.Organisations;

public enum OrganisationType
{
    TertiaryChildrensHospital,
    DistrictGeneralHospital,
    CommunityChildrensNursing,
    ChildrensHospice,
    Charity,
    Commissioner,
    Other,
}

public enum Sector
{
    Nhs,
    NonNhs,
}

public enum MembershipStatus
{
    Prospective,
    Member,
    Lapsed,
    Left,
}

/// <summary>A member (or prospective member) organisation of the network.</summary>
public sealed class Organisation : IVersioned
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>NHS Organisation Data Service code, where it has one (upper case letters and digits).</summary>
    public string? OdsCode { get; set; }

    public OrganisationType Type { get; set; }

    public Sector Sector { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? Town { get; set; }

    public string? Postcode { get; set; }

    public string? Website { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public MembershipStatus Status { get; set; } = MembershipStatus.Prospective;

    /// <summary>When the current status began.</summary>
    public DateOnly StatusSince { get; set; }

    public DateOnly? JoinedOn { get; set; }

    public DateOnly? LeftOn { get; set; }

    public List<OrganisationArea> AreasServed { get; set; } = [];

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public int Version { get; set; }

    public string Address => string.Join(", ", new[] { AddressLine1, AddressLine2, Town, Postcode }.Where(s => !string.IsNullOrWhiteSpace(s)));
}

/// <summary>An area an organisation serves.</summary>
public sealed class OrganisationArea
{
    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public int AreaId { get; set; }

    public Area? Area { get; set; }
}
