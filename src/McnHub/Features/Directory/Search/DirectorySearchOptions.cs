using System.ComponentModel.DataAnnotations;

namespace McnHub.Features.Directory.Search;

/// <summary>
/// The directory settings search needs (section "Directory"). The directory editing feature may bind a fuller
/// options class to the same section; both read the same key.
/// </summary>
public sealed class DirectorySearchOptions
{
    public const string Section = "Directory";

    /// <summary>A service not verified within this many months is shown as stale.</summary>
    [Range(1, 120)]
    public int StaleAfterMonths { get; set; } = 6;

    public bool IsStale(DateOnly? lastVerifiedOn, DateOnly today) =>
        lastVerifiedOn is null || lastVerifiedOn.Value.AddMonths(StaleAfterMonths) < today;
}
