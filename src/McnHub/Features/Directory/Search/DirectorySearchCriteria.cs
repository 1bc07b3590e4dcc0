using McnHub.Features.Directory.Services;
using McnHub.Features.Members.Organisations;
using McnHub.Platform.Ui;

namespace McnHub.Features.Directory.Search;

public enum DirectorySort
{
    /// <summary>Best match first (only meaningful with search text; otherwise falls back to name).</summary>
    Relevance,
    Name,
}

/// <summary>
/// A directory search, already validated by the caller (a page or an API). Out-of-range paging is clamped here;
/// unknown taxonomy or area ids simply match nothing.
/// </summary>
public sealed record DirectorySearchCriteria
{
    public const int MaxPageSize = 100;

    public string? Text { get; init; }

    public int? TaxonomyTermId { get; init; }

    /// <summary>The taxonomy term's stable code (as the APIs name it), as an alternative to its id.</summary>
    public string? TaxonomyTermCode { get; init; }

    /// <summary>Services covering this area, an area above it (e.g. the whole ICB) or an area within it.</summary>
    public int? AreaId { get; init; }

    /// <summary>A child's age in whole years: services whose age range includes it.</summary>
    public int? Age { get; init; }

    public bool Only24x7 { get; init; }

    public Sector? Sector { get; init; }

    /// <summary>Temporarily closed services are left out unless asked for; defunct ones never appear.</summary>
    public bool IncludeTemporarilyClosed { get; init; }

    /// <summary>Null: by relevance when there is search text, else by name.</summary>
    public DirectorySort? Sort { get; init; }

    public long Page { get; init; } = 1;

    public long PageSize { get; init; } = Paging.DefaultPageSize;
}

/// <summary>One service in a page of search results.</summary>
public sealed record DirectorySearchResult(
    int Id,
    string Name,
    int OrganisationId,
    string OrganisationName,
    Sector Sector,
    int? MinimumAge,
    int? MaximumAge,
    bool Is24x7,
    ServiceStatus Status,
    DateOnly? LastVerifiedOn,
    bool IsStale,
    IReadOnlyList<string> Types,
    IReadOnlyList<string> Areas,
    double Score);
