using McnHub.Features.Directory.Services;
using McnHub.Features.Directory.Taxonomy;
using McnHub.Features.Members.Network;
using McnHub.Features.Members.Organisations;
using McnHub.Tests.Support;

namespace McnHub.Tests.Features.Directory;

/// <summary>
/// Builders for directory test data, written straight through the DbContext (the taxonomy and demo services may
/// not be seeded). Every name carries a fresh made-up word, so tests never collide with demo data or each other.
/// </summary>
internal static class DirectoryTestData
{
    /// <summary>A made-up word of letters only (no stemming surprises, found nowhere else).</summary>
    public static string Word() =>
        "zq" + new string(Guid.NewGuid().ToString("N")[..10].Select(c => char.IsDigit(c) ? (char)('g' + (c - '0')) : c).ToArray());

    public static Task<Organisation> AddOrganisationAsync(this McnHubFactory factory, Sector sector = Sector.Nhs, string? name = null) =>
        factory.AddAsync(new Organisation
        {
            Name = name ?? $"Organisation {Word()}",
            Type = sector == Sector.Nhs ? OrganisationType.CommunityChildrensNursing : OrganisationType.ChildrensHospice,
            Sector = sector,
            Status = MembershipStatus.Member,
            StatusSince = new DateOnly(2024, 1, 1),
        });

    public static Task<TaxonomyTerm> AddTermAsync(this McnHubFactory factory, string? label = null, bool required = false, bool required24x7 = false)
    {
        var word = Word();
        return factory.AddAsync(new TaxonomyTerm
        {
            Code = word,
            Label = label ?? $"Type {word}",
            RequiredInEveryArea = required,
            Required24x7 = required24x7,
            SortOrder = 1000,
        });
    }

    public static Task<Area> AddAreaAsync(this McnHubFactory factory, int population = 10_000, int? parentId = null, decimal? prevalence = null, string? name = null) =>
        factory.AddAsync(new Area
        {
            Name = name ?? $"Area {Word()}",
            Kind = AreaKind.LocalAuthority,
            ParentId = parentId,
            Population0To19 = population,
            PrevalencePer10000 = prevalence,
        });

    /// <summary>An active, recently verified service of <paramref name="organisationId"/>; <paramref name="configure"/> changes the rest.</summary>
    public static Task<Service> AddServiceAsync(this McnHubFactory factory, int organisationId, Action<Service>? configure = null)
    {
        var service = new Service
        {
            OrganisationId = organisationId,
            Name = $"Service {Word()}",
            Description = "A service for children and families.",
            Status = ServiceStatus.Active,
            LastVerifiedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-7),
            LastVerifiedBy = "coordinator@riverlands.example",
        };
        configure?.Invoke(service);
        return factory.AddAsync(service);
    }

    public static ServiceType OfType(int termId) => new() { TaxonomyTermId = termId };

    public static ServiceArea In(int areaId) => new() { AreaId = areaId };

    private static Task<T> AddAsync<T>(this McnHubFactory factory, T entity)
        where T : class =>
        factory.WithDbAsync(async db =>
        {
            db.Add(entity);
            await db.SaveChangesAsync();
            return entity;
        });
}
